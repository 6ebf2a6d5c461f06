"""A departmental intranet page whose theme rules every table with « FILETS PERLÉS »
(hundred-and-thirty-seventh held-out set, ``plan_html_perle``): ``plan_html_inlabel``'s
flowing page and ``table.etapes`` steps (thin full grid, ``<thead>`` repeated), but every
steps cell's border and every fields row's bottom rule ``1px dotted #7F7F7F``, which
Chromium prints as trains of tiny filled squares, no line object.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

DOTTED = "1px dotted #7F7F7F"
_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
table.etapes th, table.etapes td {{ border: {DOTTED}; }}
table.kv th, table.kv td {{ border-bottom: {DOTTED}; }}
"""
)


def plan_html_perle() -> str:
    """The seed as a flowing page whose tables are ruled by dotted lines only."""
    return _flowing_page(_CSS, _kv_fields, lambda block: etapes_table(block))
