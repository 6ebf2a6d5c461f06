"""A town's page printed with its « Espacement du texte » accessibility setting ON (two-
hundred-and-seventh held-out set, ``plan_html_respiration``): the WCAG 1.4.12 (RGAA 10.12)
text-spacing overrides (:data:`SPACING_RULES`) — every element's letters 0.12 em apart, its
word spaces 0.16 em wider, its lines 1.5 × the type size apart, every ``<p>`` followed by
2 em — appended to the page's CSS; lines and pages so breaking elsewhere.

Everything else flows as ``plan_html_inlabel``'s page (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: the fields a ``table.kv``, each steps table a
``table.etapes``). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

SPACING_RULES = (
    "* { line-height: 1.5 !important; letter-spacing: 0.12em !important;"
    " word-spacing: 0.16em !important; }\n"
    "p { margin-bottom: 2em !important; }\n"
)
_CSS = ETAPES_PAGE_CSS + SPACING_RULES


def plan_html_respiration() -> str:
    """The seed as the site's page, its text spaced by the WCAG text-spacing overrides."""
    return etapes_page(_CSS, br_paragraphs, lambda column: False)
