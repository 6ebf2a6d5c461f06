"""A town's page whose CSS framework breaks words ANYWHERE in table cells (two-hundred-and-
fourth held-out set, ``plan_html_rognure``): a « text-break » utility against overflowing
cells, ``td, th { word-break: break-all; }`` (:data:`BREAK_RULE`), so in every cell of the
fields tables and steps tables a line ends where the cell is full, at any letter, a word cut
in two with no hyphen; headings and paragraphs outside the tables broken at spaces as before.

Everything else flows as ``plan_html_inlabel``'s page (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: the fields a ``table.kv``, each steps table a
``table.etapes``). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

BREAK_RULE = "td, th { word-break: break-all; }"
_CSS = ETAPES_PAGE_CSS + BREAK_RULE + "\n"


def plan_html_rognure() -> str:
    """The seed as the site's page, its table cells' words broken at any letter."""
    return etapes_page(_CSS, br_paragraphs, lambda column: False)
