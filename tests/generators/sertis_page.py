"""A theme whose steps tables are RULED WITH BOX-SHADOWS (hundred-and-forty-seventh held-out
set, ``plan_html_sertis``): each steps ``table.etapes`` with no border at all,
``border-collapse: separate; border-spacing: 0``, every cell drawing its share of the grid
by five hard 1 px #A6A6A6 box-shadows (outset right, below and diagonally, inset left and
top): the « collapsed borders with box-shadow » trick of CSS grid components.

The seed flows as ``plan_html_inlabel``'s page does (``ETAPES_PAGE_CSS``, the fields a
``table.kv``). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

SHADOW = "#A6A6A6"
_SHADOWS = (
    f"1px 0 0 0 {SHADOW}, 0 1px 0 0 {SHADOW}, 1px 1px 0 0 {SHADOW}, "
    f"1px 0 0 0 {SHADOW} inset, 0 1px 0 0 {SHADOW} inset"
)
_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
table.etapes {{ border-collapse: separate; border-spacing: 0; }}
table.etapes th, table.etapes td {{ border: none; box-shadow: {_SHADOWS}; }}
"""
)


def plan_html_sertis() -> str:
    """The seed as the theme's page, the steps tables ruled by their cells' box-shadows."""
    return _flowing_page(_CSS, _kv_fields, etapes_table)
