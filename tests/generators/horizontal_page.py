"""An intercommunal site whose CMS shows each fiche's fields through a Views « TABLEAU »
display (hundredth held-out set, ``plan_html_horizontal``), printed from the browser: THE
SIX FIELDS ONE ROW OF A SIX-COLUMN ``table.vue`` (automatic layout, a full grid) under a
header row of their labels, then « Modalités de mise en oeuvre » and the steps
``table.etapes``.

The seed flows as ``plan_html_inlabel``'s page. Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

_CSS = (
    ETAPES_PAGE_CSS
    + """\
table.vue { width: 100%; table-layout: auto; border-collapse: collapse; margin: 4px 0 8px; }
table.vue th, table.vue td { border: 1px solid #BFBFBF; padding: 3px 5px;
  vertical-align: top; text-align: left; font-size: 8pt; }
table.vue th { font-weight: bold; color: #1F3A5F; background: #DCE6F0; }
table.vue td p { margin: 0 0 3px; }
"""
)


def vue_fields(block: Block) -> list[str]:
    """The fields as a Views table: a header row of the six labels, one row of the
    values (each value's paragraphs a ``<p>``, an empty value an empty cell)."""
    head = "".join(f"<th>{_h(label)}</th>" for label, _value in block.fields)
    cells = "".join(
        "<td>" + "".join(f"<p>{_h(part)}</p>" for part in _paragraphs(value)) + "</td>"
        for _label, value in block.fields
    )
    return [
        "<table class='vue'>",
        f"<thead><tr>{head}</tr></thead>",
        f"<tbody><tr>{cells}</tr></tbody>",
        "</table>",
    ]


def plan_html_horizontal() -> str:
    """The seed as a CMS page whose fiche fields are one row of a six-column table."""
    return _flowing_page(_CSS, vue_fields, etapes_table)
