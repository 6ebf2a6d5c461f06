"""``plan_html_inlabel``'s flowing page without its labels, EVERY STEPS CELL CENTRED BOTH WAYS
(hundred-and-fifty-eighth held-out set, ``plan_html_milieu``), as an intercommunality's CMS
applies its editor's « Tableau centré » class to every table pasted in: each ``th`` and
``td`` of the ``table.etapes`` steps tables (16 / 38 / 11 / 12 / 11 / 12 %, 1 px #BFBFBF
grid, 8.5 pt, ``<thead>`` bold on #E8EEF4, repeated) ``text-align: center; vertical-align:
middle``: every line centred on its column, each cell's lines centred in the row's height.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

_CSS = (
    ETAPES_PAGE_CSS
    + """\
table.etapes th, table.etapes td { text-align: center; vertical-align: middle; }
"""
)


def plan_html_milieu() -> str:
    """The seed as a flowing page whose steps cells are centred both ways."""
    return _flowing_page(_CSS, _kv_fields, etapes_table)
