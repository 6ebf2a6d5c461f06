"""An intranet theme whose steps « tables » are a HOME-MADE INLINE-BLOCK GRID (hundred-and-
forty-fourth held-out set, ``plan_html_ressaut``): each steps table a ``div.grille`` of
``div.ligne`` rows, each row six ``display: inline-block`` cells whose ``vertical-align``
the theme left at ``baseline``, so Chromium sets every cell of a row on the row's last
line: one-line values at the row's foot beside a long description's last line, the cells'
right rules ragged; the header row the same blocks, printed once.

The seed flows as ``plan_html_inlabel``'s page does (``ETAPES_PAGE_CSS``, the fields a
``table.kv``). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, ETAPES_WIDTHS, br_paragraphs

RULE = "1px solid #BFBFBF"
_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
div.grille {{ font-size: 0; border-top: {RULE}; border-left: {RULE}; margin: 4px 0 10px; }}
div.ligne {{ border-bottom: {RULE}; }}
div.ligne > div {{ display: inline-block; box-sizing: border-box; font-size: 8.5pt;
  padding: 3px 5px; border-right: {RULE}; }}
div.entete > div {{ font-weight: bold; background: #E8EEF4; }}
"""
)


def _row(cells: list[str], css_class: str = "ligne") -> str:
    """A grid row: one inline block a cell, of :data:`ETAPES_WIDTHS` widths."""
    blocks = "".join(
        f"<div style='width: {w}%'>{cell}</div>"
        for w, cell in zip(ETAPES_WIDTHS, cells, strict=True)
    )
    return f"<div class='{css_class}'>{blocks}</div>"


def _grid(block: Block) -> list[str]:
    """A fiche's steps as the theme's inline-block grid: the labels' row, then a row a
    step (the step name bold, the values' paragraphs ``<br>``-separated lines)."""
    out = ["<div class='grille'>", _row([_h(label) for label in block.header], "ligne entete")]
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(len(block.header))]
        cells = [f"<b>{br_paragraphs(values[0])}</b>" if values[0] else ""]
        cells += [br_paragraphs(v) for v in values[1:]]
        out.append(_row(cells))
    out.append("</div>")
    return out


def plan_html_ressaut() -> str:
    """The seed as the intranet theme's page, steps in the inline-block grid."""
    return _flowing_page(_CSS, _kv_fields, _grid)
