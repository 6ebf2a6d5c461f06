"""A site page whose theme DECORATES EVERY STEPS ROW WITH A BIG PALE NUMBER (hundred-and-
eighteenth held-out set, ``plan_html_decor``), as « process steps » blocks of site builders
do: a CSS counter reset on each ``table.etapes`` and stepped on each body row, printed by
the step name cell's ``::before`` in ``decimal-leading-zero`` (« 01 », « 02 » …), absolutely
placed 3 px from the cell's left and 0 px from its top, bold 30 px Liberation Sans, line
height 1, #DCE4EE, BEHIND the step name (a ``<span>`` with ``position: relative; z-index:
1``), so the two big digits stand under the name's first lines.

The seed flows as ``plan_html_inlabel``'s page (``table.kv`` fields), each steps table a
``table.etapes`` (:data:`~tests.generators.site_body.ETAPES_CSS`). Only the layout comes
from here: every value is the seed's (the numbers are not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_table

NUMBER_SIZE = "30px"
NUMBER_COLOUR = "#DCE4EE"

DECOR_CSS = f"""\
table.etapes {{ counter-reset: etape; }}
table.etapes tbody tr {{ counter-increment: etape; }}
table.etapes td.etape {{ position: relative; }}
table.etapes td.etape::before {{ content: counter(etape, decimal-leading-zero);
  position: absolute; left: 3px; top: 0; z-index: 0;
  font: bold {NUMBER_SIZE}/1 'Liberation Sans', Arial, sans-serif; color: {NUMBER_COLOUR}; }}
table.etapes td.etape span.nom {{ position: relative; z-index: 1; }}
"""

_CSS = ETAPES_PAGE_CSS + DECOR_CSS


def _cell(column: int, label: str, value: str) -> str:
    text = br_paragraphs(value)
    return f"<span class='nom'>{text}</span>" if column == 0 else text


def _impl(block: Block) -> list[str]:
    return etapes_table(block, cell=_cell)


def plan_html_decor() -> str:
    """The seed as a site page, a big pale number behind every step name."""
    return _flowing_page(_CSS, _kv_fields, _impl)
