"""The catalogue page whose print stylesheet HYPHENATES AND JUSTIFIES THE FICHE CARDS
(two-hundred-and-thirty-second held-out set, ``plan_html_entaille``): the page is
``plan_html_mosaique``'s (:func:`tests.generators.mosaique_page.plan_html_mosaique`: A4
landscape, each objective's fiches two across in ``article.fiche`` cards) with
:data:`HYPHENATION_CSS` added to its stylesheet (``hyphens: auto`` on the cards, their
paragraphs, headings and cells justified) and, since headless Chromium does not hyphenate
French here (no hyphenation data: the throwaway probe), the site's hyphenation polyfill's
output in every card (:func:`hyphenate_cards`): a soft hyphen (U+00AD) at each syllable
point of every word of :data:`tests.generators.justifie_page.MIN_WORD` letters or more
(:func:`tests.generators.justifie_page.hyphenate`), the text outside the cards untouched.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.justifie_page import _WORD, SHY, hyphenate
from tests.generators.mosaique_page import plan_html_mosaique

HYPHENATION_CSS = """
article.fiche { hyphens: auto; -webkit-hyphens: auto; }
article.fiche p, article.fiche h3, article.fiche h4, article.fiche th, article.fiche td {
  text-align: justify; }
"""
CARD_OPEN, CARD_CLOSE = "<article class='fiche'>", "</article>"


def hyphenate_cards(html: str) -> str:
    """``html`` with :func:`hyphenate` applied to every word of the texts inside its
    ``article.fiche`` cards (outside tags and entities)."""
    out: list[str] = []
    inside = False
    for part in re.split(r"(<[^>]*>|&[#\w]+;)", html):
        if part == CARD_OPEN:
            inside = True
        elif part == CARD_CLOSE:
            inside = False
        elif inside and not part.startswith(("<", "&")):
            part = _WORD.sub(lambda m: hyphenate(m.group(0)), part)
        out.append(part)
    return "".join(out)


def plan_html_entaille() -> str:
    """The seed as the catalogue page, its cards hyphenated and justified."""
    html = plan_html_mosaique()
    if html.count("</style>") != 1 or html.count(CARD_OPEN) != 12:
        raise ValueError("not the mosaique page expected")
    html = html.replace("</style>", HYPHENATION_CSS + "</style>")
    html = hyphenate_cards(html)
    if SHY not in html:
        raise ValueError("no soft hyphen written")
    return html


__all__ = ["HYPHENATION_CSS", "hyphenate_cards", "plan_html_entaille"]
