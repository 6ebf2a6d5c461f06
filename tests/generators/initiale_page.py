"""A site whose editorial theme gives every field value a drop cap (two-hundred-and-ninth
held-out set, ``plan_html_initiale``): :data:`INITIALE`, ``initial-letter: 2`` on the
``::first-letter`` of every ``table.kv`` value cell (bold, #1F4E79), so Chromium sinks each
value's first letter (a digit as well) over its first two lines, the rest of its first word
starting right of it and the value's first two lines indented by the drop cap's width.

The seed flows as ``plan_html_inlabel``'s page does (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: fields a ``table.kv``, steps a ``table.etapes``);
labels, headings, steps tables, rules, sizes and flow otherwise unchanged, no text added. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

INITIALE = (
    "table.kv td::first-letter { initial-letter: 2; font-weight: bold; color: #1F4E79;"
    " margin-right: 2px; }\n"
)

CSS = ETAPES_PAGE_CSS + INITIALE


def plan_html_initiale() -> str:
    """The seed as the site's printed page, every field value opened by a drop cap."""
    return etapes_page(CSS, br_paragraphs, lambda column: False)
