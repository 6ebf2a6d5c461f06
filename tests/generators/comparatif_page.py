"""A town site's page whose CMS « Tableau comparatif » block KEEPS EACH STEPS TABLE COLUMN BY
COLUMN (seventy-third held-out set, ``plan_html_comparatif``): each table a
``<div class="comparatif">`` CSS grid flowing BY COLUMN (``grid-auto-flow: column`` over
``N + 1`` auto rows, columns 16 / 38 / 11 / 12 / 11 / 12 fr) holding six ``display:
contents`` items in seed column order, each its label (bold on #E8EEF4) then one cell per step
in seed order: rows on the page, the text in the DOM — and in the PDF — one column after the
other; a 1 px #BFBFBF grid drawn by the cells' right and bottom borders and the grid's top
and left ones; no ``<table>``, so no header repeated.

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``. Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import br_paragraphs, div_lines, flowing_css

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + """\
div.comparatif { display: grid; grid-template-columns: 16fr 38fr 11fr 12fr 11fr 12fr;
  grid-auto-flow: column; border-top: 1px solid #BFBFBF; border-left: 1px solid #BFBFBF;
  margin: 4px 0 10px; }
div.comparatif div.colonne { display: contents; }
div.comparatif div.cellule { border-right: 1px solid #BFBFBF;
  border-bottom: 1px solid #BFBFBF; padding: 3px 5px; font-size: 8.5pt; text-align: left; }
div.comparatif div.titre { background: #E8EEF4; font-weight: bold; }
div.comparatif div.etape { font-weight: bold; }
"""
)


def _impl(block: Block) -> list[str]:
    """The steps as a column-major grid: six items, each its label then its cells."""
    columns: list[str] = []
    for c, label in enumerate(block.header):
        kind = "cellule etape" if c == 0 else "cellule"
        cells = [f"<div class='cellule titre'>{_h(label)}</div>"]
        for row in block.rows:
            value = row[c] if c < len(row) else ""
            cells.append(f"<div class='{kind}'>{br_paragraphs(value)}</div>")
        columns += div_lines("colonne", cells)
    rows = len(block.rows) + 1
    return div_lines("comparatif", columns, f"grid-template-rows: repeat({rows}, auto)")


def plan_html_comparatif() -> str:
    """The seed as a page whose steps tables are column-major CSS grids."""
    return _flowing_page(_CSS, _kv_fields, _impl)
