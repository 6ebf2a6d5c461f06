"""A public site page whose theme SELF-HOSTS ITS WEBFONT IN TWO UPRIGHT FACES ONLY and sets
its headings and labels in italics (hundred-and-eighty-eighth held-out set,
``plan_html_italique``): the family « Marianne » declared at weight 400 and 700, both
``font-style: normal`` (:data:`FONT_FACES`, their files here Liberation Sans Regular and
Bold), no italic file, and ``h1`` … ``h4``, the fields' labels and the steps header cells
``font-style: italic`` (:data:`ITALIC`). With no italic face to hand, Chromium SYNTHESIZES
THE OBLIQUE: it prints those texts in the upright font, leaning by a skew of the text matrix.

The seed flows as ``plan_html_inlabel``'s page does (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: fields a ``table.kv``, steps a ``table.etapes``); sizes,
colours, rules and flow unchanged. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

FONT_FACES = """\
@font-face { font-family: 'Marianne'; src: local('Liberation Sans'); font-weight: 400;
  font-style: normal; }
@font-face { font-family: 'Marianne'; src: local('Liberation Sans Bold'),
  local('LiberationSans-Bold'); font-weight: 700; font-style: normal; }
"""
ITALIC = "h1, h2, h3, h4, table.kv th, table.etapes th { font-style: italic; }\n"

CSS = FONT_FACES + ETAPES_PAGE_CSS + "body { font-family: 'Marianne', sans-serif; }\n" + ITALIC


def plan_html_italique() -> str:
    """The seed as the site's page, its headings and labels slanted by the browser."""
    return etapes_page(CSS, br_paragraphs, lambda column: False)
