"""A municipal WordPress page whose editor built EVERY STEP AS A TABLE BLOCK OF ITS OWN
(hundred-and-twenty-second held-out set, ``plan_html_morcele``): the block editor's
« Tableau » block duplicated once per step, each copy keeping the header row, so the steps
can be moved one by one. Each step's table, in the automatic table layout without a
colgroup, sizes its six columns by its own content: the columns' rules do not line up from
one step's table to the next.

The seed flows as ``plan_html_inlabel``'s page; the fields a ``table.kv``. Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, th_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs

ETAPE = " class='etape'"  # the step name's cell

_CSS = (
    ETAPES_PAGE_CSS
    + """\
figure.wp-block-table { margin: 0 0 8px; break-inside: avoid; }
figure.wp-block-table table { width: 100%; table-layout: auto; border-collapse: collapse; }
figure.wp-block-table th, figure.wp-block-table td { border: 1px solid #1E1E1E;
  padding: 3px 5px; font-size: 8.5pt; vertical-align: top; text-align: left; }
figure.wp-block-table th { font-weight: bold; }
figure.wp-block-table thead { border-bottom: 2px solid #1E1E1E; }
figure.wp-block-table td.etape { font-weight: bold; }
"""
)


def step_blocks(block: Block) -> list[str]:
    """A fiche's steps, one table block a step: the six labels over the step's one row."""
    head = "".join(f"<th>{_h(label)}</th>" for label in block.header)
    out = []
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(len(block.header))]
        cells = "".join(
            f"<td{ETAPE if c == 0 else ''}>{br_paragraphs(v)}</td>" for c, v in enumerate(values)
        )
        out.append(
            "<figure class='wp-block-table'><table>"
            f"<thead><tr>{head}</tr></thead><tbody><tr>{cells}</tr></tbody>"
            "</table></figure>"
        )
    return out


def plan_html_morcele() -> str:
    """The seed as a WordPress page, every step a table block of its own."""
    return _flowing_page(_CSS, th_fields, step_blocks)
