"""A town's page whose theme SQUEEZES EVERY HEADING SIDEWAYS WITH A CSS TRANSFORM (hundred-and-
ninety-second held-out set, ``plan_html_tassement``): lacking a condensed web font, the
theme fakes condensed display type with ``transform: scaleX(0.78)`` on ``<h1>`` – ``<h4>``
(:data:`_CSS`), from the heading's left edge: every heading's glyphs, word gaps and lines
0.78 as wide, its lines broken at the column's full width before the squeeze, so they end
about a fifth short of the right edge, the heading's box placed as unsqueezed.

Everything else flows as ``plan_html_inlabel``'s page (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: the fields a ``table.kv``, each steps table a
``table.etapes``), untouched. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

SCALE = 0.78
_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
h1, h2, h3, h4 {{ transform: scaleX({SCALE}); transform-origin: 0 0; }}
"""
)


def plan_html_tassement() -> str:
    """The seed as the site's page, its headings squeezed sideways."""
    return etapes_page(_CSS, br_paragraphs, lambda column: False)
