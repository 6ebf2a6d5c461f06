"""``plan_html_inlabel``'s flowing page without its labels under a theme rule that DRESSES
THE FIRST ROW OF EVERY ROW GROUP AS A HEADER (hundred-and-sixty-sixth held-out set,
``plan_html_bicephale``): the municipal site's theme styles the tables its editors type in
the CMS's WYSIWYG editor — which writes no ``<thead>``, « la première ligne du tableau sert
d'en-tête » — with ``table tr:first-child > th, table tr:first-child > td`` bold white on
#1F4E79 (:data:`FIRST_ROW_RULE`). ``:first-child`` matches the first row of each row group:
in every steps ``table.etapes`` both its ``<thead>`` row (the labels, repeated at a
continuation page's top) AND ITS ``<tbody>``'s FIRST ROW — each fiche's FIRST STEP printed
exactly as the header —, in every fields ``table.kv`` its first field, in every sommaire
``table.summary`` its first row.

The page otherwise ``ETAPES_PAGE_CSS``'s (15 mm margins, Liberation Sans 9 pt, the
``table.etapes`` thin full grid of 16 / 38 / 11 / 12 / 11 / 12 %, labels on #E8EEF4 before
the rule overrides them). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

HEAD_FILL = "#1F4E79"
# the theme's rule for its editors' header-less tables, last in its stylesheet
FIRST_ROW_RULE = (
    "table tr:first-child > th, table tr:first-child > td { background: "
    + HEAD_FILL
    + "; color: #FFFFFF; font-weight: bold; }\n"
)

_CSS = ETAPES_PAGE_CSS + FIRST_ROW_RULE


def plan_html_bicephale() -> str:
    """The seed as a flowing page whose every table's first row of each group is dressed
    as a header."""
    return _flowing_page(_CSS, _kv_fields, etapes_table)


__all__ = ["FIRST_ROW_RULE", "HEAD_FILL", "plan_html_bicephale"]
