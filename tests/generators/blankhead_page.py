"""A Git forge's wiki page rendered from MARKDOWN whose author wanted tables without a header
(fifty-eighth held-out set, ``plan_html_blankhead``): every pipe table's header row LEFT EMPTY
(``| | |`` over ``|---|---|``), its labels typed as the FIRST BODY ROW in bold. The forge's
GitHub-like ``markdown-body`` stylesheet makes every table ``display: block``, automatic
widths, 1 px grey cell borders, even body rows #F6F8FA; Chromium repeats the empty header
row at the top of every page a table runs onto. A pipe table holds no paragraph: a value's
paragraphs are ``<br>``-separated.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h
from tests.generators.seed001 import Block, _paragraphs

_CSS = """\
@page { size: A4; margin: 15mm; }
body { font-family: 'Segoe UI', 'Noto Sans', Helvetica, Arial, sans-serif; font-size: 12px;
  line-height: 1.5; color: #1F2328; margin: 0; }
h1 { font-size: 20px; font-weight: bold; padding-bottom: 0.3em;
  border-bottom: 1px solid #D1D9E0; margin: 24px 0 16px; }
h2 { font-size: 16px; font-weight: bold; margin: 20px 0 12px; }
h3 { font-size: 14px; font-weight: bold; margin: 16px 0 8px; }
h4 { font-size: 12px; font-weight: bold; margin: 14px 0 8px; }
p { margin: 0 0 10px; }
table { display: block; width: max-content; max-width: 100%; overflow: auto;
  border-spacing: 0; border-collapse: collapse; margin: 0 0 16px; }
table tr { background-color: #FFFFFF; border-top: 1px solid #D1D9E0; }
table tbody tr:nth-child(2n) { background-color: #F6F8FA; }
table th, table td { padding: 6px 13px; border: 1px solid #D1D9E0; vertical-align: top;
  text-align: left; }
table th { font-weight: bold; }
table td { font-size: 11px; }
"""


def _cell(value: str) -> str:
    return "<br>".join(_h(part) for part in _paragraphs(value))


def _empty_head(n: int) -> str:
    return "<thead><tr>" + "<th></th>" * n + "</tr></thead>"


def _fields(block: Block) -> list[str]:
    """A 2-column pipe table, its header row empty, the labels bold in the first column."""
    out = ["<table>", _empty_head(2), "<tbody>"]
    for label, value in block.fields:
        out.append(f"<tr><td><strong>{_h(label)}</strong></td><td>{_cell(value)}</td></tr>")
    out.append("</tbody></table>")
    return out


def _impl(block: Block) -> list[str]:
    """A 6-column pipe table, its header row empty, the labels its first body row in bold."""
    ncols = len(block.header)
    labels = "".join(f"<td><strong>{_h(label)}</strong></td>" for label in block.header)
    out = ["<table>", _empty_head(ncols), "<tbody>", f"<tr>{labels}</tr>"]
    for row in block.rows:
        cells = "".join(f"<td>{_cell(row[c] if c < len(row) else '')}</td>" for c in range(ncols))
        out.append(f"<tr>{cells}</tr>")
    out.append("</tbody></table>")
    return out


def plan_html_blankhead() -> str:
    """The seed as a Markdown wiki page whose tables have an empty header row."""
    return _flowing_page(_CSS, _fields, _impl)
