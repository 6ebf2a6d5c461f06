"""A projects portal whose steps are shown by a JAVASCRIPT DATA GRID that lays each row out by
its rank but keeps the rows in the DOM in its store's key order (hundred-and-thirty-first
held-out set, ``plan_html_permute``): ``plan_html_inlabel``'s page, but each steps table a
``div.grille`` (``display: grid``, six columns of 16 / 38 / 11 / 12 / 11 / 12 %, no
``<table>``), its header a ``div.entete`` on grid line 1 printed once, each step a
``div.ligne`` (``display: contents``) whose cells are placed by ``grid-row: n + 1`` (seed
order on the page) — THE ``div.ligne`` ELEMENTS WRITTEN IN THE ALPHABETICAL ORDER OF THEIR
STEP NAMES (accents and case ignored, seed order between equals), so that Chromium paints
them, and the PDF holds them, in that order.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import unicodedata

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, ETAPES_WIDTHS, br_paragraphs

_COLUMNS = " ".join(f"{w}%" for w in ETAPES_WIDTHS)

_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
div.grille {{ display: grid; grid-template-columns: {_COLUMNS}; border: 1px solid #C8D0D8;
  margin: 4px 0 10px; }}
div.entete, div.ligne {{ display: contents; }}
div.grille div.c {{ padding: 3px 5px; font-size: 8.5pt; min-width: 0;
  overflow-wrap: break-word; }}
div.entete div.c {{ grid-row: 1; font-weight: bold; background: #F1F4F7;
  border-bottom: 2px solid #8A99A8; }}
div.ligne div.c {{ border-bottom: 1px solid #E1E6EB; }}
div.ligne div.c.etape {{ font-weight: bold; }}
"""
)


def _key(name: str) -> str:
    """The store's key order: the step name, accents and case ignored."""
    bare = unicodedata.normalize("NFD", name)
    return "".join(ch for ch in bare if not unicodedata.combining(ch)).casefold()


def grid_steps(block: Block) -> list[str]:
    """The fiche's steps as a data grid: rows placed by rank, written in key order."""
    ncols = len(block.header)
    out = ["<div class='grille'>", "<div class='entete'>"]
    out += [
        f"<div class='c' style='grid-column: {c + 1}'>{_h(label)}</div>"
        for c, label in enumerate(block.header)
    ]
    out.append("</div>")
    rows = [[row[c] if c < len(row) else "" for c in range(ncols)] for row in block.rows]
    order = sorted(range(len(rows)), key=lambda n: (_key(rows[n][0]), n))
    for n in order:
        cells = "".join(
            f"<div class='c{' etape' if c == 0 else ''}' "
            f"style='grid-row: {n + 2}; grid-column: {c + 1}'>{br_paragraphs(value)}</div>"
            for c, value in enumerate(rows[n])
        )
        out.append(f"<div class='ligne'>{cells}</div>")
    out.append("</div>")
    return out


def plan_html_permute() -> str:
    """The seed as a portal page whose steps grids hold their rows in key order."""
    return _flowing_page(_CSS, _kv_fields, grid_steps)
