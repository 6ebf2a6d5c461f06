"""A site theme's tables « à l'anglaise », column gaps and underlines only (hundred-and-forty-
third held-out set, ``plan_html_interstices``): ``plan_html_inlabel``'s flowing page and
``table.kv`` fields, but each steps ``table.etapes`` ``border-collapse: separate;
border-spacing: 12px 0`` (widened by the two outer gaps, so its text meets the text block's
edges), NO BORDER BUT EACH CELL'S OWN BOTTOM ONE (the header's 2 px #1F4E79, the body's 1 px
#A6B1BC): every row's rule six segments 12 px apart, no vertical rule, no side padding, the
header labels bottom-aligned, ``<thead>`` repeated.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

GAP = 12  # px, between two columns (and outside the first and last)

_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
table.etapes {{ border-collapse: separate; border-spacing: {GAP}px 0;
  width: calc(100% + {2 * GAP}px); margin: 4px -{GAP}px 10px; }}
table.etapes th, table.etapes td {{ border: 0; border-bottom: 1px solid #A6B1BC;
  padding: 4px 0 5px; background: none; }}
table.etapes th {{ border-bottom: 2px solid #1F4E79; color: #1F4E79;
  vertical-align: bottom; }}
"""
)


def plan_html_interstices() -> str:
    """The seed as a flowing page whose steps tables are ruled by per-cell underlines only."""
    return _flowing_page(_CSS, _kv_fields, lambda block: etapes_table(block))
