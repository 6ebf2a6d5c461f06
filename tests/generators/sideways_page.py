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
from tests.generators.site_body import flowing_css, steps_table_open

WIDTHS = (17, 38, 5, 13, 12, 15)  # %, the seed's column order
PLANNING = 2

_CSS = (
    flowing_css("14mm 12mm")
    + """\
table.compact { border-collapse: collapse; width: 100%; table-layout: fixed;
  margin: 4px 0 10px; }
table.compact th, table.compact td { border: 1px solid #A6A6A6; padding: 3px 4px;
  font-size: 8.5pt; text-align: left; vertical-align: top; }
table.compact thead th { background: #E7EEF7; font-weight: bold; vertical-align: bottom; }
table.compact td.etape { font-weight: bold; }
table.compact td p { margin: 0 0 3px; }
div.vert { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
"""
)


def _vert(value: str) -> str:
    """A planning value (or the label) as one turned line; an empty value nothing."""
    text = " ".join(_paragraphs(value))
    return f"<div class='vert'>{_h(text)}</div>" if text else ""


def _impl(block: Block) -> list[str]:
    head = "".join(
        f"<th>{_vert(label) if c == PLANNING else _h(label)}</th>"
        for c, label in enumerate(block.header)
    )
    out = steps_table_open("compact", WIDTHS, head)
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
