"""A town's page whose theme sets a TIGHT TRACKING (two-hundred-and-first held-out set,
``plan_html_serrage``): the designer's « typographie serrée », ``body, body * {
letter-spacing: -0.03em; word-spacing: -0.08em; }`` (:data:`TIGHT_RULE`), so every
character of every element is set 0.03 em closer to the next and every space 0.11 em
narrower in all, lines holding a little more text.

Everything else flows as ``plan_html_inlabel``'s page (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: the fields a ``table.kv``, each steps table a
``table.etapes``). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

TIGHT_RULE = "body, body * { letter-spacing: -0.03em; word-spacing: -0.08em; }"
_CSS = ETAPES_PAGE_CSS + TIGHT_RULE + "\n"


def plan_html_serrage() -> str:
    """The seed as the site's page, its letters and words set tight."""
    return etapes_page(_CSS, br_paragraphs, lambda column: False)
