"""A town's page whose print stylesheet is made for PRE-PRINTED LETTERHEAD PAPER
(two-hundred-and-seventeenth held-out set, ``plan_html_courrier``): the page
(:func:`plan_html_courrier`) is :func:`tests.generators.site_body.etapes_page` on
``ETAPES_PAGE_CSS`` (``plan_html_habillage``'s without its floats), but ``@page :first``
(:data:`FIRST_PAGE`) leaves the first sheet's letterhead room — 70 mm at the top, 40 mm at
the left, where the paper carries the body's logo, address and coloured band —, so the first
page's text block starts 70 mm down and 40 mm in, 155 mm wide instead of 180 mm; every
other page keeps the 15 mm margins.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

# the print stylesheet's first page: room left for the pre-printed letterhead
FIRST_PAGE = """
@page :first { margin: 70mm 15mm 15mm 40mm; }
"""


def plan_html_courrier() -> str:
    """The seed as the site's page, its first page's margins left for a letterhead."""
    return etapes_page(ETAPES_PAGE_CSS + FIRST_PAGE, br_paragraphs, lambda column: False)


__all__ = ["FIRST_PAGE", "plan_html_courrier"]
