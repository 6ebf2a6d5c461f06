"""``plan_html_inlabel``'s flowing page without its labels, EACH STEPS TABLE A CMS « GRILLE »
OF DIVS WHOSE EVERY ROW IS AS TALL AS ITS TALLEST (hundred-and-sixty-first held-out set,
``plan_html_plafond``): no ``<table>``, a ``div.grille`` (``display: grid``, columns 16 / 38 /
11 / 12 / 11 / 12 %, 1 px #BFBFBF lines: the grid's top and left border, each cell's right and
bottom one, cells padded 3 px 5 px in 8.5 pt, content at the top), the six seed labels its
first six cells bold on #E8EEF4 (printed once), then six cells a step, the step name bold;
AND the theme's « hauteurs égales » utility made for its card grids, ``grid-auto-rows: 1fr``,
inherited by every ``.grille``: the grid's height being automatic, EVERY ROW — THE HEADER ROW
INCLUDED — takes the height of the table's tallest row.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, ETAPES_WIDTHS, br_paragraphs

_COLUMNS = " ".join(f"{w}%" for w in ETAPES_WIDTHS)

_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
.grille {{ grid-auto-rows: 1fr; }}
div.grille {{ display: grid; grid-template-columns: {_COLUMNS}; margin: 4px 0 10px;
  border-top: 1px solid #BFBFBF; border-left: 1px solid #BFBFBF; }}
div.grille > div {{ border-right: 1px solid #BFBFBF; border-bottom: 1px solid #BFBFBF;
  padding: 3px 5px; font-size: 8.5pt; min-width: 0; overflow-wrap: break-word; }}
div.grille > div.th {{ font-weight: bold; background: #E8EEF4; }}
div.grille > div.etape {{ font-weight: bold; }}
"""
)


def grid_steps(block: Block) -> list[str]:
    """The fiche's steps as a ``div.grille``: the labels' six cells, then six a step."""
    ncols = len(block.header)
    out = ["<div class='grille'>"]
    out += [f"<div class='th'>{_h(label)}</div>" for label in block.header]
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(ncols)]
        cells = [f"<div>{br_paragraphs(value)}</div>" for value in values]
        cells[0] = f"<div class='etape'>{br_paragraphs(values[0])}</div>"
        out.append("".join(cells))
    out.append("</div>")
    return out


def plan_html_plafond() -> str:
    """The seed as a flowing page whose steps grids have rows as tall as their tallest."""
    return _flowing_page(_CSS, _kv_fields, grid_steps)
