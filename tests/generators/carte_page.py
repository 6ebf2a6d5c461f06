"""A community's « ESPACE PROJETS » page whose every project shows, AFTER ITS FIELDS, A
LOCATOR-MAP WIDGET (eighty-eighth held-out set, ``plan_html_carte``): a small heading
« Localisation », then a Leaflet map — its picture (the tiles) an inline SVG WITH NO TEXT,
its controls HTML text positioned over it: the zoom bar « + » / « − » at top-left, the scale
« 2 km » at bottom-left, the attribution « Leaflet | © les contributeurs d'OpenStreetMap » at
bottom-right and an open popup « Lieu de l'action » over the marker —, and under the map a
grey line « Carte interactive · Agrandir la carte ».

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``, each steps table a
``table.etapes``. Only the layout comes from here: every value is the seed's (the widget's
texts are not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, ETAPES_WIDTHS, br_paragraphs, steps_table

_CSS = (
    ETAPES_PAGE_CSS
    + """\
div.loc-titre { font-size: 8.5pt; font-weight: bold; color: #3A6EA5; margin: 6px 0 3px; }
div.leaflet-container { position: relative; width: 100%; height: 150px;
  border: 1px solid #C8C8C8; overflow: hidden; break-inside: avoid; background: #EEF0E6;
  font-family: 'Liberation Sans', Arial, sans-serif; }
div.leaflet-container svg { position: absolute; left: 0; top: 0; width: 100%; height: 100%; }
div.leaflet-zoom { position: absolute; left: 10px; top: 10px; border: 2px solid #BBBBBB;
  border-radius: 4px; background: #FFFFFF; }
div.leaflet-zoom a { display: block; width: 22px; height: 22px; line-height: 22px;
  text-align: center; font: bold 13px 'Liberation Sans', Arial, sans-serif; color: #333333;
  text-decoration: none; }
div.leaflet-zoom a + a { border-top: 1px solid #CCCCCC; }
div.leaflet-scale { position: absolute; left: 10px; bottom: 6px; width: 60px;
  border: 2px solid #777777; border-top: none; font-size: 7pt; color: #333333;
  background: rgba(255, 255, 255, 0.5); padding: 0 3px; line-height: 1.1; }
div.leaflet-attribution { position: absolute; right: 0; bottom: 0; font-size: 6.5pt;
  color: #333333; background: rgba(255, 255, 255, 0.8); padding: 0 5px; line-height: 1.4; }
div.leaflet-attribution a { color: inherit; text-decoration: none; }
div.leaflet-popup { position: absolute; left: 50%; top: 8px; transform: translateX(-50%);
  background: #FFFFFF; border-radius: 6px; box-shadow: 0 3px 14px rgba(0, 0, 0, 0.4);
  padding: 7px 22px 7px 10px; min-width: 150px; }
div.leaflet-popup::after { content: ""; position: absolute; left: 50%; bottom: -8px;
  margin-left: -8px; border: 8px solid transparent; border-bottom: none;
  border-top-color: #FFFFFF; }
div.leaflet-popup a.close { position: absolute; right: 6px; top: 3px; font-size: 8pt;
  color: #999999; text-decoration: none; }
div.leaflet-popup b { display: block; font-size: 8pt; }
div.leaflet-popup span { display: block; font-size: 7.5pt; }
div.loc-pied { font-size: 7pt; color: #777777; margin: 3px 0 6px; }
"""
)

# the tiles: land, a river, roads on a casing, a dashed boundary, the marker pin; no text
_MAP_SVG = (
    "<svg viewBox='0 0 680 150' preserveAspectRatio='none' xmlns='http://www.w3.org/2000/svg'>"
    "<rect width='680' height='150' fill='#EEF0E6'/>"
    "<path d='M0 118 C90 96 150 132 240 112 S390 70 470 92 S610 128 680 104' fill='none'"
    " stroke='#AAD3DF' stroke-width='7'/>"
    "<path d='M40 0 L190 78 L330 88 L520 150 M330 88 L410 0 M190 78 L120 150' fill='none'"
    " stroke='#D9CFA6' stroke-width='6'/>"
    "<path d='M40 0 L190 78 L330 88 L520 150 M330 88 L410 0 M190 78 L120 150' fill='none'"
    " stroke='#FFFFFF' stroke-width='4'/>"
    "<path d='M70 30 L230 14 L470 24 L610 64 L560 138 L300 146 L90 128 Z' fill='none'"
    " stroke='#9E7FB8' stroke-width='2' stroke-dasharray='8 5'/>"
    "<path d='M340 112 C332 100 328 94 328 88 A12 12 0 1 1 352 88 C352 94 348 100 340 112 Z'"
    " fill='#2A81CB' stroke='#1B5E94' stroke-width='1'/>"
    "<circle cx='340' cy='88' r='4.5' fill='#FFFFFF'/>"
    "</svg>"
)

_WIDGET = [
    "<div class='loc-titre'>Localisation</div>",
    "<div class='leaflet-container'>",
    _MAP_SVG,
    "<div class='leaflet-zoom'><a href='#'>+</a><a href='#'>−</a></div>",
    "<div class='leaflet-popup'><a class='close' href='#'>×</a>"
    "<b>Lieu de l'action</b><span>Territoire du Grand Auch Cœur de Gascogne</span>"
    "<span>34 communes — 32000 Auch</span></div>",
    "<div class='leaflet-scale'>2 km</div>",
    "<div class='leaflet-attribution'><a href='#'>Leaflet</a> | © les contributeurs"
    " d'<a href='#'>OpenStreetMap</a></div>",
    "</div>",
    "<div class='loc-pied'>Carte interactive · Agrandir la carte</div>",
]


def _fields(block: Block) -> list[str]:
    """The fields' ``table.kv``, then the locator-map widget."""
    return _kv_fields(block) + _WIDGET


def _impl(block: Block) -> list[str]:
    return steps_table(block, "etapes", ETAPES_WIDTHS, lambda c, label, value: br_paragraphs(value))


def plan_html_carte() -> str:
    """The seed as a projects page with a locator map after each fiche's fields."""
    return _flowing_page(_CSS, _fields, _impl)
