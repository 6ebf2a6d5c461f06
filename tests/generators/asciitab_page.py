"""An intranet wiki page whose steps tables were pasted as PLAIN-TEXT GRID TABLES the wiki
does not render (seventy-second held-out set, ``plan_html_asciitab``): each steps table one
``<pre>`` code block (Liberation Mono 6.5 pt on #F6F8FA) holding the table as characters —
« +----+ » rule lines above the header and under every step, a « +====+ » rule line under the
header, « | » walls with one space either side of each cell —, columns of
:data:`WIDTHS` characters, every cell's text wrapped at spaces within its column, each
paragraph of a value on a new line.

The rest of the seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``. Only
the layout comes from here: every value is the seed's (the grid's characters are not).
"""

from __future__ import annotations

import textwrap

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import flowing_css

WIDTHS = (16, 32, 13, 12, 15, 16)  # characters, the six seed columns

_CSS = flowing_css("15mm", "#1E1E1E") + (
    "pre.grille { font-family: 'Liberation Mono', monospace; font-size: 6.5pt;"
    " line-height: 1.25; color: #24292F; background: #F6F8FA; border: 1px solid #D0D7DE;"
    " padding: 6px 8px; margin: 4px 0 10px; white-space: pre; }\n"
)


def _rule(char: str) -> str:
    return "+" + "+".join(char * (w + 2) for w in WIDTHS) + "+"


def _cell_lines(value: str, width: int) -> list[str]:
    """A cell's text wrapped at spaces within ``width`` characters, each paragraph of the
    value starting a new line."""
    lines: list[str] = []
    for par in _paragraphs(value):
        lines += textwrap.wrap(par, width, break_long_words=True, break_on_hyphens=False)
    return lines


def _row(values: list[str]) -> list[str]:
    """A table row as text lines: its cells side by side, padded to their columns, as many
    lines as its tallest cell."""
    cells = [_cell_lines(v, w) for v, w in zip(values, WIDTHS, strict=True)]
    height = max((len(c) for c in cells), default=1) or 1
    return [
        "|"
        + "|".join(
            f" {(c[k] if k < len(c) else ''):<{w}} " for c, w in zip(cells, WIDTHS, strict=True)
        )
        + "|"
        for k in range(height)
    ]


def grid_table(block: Block) -> str:
    """The steps ``block`` as a plain-text grid table."""
    n = len(block.header)
    lines = [_rule("-"), *_row(list(block.header)), _rule("=")]
    for step in block.rows:
        lines += _row([step[c] if c < n and c < len(step) else "" for c in range(n)])
        lines.append(_rule("-"))
    return "\n".join(lines)


def _impl(block: Block) -> list[str]:
    return [f"<pre class='grille'>{_h(grid_table(block))}</pre>"]


def plan_html_asciitab() -> str:
    """The seed as a wiki page whose steps tables are plain-text grid tables in ``<pre>``."""
    return _flowing_page(_CSS, _kv_fields, _impl)
