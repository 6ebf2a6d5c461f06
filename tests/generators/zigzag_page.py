"""An intranet page whose steps « tables » are DIV TABLES OF FLEX ROWS SIZED ROW BY ROW
(hundred-and-eighth held-out set, ``plan_html_zigzag``): the theme draws each steps block as
``<div>`` rows (``display: flex``) of six cells, its author having written ``flex: auto``
(content-sized) where ``flex: 1`` (equal columns) was meant, so each row sizes its six cells
from its own contents and no column lines up from one row to the next nor with the header.

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``. Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import br_paragraphs, flowing_css

RULE = "#BFBFBF"

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + f"""\
div.dt {{ margin: 4px 0 10px; border-top: 1px solid {RULE}; border-left: 1px solid {RULE}; }}
div.dt-row {{ display: flex; border-bottom: 1px solid {RULE}; }}
div.dt-cell {{ flex: auto; padding: 3px 5px; border-right: 1px solid {RULE}; font-size: 8.5pt;
  text-align: left; }}
div.dt-head div.dt-cell {{ font-weight: bold; background: #E8EEF4; }}
div.dt-cell.etape {{ font-weight: bold; }}
"""
)


def _row(cells: list[str], head: bool = False) -> str:
    """A flex row of ``cells`` (HTML already escaped), the first a step name unless
    ``head``."""
    out = []
    for c, cell in enumerate(cells):
        css = "dt-cell etape" if c == 0 and not head else "dt-cell"
        out.append(f"<div class='{css}'>{cell}</div>")
    row = "dt-row dt-head" if head else "dt-row"
    return f"<div class='{row}'>" + "".join(out) + "</div>"


def _impl(block: Block) -> list[str]:
    rows = [_row([_h(label) for label in block.header], head=True)]
    for step in block.rows:
        values = [step[c] if c < len(step) else "" for c in range(len(block.header))]
        rows.append(_row([br_paragraphs(v) for v in values]))
    return ["<div class='dt'>", *rows, "</div>"]


def plan_html_zigzag() -> str:
    """The seed as an intranet page whose steps are flex rows each sizing its own cells."""
    return _flowing_page(_CSS, _kv_fields, _impl)
