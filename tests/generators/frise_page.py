"""A community's projects portal whose every project page shows, ABOVE ITS STEPS TABLE, AN
« AVANCEMENT DU PROJET » STEPPER WIDGET (ninety-first held-out set, ``plan_html_frise``):
between « Modalités de mise en oeuvre » and the table, numbered round badges joined by a
line, one a step of the fiche, THE STEP'S NAME under each badge, then its status — « En
cours » for the first step, « À venir » for the others.

The seed flows as ``plan_html_carte``'s page without its map, the fields a ``table.kv``, each
steps table a ``table.etapes``. Only the layout comes from here: every value is the seed's
(the widget's numbers, names and statuses are not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

GREEN = "#2E6B3A"

_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
div.frise {{ break-inside: avoid; margin: 4px 0 8px; }}
div.frise-titre {{ font-size: 8.5pt; font-weight: bold; color: {GREEN}; margin: 0 0 4px; }}
ol.stepper {{ display: flex; list-style: none; margin: 0; padding: 0; }}
ol.stepper li {{ flex: 1; position: relative; text-align: center; padding: 0 4px; }}
ol.stepper li + li::before {{ content: ""; position: absolute; top: 9px; left: -50%;
  width: 100%; height: 2px; background: #B5C9B9; z-index: 0; }}
ol.stepper span.badge {{ position: relative; z-index: 1; display: inline-block;
  box-sizing: border-box; width: 20px; height: 20px; line-height: 16px; border-radius: 50%;
  border: 2px solid {GREEN}; background: #FFFFFF; color: {GREEN}; font-size: 8.5pt;
  font-weight: bold; }}
ol.stepper li.current span.badge {{ background: {GREEN}; color: #FFFFFF; }}
ol.stepper span.nom {{ display: block; font-size: 8pt; color: #1E1E1E; margin-top: 3px; }}
ol.stepper span.statut {{ display: block; font-size: 7pt; color: #777777; margin-top: 1px; }}
ol.stepper li.current span.statut {{ font-weight: bold; color: {GREEN}; }}
"""
)


def _stepper(block: Block) -> list[str]:
    """The « Avancement du projet » widget: a badge, the name and a status a step."""
    items = []
    for k, row in enumerate(block.rows, start=1):
        name = row[0] if row else ""
        current = k == 1
        css = " class='current'" if current else ""
        status = "En cours" if current else "À venir"
        items.append(
            f"<li{css}><span class='badge'>{k}</span><span class='nom'>{_h(name)}</span>"
            f"<span class='statut'>{status}</span></li>"
        )
    return [
        "<div class='frise'>",
        "<div class='frise-titre'>Avancement du projet</div>",
        "<ol class='stepper'>" + "".join(items) + "</ol>",
        "</div>",
    ]


def _impl(block: Block) -> list[str]:
    return _stepper(block) + etapes_table(block)


def plan_html_frise() -> str:
    """The seed as a projects portal with a stepper widget above each steps table."""
    return _flowing_page(_CSS, _kv_fields, _impl)
