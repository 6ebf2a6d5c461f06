"""An intranet page whose steps tables let LONG WORDS STICK OUT OF THEIR NARROW CELLS
(hundred-and-eleventh held-out set, ``plan_html_surplomb``): the editor fixed each steps
table's column widths (a ``<colgroup>``) and the theme sets ``table-layout: fixed`` and a
10 pt table text but leaves ``overflow-wrap`` and ``word-break`` at ``normal``, so a word
wider than its cell is not broken: it runs past the cell's right rule, printed over the next
cell (its text included) or, from the last column, into the page margin.

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``. Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import br_paragraphs, flowing_css, steps_table

WIDTHS = (14, 40, 10, 12, 11, 13)  # % of the table's width, the editor's <colgroup>

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + """\
table.fixe { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 4px 0 10px; }
table.fixe th, table.fixe td { border: 1px solid #BFBFBF; padding: 3px 5px; font-size: 10pt;
  vertical-align: top; text-align: left; }
table.fixe th { background: #E8EEF4; font-weight: bold; }
table.fixe td.etape { font-weight: bold; }
"""
)


def _impl(block: Block) -> list[str]:
    return steps_table(block, "fixe", WIDTHS, lambda c, label, value: br_paragraphs(value))


def plan_html_surplomb() -> str:
    """The seed as an intranet page whose fixed-layout steps cells let long words overhang."""
    return _flowing_page(_CSS, _kv_fields, _impl)
