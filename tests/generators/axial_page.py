"""A WORDPRESS PAGE whose steps are block-editor TABLE BLOCKS CENTRED BOTH WAYS IN EQUAL
COLUMNS (hundred-and-forty-second held-out set, ``plan_html_axial``): the contributor ticked
« Cellules de tableau à largeur fixe » (``has-fixed-layout``: ``table-layout: fixed`` with
no column width, so six equal columns) and clicked « Aligner la colonne : Centrer » on every
column (each ``th`` and ``td`` ``class="has-text-align-center" data-align="center"``), while
the theme sets no ``vertical-align`` on table cells, so the browser's default ``middle``
holds: every value centred horizontally and vertically in its cell. No vertical rule, no
frame, no fill: a 2 px :data:`HEAD_RULE` rule under the ``<thead>`` (repeated by Chromium),
a 1 px :data:`ROW_RULE` rule under every step.

The seed flows as ``plan_html_inlabel``'s page (fields a ``table.kv``). Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import br_paragraphs, flowing_css

HEAD_RULE = "#1E1E1E"
ROW_RULE = "#D0D0D0"
CENTRE = " class='has-text-align-center' data-align='center'"

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + f"""\
figure.wp-block-table {{ margin: 4px 0 12px; }}
.wp-block-table table {{ width: 100%; border-collapse: collapse; }}
.wp-block-table table.has-fixed-layout {{ table-layout: fixed; width: 100%; }}
.wp-block-table table.has-fixed-layout th, .wp-block-table table.has-fixed-layout td {{
  overflow-wrap: break-word; }}
.wp-block-table th, .wp-block-table td {{ border: 0; border-bottom: 1px solid {ROW_RULE};
  padding: 6px 8px; font-size: 8.5pt; }}
.wp-block-table thead th {{ border-bottom: 2px solid {HEAD_RULE}; font-weight: bold; }}
.has-text-align-center {{ text-align: center; }}
"""
)


def _steps(block: Block) -> list[str]:
    """The steps: a Gutenberg table block, every cell centred, equal columns."""
    head = "".join(f"<th{CENTRE}>{_h(label)}</th>" for label in block.header)
    out = [
        "<figure class='wp-block-table'><table class='has-fixed-layout'>",
        f"<thead><tr>{head}</tr></thead><tbody>",
    ]
    for row in block.rows:
        cells = []
        for c in range(len(block.header)):
            value = br_paragraphs(row[c] if c < len(row) else "")
            if c == 0 and value:
                value = f"<strong>{value}</strong>"
            cells.append(f"<td{CENTRE}>{value}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table></figure>")
    return out


def plan_html_axial() -> str:
    """The seed as a WordPress page whose steps tables are centred both ways."""
    return _flowing_page(_CSS, _kv_fields, _steps)
