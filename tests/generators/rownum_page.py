"""A COLLABORATIVE TABLE TOOL's page (Grist-like) printed from the browser (hundred-and-
thirty-eighth held-out set, ``plan_html_rownum``): each fiche's fields a plain two-column
record table, and its steps NO ``<table>`` but ``display: flex`` rows of ``<div>`` cells of
fixed widths, after a grey ROW-NUMBER GUTTER holding each step's row number in its table
(« 1 », « 2 »…, not in the seed); the header labels not bold on #F7F7F7, printed once;
1 px #E8E8E8 cell rules; a value's paragraphs lines of its cell (``white-space: pre-wrap``).

The seed flows as :func:`tests.generators.plan_html._flowing_page` writes it. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import br_paragraphs

GUTTER = 26  # px
WIDTHS = (104, 222, 72, 78, 78, 98)  # px, the six seed columns
RULE = "#E8E8E8"

_CSS = f"""
@page {{ size: A4; margin: 15mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; color: #262633;
  margin: 0; }}
h1 {{ font-size: 15pt; font-weight: bold; margin: 14px 0 6px; }}
h2 {{ font-size: 12pt; font-weight: bold; margin: 12px 0 5px; }}
h3 {{ font-size: 10.5pt; font-weight: bold; margin: 10px 0 4px; }}
h4 {{ font-size: 9.5pt; font-weight: bold; color: #16B378; margin: 8px 0 4px; }}
p {{ margin: 0.35em 0; }}
table.summary td {{ padding: 1px 6px 1px 0; }}
table.fields {{ width: 100%; border-collapse: collapse; margin: 4px 0 6px; }}
table.fields td {{ border: 1px solid {RULE}; padding: 3px 5px; vertical-align: top; }}
table.fields td.label {{ width: 28%; background: #F7F7F7; color: #929299; }}
div.grid {{ border-top: 1px solid {RULE}; border-left: 1px solid {RULE}; margin: 4px 0 10px;
  width: {GUTTER + sum(WIDTHS)}px; }}
div.row {{ display: flex; break-inside: avoid; }}
div.row > div {{ box-sizing: border-box; border-right: 1px solid {RULE};
  border-bottom: 1px solid {RULE}; padding: 3px 4px; white-space: pre-wrap;
  overflow-wrap: break-word; }}
div.row > div.num {{ flex: 0 0 {GUTTER}px; background: #F7F7F7; color: #929299;
  font-size: 8pt; text-align: center; padding: 3px 0; }}
div.head > div {{ background: #F7F7F7; font-weight: normal; }}
""" + "".join(f"div.row > div.c{c} {{ flex: 0 0 {w}px; }}\n" for c, w in enumerate(WIDTHS))


def _fields(block: Block) -> list[str]:
    """The fields as the tool's record table: a row a field, empty values kept."""
    out = ["<table class='fields'><tbody>"]
    for label, value in block.fields:
        out.append(f"<tr><td class='label'>{_h(label)}</td><td>{br_paragraphs(value)}</td></tr>")
    out.append("</tbody></table>")
    return out


def _grid(block: Block) -> list[str]:
    """The steps as the tool's grid: a header row, then a numbered flex row a step."""
    out = [
        "<div class='grid'>",
        "<div class='row head'><div class='num'></div>"
        + "".join(f"<div class='c{c}'>{_h(label)}</div>" for c, label in enumerate(block.header))
        + "</div>",
    ]
    for n, row in enumerate(block.rows, start=1):
        values = [row[c] if c < len(row) else "" for c in range(len(block.header))]
        cells = "".join(
            f"<div class='c{c}'>{_h(chr(10).join(_paragraphs(v)))}</div>"
            for c, v in enumerate(values)
        )
        out.append(f"<div class='row'><div class='num'>{n}</div>{cells}</div>")
    out.append("</div>")
    return out


def plan_html_rownum() -> str:
    """The seed as the table tool's printed page, steps as numbered flex rows."""
    return _flowing_page(_CSS, _fields, _grid)
