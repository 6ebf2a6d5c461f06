"""The plan's page on a REGIONAL PORTAL whose theme sets ``word-break: break-all`` on every
table cell (sixty-fifth held-out set, ``plan_html_breakall``): to keep wide tables from
overflowing phone screens, every ``td`` and ``th`` of the page may break its lines anywhere,
so every wrapped line of every table cell — steps, sommaires, fields — ends where the cell is
full, mostly inside a word, with no hyphen (« accompagne / ment »).

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``, the steps a
``table.etapes`` (thin full grid, ``<thead>`` repeated). Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

_CSS = ETAPES_PAGE_CSS + "td, th { word-break: break-all; }\n"


def plan_html_breakall() -> str:
    """The seed as a portal page whose table cells break their lines inside words."""
    return _flowing_page(_CSS, _kv_fields, etapes_table)
