"""A public site page whose theme THICKENS ITS HEADINGS WITH A TEXT STROKE
(hundred-and-eighty-fifth held-out set, ``plan_html_pourtour``), the designers' faux-bold
trick for a webfont loaded in one thin weight: ``plan_html_inlabel``'s flowing page (fields a
``table.kv``, the steps a ``table.etapes`` under their « Modalités de mise en oeuvre »
``<h4>``) with ``h1`` … ``h4`` and the steps tables' header cells given
``-webkit-text-stroke: 0.5px currentColor`` (:data:`STROKE`). Chromium paints such a text
twice at the same place, filled then stroked, so its PDF holds two text objects of the same
glyphs one over the other.

Only the stroke is added (:data:`CSS`); fonts, sizes, colours, rules and flow are
``ETAPES_PAGE_CSS``'s. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

STROKE = "0.5px currentColor"  # the stroke thickening the thin headings

CSS = (
    ETAPES_PAGE_CSS
    + f"""\
h1, h2, h3, h4, table.etapes th {{ -webkit-text-stroke: {STROKE}; }}
"""
)


def plan_html_pourtour() -> str:
    """The seed as the site's page, its headings and steps header labels text-stroked."""
    return etapes_page(CSS, br_paragraphs, lambda column: False)
