"""A town's page whose theme still carries the DEVELOPER'S DEBUGGING RULE (hundred-and-
ninety-eighth held-out set, ``plan_html_treillis``): the classic « outline everything »
line, ``* { outline: 1px solid red; }`` (:data:`_CSS`), written to see the boxes of a layout
and never taken out, so every element — body, headings, paragraphs, tables, rows, cells,
inline runs — is printed boxed by a thin red outline just outside its border box, the boxes
overlapping on shared edges; outlines take no room, so nothing moves.

Everything else flows as ``plan_html_inlabel``'s page (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: the fields a ``table.kv``, each steps table a
``table.etapes``). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

DEBUG_RULE = "* { outline: 1px solid red; }"
_CSS = ETAPES_PAGE_CSS + DEBUG_RULE + "\n"


def plan_html_treillis() -> str:
    """The seed as the site's page, every element outlined in red."""
    return etapes_page(_CSS, br_paragraphs, lambda column: False)
