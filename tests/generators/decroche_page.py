"""``plan_html_inlabel``'s flowing page without its labels, EACH STEPS TABLE A 2000s THEME'S
« TABLELESS » GRID OF FLOATED DIVS WHOSE LAST CELL « DROPS » (hundred-and-sixty-third held-out
set, ``plan_html_decroche``): no ``<table>``, a ``div.grille`` of ``div.ligne`` rows (the
header row first, printed once, then one a step), each row clearing its floats
(``overflow: hidden``), each cell a ``div.c`` FLOATED LEFT whose width is its column's share
— 16 / 38 / 11 / 12 / 11 / 12 %, 100 % in all — in the default ``box-sizing: content-box``
WITH a 1 px #A6A6A6 border and 3 px 5 px padding (8.5 pt, header cells bold on #E8EEF4, the
step name bold). Each cell is thus 12 px wider than its share and a row's six 72 px wider
than the row: five fit side by side and the SIXTH (« Partenaires envisagés ») DROPS BELOW
them, where the float rules put it — at the first height where the room right of every
earlier cell still standing there holds it, as far left as that room allows: under the
« Porteur » cell, or under « Ressources à mobiliser » or « Planification » when those end
as high —, in every row, the header's included (the classic « float drop »).

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, ETAPES_WIDTHS, br_paragraphs

_CELL_WIDTHS = "\n".join(
    f"div.grille div.c{c} {{ width: {w}%; }}" for c, w in enumerate(ETAPES_WIDTHS, start=1)
)

_CSS = (
    ETAPES_PAGE_CSS
    + """\
div.grille { margin: 4px 0 10px; }
div.ligne { overflow: hidden; }
div.ligne div.c { float: left; border: 1px solid #A6A6A6; padding: 3px 5px; font-size: 8.5pt;
  overflow-wrap: break-word; }
div.ligne.entete div.c { font-weight: bold; background: #E8EEF4; }
div.ligne div.etape { font-weight: bold; }
"""
    + _CELL_WIDTHS
    + "\n"
)


def float_steps(block: Block) -> list[str]:
    """The fiche's steps as a ``div.grille``: the header's ``div.ligne``, then one a step,
    each of six floated ``div.c`` cells."""
    ncols = len(block.header)
    out = ["<div class='grille'>"]
    head = "".join(
        f"<div class='c c{c}'>{_h(label)}</div>" for c, label in enumerate(block.header, start=1)
    )
    out.append(f"<div class='ligne entete'>{head}</div>")
    for row in block.rows:
        cells = []
        for c in range(ncols):
            value = row[c] if c < len(row) else ""
            kind = "c etape" if c == 0 else "c"
            cells.append(f"<div class='{kind} c{c + 1}'>{br_paragraphs(value)}</div>")
        out.append(f"<div class='ligne'>{''.join(cells)}</div>")
    out.append("</div>")
    return out


def plan_html_decroche() -> str:
    """The seed as a flowing page whose steps grids' last cells drop under the others."""
    return _flowing_page(_CSS, _kv_fields, float_steps)


__all__ = ["float_steps", "plan_html_decroche"]
