"""A site asking for the state's « Marianne » font with its fallback guarded by
``font-size-adjust`` (two-hundred-and-twelfth held-out set, ``plan_html_oeil``):
:data:`OEIL`, ``body { font-family: "Marianne", Arial, sans-serif; font-size-adjust: 0.6; }``
with no ``@font-face`` (the site's font files not loaded), so Chromium takes Arial's
substitute Liberation Sans and scales it until its x-height is 0.6 of the asked size: every
text printed about 1.13 times its declared size, at odd sizes (9 pt text at about 10.2 pt).

The seed flows as ``plan_html_inlabel``'s page does (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: fields a ``table.kv``, steps a ``table.etapes``); rules,
fills and flow otherwise unchanged, no text added. Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

OEIL = 'body { font-family: "Marianne", Arial, sans-serif; font-size-adjust: 0.6; }\n'

CSS = ETAPES_PAGE_CSS + OEIL


def plan_html_oeil() -> str:
    """The seed as the site's printed page, its fallback font scaled by font-size-adjust."""
    return etapes_page(CSS, br_paragraphs, lambda column: False)
