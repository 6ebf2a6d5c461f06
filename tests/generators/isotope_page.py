"""A collectivité's page whose CMS editor wrote each « CO2 » WITH THE « INDICE » BUTTON
(two-hundred-and-thirty-sixth held-out set, ``plan_html_isotope``): the page
(:func:`plan_html_isotope`) is ``plan_html_sentier``'s (printed without its document
outline), every « CO2 » of the seed written « CO<sub>2</sub> », the ``<sub>`` on Chromium's
default style (``vertical-align: sub; font-size: smaller``, no rule of the page for it):
fiche 1.4.2's « Contexte » cell once and its « Indicateurs » cell twice.

Only the layout comes from here: every value is the seed's (the printed form of « CO2 »
changes, not its characters).
"""

from __future__ import annotations

import re

FORMULA = re.compile(r"\bCO2\b")
COUNT = 3  # the seed's « CO2 », all in fiche 1.4.2


def plan_html_isotope() -> str:
    """The seed as ``plan_html_sentier``'s page, each « CO2 » with a ``<sub>`` digit."""
    from tests.generators.sentier_page import plan_html_sentier

    page = plan_html_sentier()
    body = page.index("<body")
    out, count = FORMULA.subn("CO<sub>2</sub>", page[body:])
    assert count == COUNT, count
    return page[:body] + out


__all__ = ["COUNT", "plan_html_isotope"]
