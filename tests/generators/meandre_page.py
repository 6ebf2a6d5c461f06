"""``plan_html_inlabel``'s flowing page without its labels, EACH STEPS TABLE A PAGE BUILDER'S
« GRILLE » BLOCK OF BOXES IN AUTOMATIC COLUMNS (hundred-and-sixty-seventh held-out set,
``plan_html_meandre``): no ``<table>``, a ``div.grille`` (``display: grid``,
``grid-template-columns: repeat(auto-fill, minmax(150px, 1fr))``, an 8 px gap) whose items are
the six seed labels (bold #1F4E79 on #E8EEF4), then, step by step in seed order, the step's six
values in seed column order (the step name bold, an empty value an empty box), every item a
box of its own (1 px #C9D3DD, padded 4 px 6 px) stretched to its grid row's height.

The editor built it in the site's 1000 px content column, where ``auto-fill`` gives six
columns: a table on screen. At the printed width (180 mm, 680 px) it gives FOUR, so the boxes
flow four a row, a step's six values over two or three grid rows beside another step's.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs

MIN_COLUMN = 150  # px, the grid's ``minmax`` floor
GAP = 8  # px
LINE = "#C9D3DD"

_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
div.grille {{ display: grid;
  grid-template-columns: repeat(auto-fill, minmax({MIN_COLUMN}px, 1fr));
  gap: {GAP}px; margin: 4px 0 12px; }}
div.grille > div {{ border: 1px solid {LINE}; padding: 4px 6px; font-size: 8.5pt;
  min-width: 0; overflow-wrap: break-word; }}
div.grille > div.th {{ font-weight: bold; color: #1F4E79; background: #E8EEF4; }}
div.grille > div.etape {{ font-weight: bold; }}
"""
)


def grille_steps(block: Block) -> list[str]:
    """The fiche's steps as one ``div.grille``: the six label boxes, then six boxes a step,
    in seed order, whatever row the grid puts them in."""
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


def plan_html_meandre() -> str:
    """The seed as a flowing page whose steps are « grille » blocks of automatic columns."""
    return _flowing_page(_CSS, _kv_fields, grille_steps)
