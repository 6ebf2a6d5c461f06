"""A town's page whose theme SPACES OUT THE LETTERS OF EVERY HEADING (hundred-and-ninety-fifth
held-out set, ``plan_html_souffle``): the « interlettrage » of display titles, ``h1, h2, h3,
h4 { letter-spacing: 0.2em; }`` (:data:`_CSS`): after every glyph of a heading — letters,
digits, punctuation and spaces alike — a fifth of an em more, so its letters stand apart and
its word gaps widen by as much, the lines broken by layout at those wider widths.

Everything else flows as ``plan_html_inlabel``'s page (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: the fields a ``table.kv``, each steps table a
``table.etapes``), untouched. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

TRACKING = "0.2em"
_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
h1, h2, h3, h4 {{ letter-spacing: {TRACKING}; }}
"""
)


def plan_html_souffle() -> str:
    """The seed as the site's page, its headings' letters spaced out."""
    return etapes_page(_CSS, br_paragraphs, lambda column: False)
