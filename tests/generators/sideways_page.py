"""A CMS « tableau compact » whose NARROW YEAR COLUMN IS TYPESET VERTICALLY (forty-eighth
held-out set, ``plan_html_sideways``): the steps in seed order under the seed labels, a thin
full grid, the « Planification » column 5 % wide, its label and values each one line turned a
quarter turn (``writing-mode: vertical-rl`` + ``rotate(180deg)``, reading bottom to top).

The seed flows as :func:`tests.generators.plan_html._flowing_page` writes it, the fields a
``table.kv``. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _cell_html, _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs

WIDTHS = (17, 38, 5, 13, 12, 15)  # %, the seed's column order
PLANNING = 2

_CSS = """
@page { size: A4; margin: 14mm 12mm; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; color: #222222;
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
table.compact { border-collapse: collapse; width: 100%; table-layout: fixed;
  margin: 4px 0 10px; }
table.compact th, table.compact td { border: 1px solid #A6A6A6; padding: 3px 4px;
  font-size: 8.5pt; text-align: left; vertical-align: top; }
table.compact thead th { background: #E7EEF7; font-weight: bold; vertical-align: bottom; }
table.compact td.etape { font-weight: bold; }
table.compact td p { margin: 0 0 3px; }
div.vert { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
"""


def _vert(value: str) -> str:
    """A planning value (or the label) as one turned line; an empty value nothing."""
    text = " ".join(_paragraphs(value))
    return f"<div class='vert'>{_h(text)}</div>" if text else ""


def _impl(block: Block) -> list[str]:
    cols = "".join(f"<col style='width: {w}%'>" for w in WIDTHS)
    head = "".join(
        f"<th>{_vert(label) if c == PLANNING else _h(label)}</th>"
        for c, label in enumerate(block.header)
    )
    out = [
        "<table class='compact'>",
        f"<colgroup>{cols}</colgroup>",
        f"<thead><tr>{head}</tr></thead><tbody>",
    ]
    for row in block.rows:
        cells = []
        for c, value in enumerate(row):
            klass = " class='etape'" if c == 0 else ""
            body = _vert(value) if c == PLANNING else _cell_html(value)
            cells.append(f"<td{klass}>{body}</td>")
        out.append(f"<tr>{''.join(cells)}</tr>")
    out.append("</tbody></table>")
    return out


def plan_html_sideways() -> str:
    """The seed as a CMS « tableau compact »: the planning column typeset vertically."""
    return _flowing_page(_CSS, _kv_fields, _impl)
