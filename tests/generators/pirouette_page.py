"""A town's page whose fiche headings are written as the state's design system writes a
card's title and detail (two-hundred-and-forty-second held-out set, ``plan_html_pirouette``):
the page (:func:`plan_html_pirouette`) is ``plan_html_sentier``'s (:func:`tests.generators.
site_body.etapes_page` on ``ETAPES_PAGE_CSS``: the fields a ``table.kv``, each steps table a
``table.etapes``), but each fiche heading the seed gives on TWO lines is a
``<div class="fiche-tete">`` (:func:`card_heading`) holding the « Objectif opérationnel : … »
line as an ``<h3>`` FIRST and the « FICHE n » line AFTER it as a ``<p class="detail">``, the
detail shown ABOVE the title by ``order: -1`` in a flex column (:data:`PIROUETTE_CSS`), styled
as the page's ``<h3>`` — so that screen readers hear the title first. The page prints as
``sentier``'s two heading lines; Chromium's tags (always written, in the DOM's order) give
the objective before its number while its content stream draws the number first. A heading
the seed gives on one line stays one ``<h3>``.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _h
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

# the card heading: a flex column, its detail (the fiche number) put above its title, 4 px
# over it as ``sentier``'s « FICHE n » ``<h3>`` is over the next (amended once: the first
# print had no gap there, every card 3 pt shorter than ``sentier``'s two lines)
PIROUETTE_CSS = """
div.fiche-tete { display: flex; flex-direction: column; margin: 14px 0 4px; }
div.fiche-tete h3 { margin: 0; }
div.fiche-tete p.detail { order: -1; margin: 0 0 4px; font-size: 11.5pt; font-weight: bold;
  color: #1F4E79; }
"""


def card_heading(number: str, title: str) -> str:
    """A two-line fiche heading as a card's: the title ``<h3>`` first, the ``number`` after
    it, shown above it."""
    return f"<div class='fiche-tete'><h3>{_h(title)}</h3><p class='detail'>{_h(number)}</p></div>"


def plan_html_pirouette() -> str:
    """The seed as ``plan_html_sentier``'s page, each two-line fiche heading a card's."""
    from tests.generators.seed001 import load_seed

    page = etapes_page(ETAPES_PAGE_CSS + PIROUETTE_CSS, br_paragraphs, lambda column: True)
    count = 0
    for block in load_seed():
        if block.kind != "fiche" or len(block.lines) != 2:
            continue
        number, title = block.lines
        plain = f"<h3>{_h(number)}</h3>\n<h3>{_h(title)}</h3>"
        assert page.count(plain) == 1, number
        page = page.replace(plain, card_heading(number, title))
        count += 1
    assert count == 9, count  # three headings the seed gives on one line
    return page


__all__ = ["PIROUETTE_CSS", "card_heading", "plan_html_pirouette"]
