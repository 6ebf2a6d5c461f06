"""A page whose print stylesheet comes from a US theme, on LETTER PAPER TURNED LANDSCAPE
(two-hundred-and-thirty-fifth held-out set, ``plan_html_chevalet``): ``plan_html_inlabel``'s
page without its labels (:func:`tests.generators.site_body.etapes_page` on
``ETAPES_PAGE_CSS``: the fields a ``table.kv``, each steps table a ``table.etapes``), its
``@page { size: A4; margin: 15mm; }`` replaced by :data:`PAGE_RULE`
(``size: letter landscape``, half-inch margins): 792 × 612 pt pages, nothing else changed.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

A4_RULE = "size: A4; margin: 15mm;"
PAGE_RULE = "size: letter landscape; margin: 12.7mm;"


def plan_html_chevalet() -> str:
    """The seed as the site's page, printed on US Letter landscape with half-inch margins."""
    if ETAPES_PAGE_CSS.count(A4_RULE) != 1:
        raise ValueError("the page rule of ETAPES_PAGE_CSS not found once")
    css = ETAPES_PAGE_CSS.replace(A4_RULE, PAGE_RULE)
    return etapes_page(css, br_paragraphs, lambda column: False)


__all__ = ["A4_RULE", "PAGE_RULE", "plan_html_chevalet"]
