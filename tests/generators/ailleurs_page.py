"""A collectivité's site built on the State's design system (DSFR) whose editor LINKED EACH
STEP'S BEARER AND PARTNERS TO THE ANNUAIRE, opened in a new tab (hundred-and-eighty-first
held-out set, ``plan_html_ailleurs``): every non-empty « Porteur » and « Partenaires
envisagés » value one ``<a class="fr-link" target="_blank">`` (:func:`_cell`) as DSFR draws
an external link (:data:`_CSS`): #000091, no ``text-decoration``, its UNDERLINE A
BACKGROUND — a 1 px ``linear-gradient`` of ``currentColor`` at the foot of each of its
lines —, and an ``::after`` EXTERNAL-LINK ICON, an inline-block square of ``currentColor``
cut by a ``mask-image`` (:data:`ICON_SVG`), after the last word. Its ``href`` an annuaire
address built from the value (:func:`href`; a link annotation, nothing printed).

Each steps table a ``table.liens`` (:func:`liens`): fixed columns of :data:`WIDTHS`, a thin
grey full grid, the labels bold on a pale fill in a repeated ``<thead>``. Everything else
flows as ``plan_html_feutre``'s page (:func:`tests.generators.plan_html._flowing_page` on
``ETAPES_PAGE_CSS``, the fields ``<th>`` labels beside ``<td>`` values). Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from tests.generators.plan_html import _flowing_page, th_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, steps_table

WIDTHS = (16, 38, 11, 12, 11, 12)  # %, the steps columns
LINKED = (4, 5)  # the columns linked: « Porteur » and « Partenaires envisagés »
BLUE = "#000091"  # DSFR's « bleu France »
ANNUAIRE = "https://www.grand-auch-coeur-gascogne.fr/annuaire/"
# a square with an arrow leaving its top-right corner (DSFR's « external-link-line » shape)
ICON_SVG = (
    "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'>"
    "<path d='M10 6v2H5v11h11v-5h2v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h6Zm11-3v8"
    "h-2V6.41l-7.79 7.8-1.42-1.42L17.59 5H13V3h8Z'/></svg>"
)

_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
table.liens {{ width: 100%; table-layout: fixed; border-collapse: collapse;
  margin: 4px 0 10px; }}
table.liens th, table.liens td {{ border: 1px solid #BFBFBF; padding: 3px 5px;
  font-size: 8.5pt; vertical-align: top; text-align: left; }}
table.liens th {{ background: #F2F2F2; font-weight: bold; }}
table.liens td.etape {{ font-weight: bold; }}
a.fr-link {{ color: {BLUE}; text-decoration: none;
  background-image: linear-gradient(0deg, currentColor, currentColor);
  background-size: 100% 1px; background-position: 0 100%; background-repeat: no-repeat; }}
a.fr-link[target="_blank"]::after {{ content: ""; display: inline-block; width: 0.85em;
  height: 0.85em; margin-left: 0.25em; vertical-align: -0.1em;
  background-color: currentColor;
  -webkit-mask-image: url("data:image/svg+xml,{quote(ICON_SVG)}");
  mask-image: url("data:image/svg+xml,{quote(ICON_SVG)}");
  -webkit-mask-size: 100% 100%; mask-size: 100% 100%; }}
"""
)


def href(value: str) -> str:
    """An annuaire address for ``value``: its words, unaccented, lower case, hyphenated."""
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return ANNUAIRE + (re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "structure")


def _cell(column: int, label: str, value: str) -> str:
    """A step value, its paragraphs ``<br>``-separated; the bearer and the partners one
    external link."""
    text = br_paragraphs(value)
    if column in LINKED and text:
        return f"<a class='fr-link' href='{href(value)}' target='_blank' rel='noopener'>{text}</a>"
    return text


def liens(block: Block) -> list[str]:
    """A fiche's steps as a ``table.liens``."""
    return steps_table(block, "liens", WIDTHS, _cell)


def plan_html_ailleurs() -> str:
    """The seed as the site's page, bearers and partners external links."""
    return _flowing_page(_CSS, lambda block: th_fields(block, td=br_paragraphs), liens)


__all__ = ["ICON_SVG", "WIDTHS", "href", "liens", "plan_html_ailleurs"]
