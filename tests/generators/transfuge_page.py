"""A town's page whose theme draws THE DIGITS IN ANOTHER FACE (two-hundred-and-twenty-fifth
held-out set, ``plan_html_transfuge``): ``plan_html_inlabel``'s page
(:func:`tests.generators.site_body.etapes_page` on ``ETAPES_PAGE_CSS``) with :data:`FIGURES_CSS`
after its stylesheet: two ``@font-face`` rules of a family « Chiffres » on the local DejaVu
Serif (regular and bold), each restricted by ``unicode-range: U+0030-0039``, first in the
body's font stack. Every digit 0–9 of the page (years, sums, fiche codes, « CO2 ») is drawn
in DejaVu Serif, every other character (letters, spaces, commas, points, « % ») in Liberation
Sans as before: a number's or a code's glyphs from two fonts.

No text added. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

FIGURES_CSS = """
@font-face { font-family: "Chiffres"; src: local("DejaVu Serif"), local("DejaVuSerif");
  font-weight: normal; unicode-range: U+0030-0039; }
@font-face { font-family: "Chiffres"; src: local("DejaVu Serif Bold"),
  local("DejaVuSerif-Bold"); font-weight: bold; unicode-range: U+0030-0039; }
body { font-family: "Chiffres", "Liberation Sans", Arial, sans-serif; }
"""


def plan_html_transfuge() -> str:
    """The seed as the site's page, its digits drawn in DejaVu Serif."""
    return etapes_page(ETAPES_PAGE_CSS + FIGURES_CSS, br_paragraphs, lambda column: True)


__all__ = ["FIGURES_CSS", "plan_html_transfuge"]
