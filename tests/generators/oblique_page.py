"""A dashboard-style CMS page whose steps tables use the « ROTATED TABLE COLUMN HEADERS » CSS
recipe (hundred-and-thirty-fourth held-out set, ``plan_html_oblique``): ``plan_html_inlabel``'s
flowing page and ``table.etapes`` body grid, but the header row 100 px high, with no border
and no fill, each ``<th>`` (``white-space: nowrap``, bottom-aligned, no padding) holding a
24 px ``<div>`` TURNED 45° COUNTER-CLOCKWISE about its bottom-left corner, in it the label
(bold 8 pt) in a ``<span>`` over a 1 px #BFBFBF rule: every label reading up to the right,
the long ones overhanging the next columns.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

_CSS = (
    ETAPES_PAGE_CSS
    + """\
table.etapes thead th { height: 100px; white-space: nowrap; vertical-align: bottom;
  padding: 0; border: none; background: none; font-size: 8pt; color: #1E1E1E; }
table.etapes thead th > div { width: 24px; transform-origin: bottom left;
  transform: translate(4px, -3px) rotate(-45deg); }
table.etapes thead th > div > span { border-bottom: 1px solid #BFBFBF; padding: 2px 6px; }
"""
)


def _turned(label: str) -> str:
    """A header label in the recipe's turned ``<div>`` and ruled ``<span>``."""
    return f"<div><span>{_h(label)}</span></div>"


def plan_html_oblique() -> str:
    """The seed as a flowing page whose steps tables' header labels are slanted at 45°."""
    return _flowing_page(_CSS, _kv_fields, lambda block: etapes_table(block, head_label=_turned))
