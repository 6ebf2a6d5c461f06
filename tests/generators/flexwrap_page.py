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

_CSS = """
@page { size: A4; margin: 15mm; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; color: #212529;
  margin: 0; }
h1 { font-size: 14pt; color: #1F4E79; margin: 12px 0 4px; }
h2 { font-size: 11pt; color: #2E74B5; margin: 10px 0 4px; }
h3 { font-size: 11.5pt; font-weight: bold; color: #1F4E79; margin: 14px 0 4px; }
h3 + h3 { margin-top: 0; }
h4 { font-size: 10pt; font-weight: bold; margin: 8px 0 4px; }
p { margin: 0 0 3px; }
table.summary td { padding: 2px 6px; vertical-align: top; }
table.kv { border-collapse: collapse; width: 100%; margin: 0 0 6px; }
table.kv th, table.kv td { border-bottom: 1px solid #DDDDDD; padding: 3px 6px 3px 0;
  vertical-align: top; text-align: left; }
table.kv th { width: 4cm; font-weight: bold; }
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

_COL = "col col-12 col-sm-4 col-lg-2"


def _impl(block: Block) -> list[str]:
    out = ["<div class='steps'>", "<div class='row thead'>"]
    out += [f"<div class='{_COL}'>{_h(label)}</div>" for label in block.header]
    out.append("</div>")
    for row in block.rows:
        out.append("<div class='row'>")
        for c, value in enumerate(row):
            klass = f"{_COL} etape" if c == 0 else _COL
            out.append(f"<div class='{klass}'>{_cell_html(value)}</div>")
        out.append("</div>")
    out.append("</div>")
    return out


def plan_html_flexwrap() -> str:
    """The seed as a CMS page whose steps rows are flex boxes wrapping onto two lines."""
    return _flowing_page(_CSS, _kv_fields, _impl)
