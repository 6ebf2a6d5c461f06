"""A town's page whose roadmap plug-in draws a MINI TIMELINE UNDER EVERY PLANNING VALUE
(two-hundred-and-forty-third held-out set, ``plan_html_viaduc``): ``plan_html_sentier``'s
page (:func:`tests.generators.site_body.etapes_page` on ``ETAPES_PAGE_CSS``), but in every
steps table each « Planification » body cell holds, after its value's lines, a
``div.frise`` (:data:`FRISE_CSS`): five empty ``<span>`` segments, one a year of
:data:`YEARS` (the year only in the ``title`` attribute, not printed), those the value
covers (:func:`covered`) filled :data:`ON`, the others :data:`OFF`. Printed by the headless
command line like the other pages.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.plan_html import _flowing_page, th_fields
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_table

YEARS = (2019, 2020, 2021, 2022, 2023)  # the frise's five segments
ON, OFF = "#2E75B6", "#E7E6E6"
PLANNING = 2  # 0-based: the « Planification » column

FRISE_CSS = f"""
div.frise {{ display: flex; height: 5px; margin-top: 3px; }}
div.frise span {{ flex: 1; background: {OFF}; border-right: 1px solid #FFFFFF; }}
div.frise span:last-child {{ border-right: 0; }}
div.frise span.on {{ background: {ON}; }}
"""


def covered(value: str) -> set[int]:
    """The years of :data:`YEARS` a planning value covers: each year it names, every year
    between two it names, every year from it to the last after « et + »."""
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", value)]
    if not years:
        return set()
    last = YEARS[-1] if "et +" in value else max(years)
    return {y for y in YEARS if min(years) <= y <= last}


def frise(value: str) -> str:
    """The mini timeline of a planning value (nothing when it names no year)."""
    years = covered(value)
    if not years:
        return ""
    spans = "".join(
        f"<span class='on' title='{y}'></span>" if y in years else f"<span title='{y}'></span>"
        for y in YEARS
    )
    return f"<div class='frise'>{spans}</div>"


def _cell(column: int, label: str, value: str) -> str:
    text = br_paragraphs(value)
    return text + frise(value) if column == PLANNING else text


def plan_html_viaduc() -> str:
    """The seed as ``plan_html_sentier``'s page, a mini timeline under each planning value."""
    return _flowing_page(
        ETAPES_PAGE_CSS + FRISE_CSS,
        lambda block: th_fields(block, td=br_paragraphs),
        lambda block: etapes_table(block, cell=_cell),
    )


__all__ = ["FRISE_CSS", "OFF", "ON", "YEARS", "covered", "frise", "plan_html_viaduc"]
