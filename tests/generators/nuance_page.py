"""A website whose designer theme draws table lines as « SOFT DIVIDERS » FADING AT THEIR ENDS
(hundred-and-twenty-eighth held-out set, ``plan_html_nuance``): ``plan_html_inlabel``'s page,
but in the steps tables NO BORDER AT ALL, each cell's lines painted by two ``background-image``
gradients: a 1 px horizontal line at its foot (transparent, #9A9A9A from 15 % to 85 % of the
width, transparent) and, save in the last column, a 1 px vertical line at its right edge
(transparent, #9A9A9A from 20 % to 80 % of the height, transparent); the grid's crossings
left open.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

LINE = "#9A9A9A"
CLEAR = "rgba(154, 154, 154, 0)"

_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
table.etapes th, table.etapes td {{ border: 0;
  background-image: linear-gradient(to right, {CLEAR}, {LINE} 15%, {LINE} 85%, {CLEAR}),
    linear-gradient(to bottom, {CLEAR}, {LINE} 20%, {LINE} 80%, {CLEAR});
  background-size: 100% 1px, 1px 100%; background-position: left bottom, right top;
  background-repeat: no-repeat; }}
table.etapes th:last-child, table.etapes td:last-child {{
  background-image: linear-gradient(to right, {CLEAR}, {LINE} 15%, {LINE} 85%, {CLEAR});
  background-size: 100% 1px; background-position: left bottom; }}
"""
)


def plan_html_nuance() -> str:
    """The seed as a website's page whose steps tables' lines are fading gradients."""
    return _flowing_page(_CSS, _kv_fields, lambda block: etapes_table(block))
