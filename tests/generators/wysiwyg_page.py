"""A CMS page whose steps tables were filled in the RICH-TEXT EDITOR (hundred-and-fourteenth
held-out set, ``plan_html_wysiwyg``): the values pasted from the fiche documents
(« Descriptif », « Partenaires envisagés ») came in as ``<p>`` paragraphs, the values typed
in the cell stayed bare text, and the theme's rich-text paragraph rule (1 em above and below)
applies inside the tables, so in every row the pasted values' first lines stand about one
line lower than the typed ones.

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``; the steps tables
have no vertical rule, a rule under the header and under each row. Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import ETAPES_WIDTHS, br_paragraphs, flowing_css, steps_table

PASTED = (1, 5)  # Descriptif, Partenaires envisagés: pasted, so ``<p>`` paragraphs

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + """\
table.saisie { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 4px 0 10px; }
table.saisie th, table.saisie td { border: 0; border-bottom: 1px solid #C8C8C8;
  padding: 3px 5px; font-size: 8.5pt; vertical-align: top; text-align: left; }
table.saisie th { background: #E8EEF4; font-weight: bold; }
table.saisie td.etape { font-weight: bold; }
table.saisie td p { margin: 1em 0; }
"""
)


def _cell(c: int, label: str, value: str) -> str:
    """A pasted value's paragraphs as ``<p>``, a typed one bare (``<br>`` lines)."""
    if c in PASTED and value:
        return "".join(f"<p>{_h(p)}</p>" for p in _paragraphs(value))
    return br_paragraphs(value)


def _impl(block: Block) -> list[str]:
    return steps_table(block, "saisie", ETAPES_WIDTHS, _cell)


def plan_html_wysiwyg() -> str:
    """The seed as a CMS page whose pasted steps values are 1 em-margined paragraphs."""
    return _flowing_page(_CSS, _kv_fields, _impl)
