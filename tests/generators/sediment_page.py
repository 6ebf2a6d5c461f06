"""A town's page set in a WEB FONT WITH UNUSUAL VERTICAL METRICS (two-hundred-and-nineteenth
held-out set, ``plan_html_sediment``): ``plan_html_inlabel``'s page
(:func:`tests.generators.site_body.etapes_page` on ``ETAPES_PAGE_CSS``) unchanged but its
font: the body's family « Site Sans », two ``@font-face`` rules (:data:`SITE_FONT_CSS`,
weight 400 from ``local("Liberation Sans")``, 700 from ``local("Liberation Sans Bold")``,
standing for a site's self-hosted font files) declaring ``ascent-override: 135%;
descent-override: 12%; line-gap-override: 0%`` (Liberation Sans: 90.5 %, 21.2 %, 3.3 %), as
a font whose ascender and descender tables were badly set. With ``line-height: normal``
every line box is 1.47 em tall, its glyphs low in it, their descenders past its bottom.

No text added. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

METRICS = "ascent-override: 135%; descent-override: 12%; line-gap-override: 0%;"
SITE_FONT_CSS = f"""\
@font-face {{ font-family: 'Site Sans'; font-weight: 400;
  src: local('Liberation Sans'); {METRICS} }}
@font-face {{ font-family: 'Site Sans'; font-weight: 700;
  src: local('Liberation Sans Bold'); {METRICS} }}
body {{ font-family: 'Site Sans', Arial, sans-serif; }}
"""


def plan_html_sediment() -> str:
    """The seed as the site's page, in the web font of unusual metrics."""
    return etapes_page(ETAPES_PAGE_CSS + SITE_FONT_CSS, br_paragraphs, lambda column: True)
