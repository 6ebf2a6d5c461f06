"""A public site page whose theme underlines its headings with a GRADIENT BORDER IMAGE
(hundred-and-ninety-first held-out set, ``plan_html_nacre``): ``h1``, ``h2`` and ``h3``
given a 3 px bottom border painted by ``border-image: linear-gradient(90deg, …) 1``
(:data:`NACRE`), which Chromium prints as a rectangle filled with a shading pattern, no
flat colour.

The seed flows as ``plan_html_inlabel``'s page does (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: fields a ``table.kv``, steps a ``table.etapes``);
``h4``, the tables, sizes, colours and flow unchanged. Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

START, END = "#000091", "#E1000F"  # the gradient's left and right colours
NACRE = (
    f"h1, h2, h3 {{ border-bottom: 3px solid {START}; padding-bottom: 2px;\n"
    f"  border-image: linear-gradient(90deg, {START}, {END}) 1; }}\n"
)

CSS = ETAPES_PAGE_CSS + NACRE


def plan_html_nacre() -> str:
    """The seed as the site's page, its headings underlined by a gradient border image."""
    return etapes_page(CSS, br_paragraphs, lambda column: False)
