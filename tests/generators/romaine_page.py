"""A collectivité's site whose theme's « modern CSS reset » BALANCES THE LINES of every steps
cell (hundred-and-seventy-seventh held-out set, ``plan_html_romaine``): ``text-wrap:
balance`` on the headings and on every ``<th>`` and ``<td>`` of the steps tables, so
Chromium breaks each short cell into lines of nearly equal length, well short of the
column's edge, and a description too long to balance greedily as usual (:data:`_CSS`).

Each steps table a ``table.romaine`` (:func:`romaine`): fixed columns of
:data:`WIDTHS`, no vertical rule, a 2 px rule under the labels (``<thead>`` repeated), a
pale 1 px rule under each step. Everything else flows as ``plan_html_inlabel``'s page
(:func:`tests.generators.plan_html._flowing_page` on ``ETAPES_PAGE_CSS``, the fields a
``table.kv``). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, th_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, steps_table

WIDTHS = (17, 33, 11, 12, 12, 15)  # %, the steps columns

_CSS = (
    ETAPES_PAGE_CSS
    + """\
h1, h2, h3, h4 { text-wrap: balance; }
table.romaine { width: 100%; table-layout: fixed; border-collapse: collapse;
  margin: 4px 0 12px; }
table.romaine th, table.romaine td { text-wrap: balance; border: 0; padding: 4px 10px 4px 0;
  vertical-align: top; text-align: left; }
table.romaine th { font-size: 8.5pt; font-weight: bold; color: #4A4A4A;
  border-bottom: 2px solid #1E1E1E; }
table.romaine td { font-size: 9pt; line-height: 1.3; border-bottom: 1px solid #E3E3E3; }
table.romaine td.etape { font-weight: bold; }
"""
)


def _cell(column: int, label: str, value: str) -> str:
    """A step value, its paragraphs ``<br>``-separated, the step name in ``<strong>``."""
    text = br_paragraphs(value)
    return f"<strong>{text}</strong>" if column == 0 and text else text


def romaine(block: Block) -> list[str]:
    """A fiche's steps as a ``table.romaine``."""
    return steps_table(block, "romaine", WIDTHS, _cell)


def plan_html_romaine() -> str:
    """The seed as the site's page, every steps cell's lines balanced."""
    return _flowing_page(_CSS, lambda block: th_fields(block, td=br_paragraphs), romaine)
