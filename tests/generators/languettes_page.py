"""A public site page whose fiche template is a DSFR-like TABS COMPONENT (hundred-and-
seventy-ninth held-out set, ``plan_html_languettes``): under each fiche's heading lines one
``div.fr-tabs``, a TAB BAR of two buttons — « Présentation » (:data:`FIRST_TAB`, not in the
seed; selected: white, a blue line on its top) and « Modalités de mise en oeuvre » (the
seed's heading, a grey-blue button) — over the two TAB PANELS, which the theme's print
stylesheet shows both, one after the other: the fields (a ``table.kv``), then the steps (a
``table.etapes``) with NO HEADING over them, the seed's « Modalités de mise en oeuvre »
standing only in the tab bar above the fields (:func:`tabs_open`, :func:`steps_panel`).

Everything else flows as ``plan_html_inlabel``'s page (:func:`tests.generators.plan_html.
_flowing_page` on ``ETAPES_PAGE_CSS``, its « Modalités » ``<h4>`` left out). Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, th_fields
from tests.generators.seed001 import IMPL_TITLE, Block
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_table

FIRST_TAB = "Présentation"
BLUE = "#000091"  # the design system's « bleu France »

_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
div.fr-tabs {{ margin: 6px 0 14px; }}
ul.fr-tabs__list {{ display: flex; gap: 4px; list-style: none; margin: 0; padding: 0;
  border-bottom: 1px solid #DDDDDD; }}
ul.fr-tabs__list li {{ margin: 0 0 -1px; }}
button.fr-tabs__tab {{ font: bold 9pt 'Liberation Sans', Arial, sans-serif; color: {BLUE};
  background: #E3E3FD; border: 0; border-top: 2px solid transparent; padding: 6px 14px;
  margin: 0; }}
button.fr-tabs__tab[aria-selected='true'] {{ background: #FFFFFF;
  border: 1px solid #DDDDDD; border-top: 2px solid {BLUE}; border-bottom: 1px solid #FFFFFF; }}
div.fr-tabs__panel {{ border: 1px solid #DDDDDD; border-top: 0; padding: 10px; }}
div.fr-tabs__panel--hidden {{ display: none; }}
@media print {{ div.fr-tabs__panel {{ display: block !important; }} }}
"""
)


def tabs_open(block: Block) -> list[str]:
    """The fiche's tab bar, then the first panel holding its fields (left open for the
    steps panel)."""
    return [
        "<div class='fr-tabs'>",
        "<ul class='fr-tabs__list' role='tablist'>",
        f"<li><button class='fr-tabs__tab' role='tab' aria-selected='true'>{_h(FIRST_TAB)}"
        "</button></li>",
        f"<li><button class='fr-tabs__tab' role='tab' aria-selected='false'>{_h(IMPL_TITLE)}"
        "</button></li>",
        "</ul>",
        "<div class='fr-tabs__panel' role='tabpanel'>",
        *th_fields(block, td=br_paragraphs),
        "</div>",
    ]


def steps_panel(block: Block) -> list[str]:
    """The second panel holding the fiche's steps, no heading; the tabs closed."""
    return [
        "<div class='fr-tabs__panel fr-tabs__panel--hidden' role='tabpanel'>",
        *etapes_table(block),
        "</div></div>",
    ]


def plan_html_languettes() -> str:
    """The seed as the site's page, each fiche's fields and steps two printed tab panels."""
    return _flowing_page(_CSS, tabs_open, steps_panel, impl_heading=False)
