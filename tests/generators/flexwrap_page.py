"""A Bootstrap-like CMS page whose steps are RESPONSIVE FLEX ROWS (forty-ninth held-out set,
``plan_html_flexwrap``): no ``<table>``, each steps block a ``div.steps`` of ``div.row``
flex boxes (``flex-wrap: wrap``), a header row then one row per step, each six ``col col-12
col-sm-4 col-lg-2`` cells in seed order; at the printed page's width (between the theme's
576 px and 992 px breakpoints) every row, header included, wraps onto TWO LINES OF THREE
CELLS: step | description | planning over budget | owner | partners.

The seed flows as :func:`tests.generators.plan_html._flowing_page` writes it, the fields a
``table.kv``. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _cell_html, _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import div_lines, flowing_css

_CSS = (
    flowing_css("15mm", "#212529")
    + """\
div.steps { margin: 4px 0 10px; }
div.row { display: flex; flex-wrap: wrap; border-bottom: 1px solid #DEE2E6;
  break-inside: avoid; }
div.row.thead { background: #E9ECEF; font-weight: bold; }
div.col { box-sizing: border-box; padding: 3px 6px; font-size: 8.5pt; text-align: left; }
div.col-12 { flex: 0 0 100%; max-width: 100%; }
@media (min-width: 576px) { div.col-sm-4 { flex: 0 0 33.333333%; max-width: 33.333333%; } }
@media (min-width: 992px) { div.col-lg-2 { flex: 0 0 16.666667%; max-width: 16.666667%; } }
div.row div.etape { font-weight: bold; }
div.col p { margin: 0 0 3px; }
"""
)

_COL = "col col-12 col-sm-4 col-lg-2"


def _impl(block: Block) -> list[str]:
    head = [f"<div class='{_COL}'>{_h(label)}</div>" for label in block.header]
    rows = div_lines("row thead", head)
    for row in block.rows:
        cells = []
        for c, value in enumerate(row):
            klass = f"{_COL} etape" if c == 0 else _COL
            cells.append(f"<div class='{klass}'>{_cell_html(value)}</div>")
        rows += div_lines("row", cells)
    return div_lines("steps", rows)


def plan_html_flexwrap() -> str:
    """The seed as a CMS page whose steps rows are flex boxes wrapping onto two lines."""
    return _flowing_page(_CSS, _kv_fields, _impl)
