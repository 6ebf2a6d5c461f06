"""A town's page whose FIELDS TABLES ARE FLOATED RIGHT (two-hundred-and-fourteenth held-out
set, ``plan_html_habillage``), as CKEditor's table property « Alignement : droite » writes
them: the page (:func:`plan_html_habillage`) is ``plan_html_inlabel``'s
(:func:`tests.generators.site_body.etapes_page` on ``ETAPES_PAGE_CSS``), but every
``table.kv`` floated right at 58 % of the column (:data:`FLOATED`), so the heading that
follows it (« Modalités de mise en oeuvre ») flows at its left, level with its first rows,
and the steps ``table.etapes`` (100 % wide) is placed under it.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

# CKEditor's « Alignement : droite » on a table (``align="right"``), its width 58 %
FLOATED = """
table.kv { float: right; width: 58%; margin: 0 0 6px 12px; }
"""


def plan_html_habillage() -> str:
    """The seed as the site's page, its fields tables floated right."""
    return etapes_page(ETAPES_PAGE_CSS + FLOATED, br_paragraphs, lambda column: False)


__all__ = ["FLOATED", "plan_html_habillage"]
