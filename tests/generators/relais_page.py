"""A town's page whose CMS CLOSES EVERY FICHE WITH A « FICHE PRÉCÉDENTE / FICHE SUIVANTE »
NAVIGATION LINE (two-hundred-and-fortieth held-out set, ``plan_html_relais``):
``plan_html_sentier``'s page (:func:`tests.generators.site_body.etapes_page` on
``ETAPES_PAGE_CSS``) unchanged, as a site whose fiches are pages of one « programme
d'actions » prints them on one page: each fiche's first ``<h3>`` given an ``id``
(« fiche-1-1-1 »), and right after the fiche's steps table a ``<nav class="fiches">``
(:data:`NAV_CSS`: a flex row, 8 pt, a thin rule above) holding at the left « ‹ Fiche
précédente : voir fiche n° <code> » and at the right « Fiche suivante : voir fiche n°
<code> › », links to the fiches' anchors (:func:`nav_line`); the first fiche's line without
the left link, the last fiche's without the right one. Printed by the headless command line.

Only the layout comes from here: every value is the seed's (the codes are the fiche
headings').
"""

from __future__ import annotations

import re

from tests.generators.plan_html import _h
from tests.generators.seed001 import load_seed
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

CODE = re.compile(r"^FICHE (\d+(?:[.,]\d+)*)")
NAV_CSS = """\
nav.fiches { display: flex; justify-content: space-between; border-top: 1px solid #CCCCCC;
  margin: 4pt 0 12pt; padding-top: 4pt; font-size: 8pt; }
nav.fiches a { color: #0B5CAD; text-decoration: underline; }
"""
STEPS_TABLE = "<table class='etapes'>"


def anchor(code: str) -> str:
    """The fiche's anchor: « fiche-1-1-1 »."""
    return "fiche-" + re.sub(r"[.,]", "-", code)


def nav_line(previous: str | None, following: str | None) -> str:
    """The navigation line closing a fiche, links to ``previous`` and ``following``'s
    anchors (an empty ``<span>`` for a missing one)."""
    left = (
        f"<a href='#{anchor(previous)}'>‹ Fiche précédente : voir fiche n° {previous}</a>"
        if previous
        else "<span></span>"
    )
    right = (
        f"<a href='#{anchor(following)}'>Fiche suivante : voir fiche n° {following} ›</a>"
        if following
        else "<span></span>"
    )
    return f"<nav class='fiches'>{left}{right}</nav>"


def plan_html_relais() -> str:
    """The seed as ``plan_html_sentier``'s page, each fiche closed by its navigation line."""
    page = etapes_page(ETAPES_PAGE_CSS, br_paragraphs, lambda column: True)
    page = page.replace("</style>", NAV_CSS + "</style>", 1)
    first_lines = [block.lines[0] for block in load_seed() if block.kind == "fiche"]
    codes = []
    for line in first_lines:
        match = CODE.match(line)
        if match is None:
            raise ValueError(f"no fiche code in {line!r}")
        codes.append(match.group(1))
    start = 0
    for index, (line, code) in enumerate(zip(first_lines, codes, strict=True)):
        heading = f"<h3>{_h(line)}"
        if page.count(heading) != 1:
            raise ValueError(f"fiche heading not found once: {line!r}")
        at = page.index(heading, start)
        page = page[:at] + f"<h3 id='{anchor(code)}'>" + page[at + len("<h3>") :]
        steps = page.index(STEPS_TABLE, at)
        end = page.index("</table>", steps) + len("</table>")
        following = page.find("<h3>FICHE ", at + 1)
        if following != -1 and following < end:
            raise ValueError(f"fiche {code} has no steps table of its own")
        previous_code = codes[index - 1] if index > 0 else None
        next_code = codes[index + 1] if index + 1 < len(codes) else None
        page = page[:end] + "\n" + nav_line(previous_code, next_code) + page[end:]
        start = end
    return page


__all__ = ["NAV_CSS", "anchor", "nav_line", "plan_html_relais"]
