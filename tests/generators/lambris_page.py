"""A site whose theme's table reset sets every header cell BOTTOM-ALIGNED (two-hundred-and-
third held-out set, ``plan_html_lambris``), Bootstrap's ``.table thead th { vertical-align:
bottom; }`` copied onto every ``th``: :data:`LAMBRIS` sets each ``table.kv th`` at the foot
of its row, so every field label stands beside the LAST line of its value, the values still
top-aligned.

The seed flows as ``plan_html_inlabel``'s page does (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: fields a ``table.kv``, steps a ``table.etapes``, whose
header cells keep their own top alignment); values, steps tables, headings, rules, sizes and
flow unchanged, no text added. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

LAMBRIS = "table.kv th { vertical-align: bottom; }\n"

CSS = ETAPES_PAGE_CSS + LAMBRIS


def plan_html_lambris() -> str:
    """The seed as the site's printed page, every field label at the foot of its row."""
    return etapes_page(CSS, br_paragraphs, lambda column: False)
