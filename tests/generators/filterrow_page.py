"""The plan's page as a PROJECT-TRACKING WEB TOOL prints it (sixty-second held-out set,
``plan_html_filterrow``): each fiche's steps are the tool's task LIST VIEW, a
``table.etapes`` (thin full grid) whose ``<thead>`` — repeated by Chromium — holds the six
seed labels AND A FILTER ROW of form controls under them: a « (Tous) » drop-down list
(``<select>``) under « Planification » and « Porteur », a search box
(``<input type="search">``) showing only its grey « Filtrer… » placeholder under the other
columns (neither in the seed).

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``. Only the layout
comes from here: every value is the seed's (the filter row is not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

_CSS = (
    ETAPES_PAGE_CSS
    + """\
table.etapes thead tr.filtres th { background: #F4F6F8; padding: 2px 3px; }
table.etapes thead tr.filtres input, table.etapes thead tr.filtres select { width: 100%;
  box-sizing: border-box; font: 7.5pt 'Liberation Sans', Arial, sans-serif; color: #333333;
  background: #FFFFFF; border: 1px solid #B8C2CC; border-radius: 3px; padding: 1px 3px;
  margin: 0; }
table.etapes thead tr.filtres input::placeholder { color: #8A949E; }
"""
)

_LISTS = ("Planification", "Porteur")  # the columns filtered by a drop-down list


def _control(label: str) -> str:
    if label in _LISTS:
        return "<select><option>(Tous)</option></select>"
    return "<input type='search' placeholder='Filtrer…'>"


def _impl(block: Block) -> list[str]:
    filters = "".join(f"<th>{_control(label)}</th>" for label in block.header)
    return etapes_table(block, head_rows=f"<tr class='filtres'>{filters}</tr>")


def plan_html_filterrow() -> str:
    """The seed as a tracking tool's page whose steps lists carry a filter row."""
    return _flowing_page(_CSS, _kv_fields, _impl)
