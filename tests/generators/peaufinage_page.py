"""A site whose theme's CSS reset wraps text « pretty » (two-hundred-and-sixth held-out set,
``plan_html_peaufinage``): :data:`PEAUFINAGE`, the 2024 resets' ``text-wrap: pretty`` on
every paragraph, list item and table cell, so Chromium re-breaks each multi-line label, value
and step cell to avoid a lone short last word, its last line breaks a word or more earlier.

The seed flows as ``plan_html_inlabel``'s page does (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: fields a ``table.kv``, steps a ``table.etapes``);
headings, rules, sizes, widths and flow otherwise unchanged, no text added. Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

PEAUFINAGE = "p, li, td, th { text-wrap: pretty; }\n"

CSS = ETAPES_PAGE_CSS + PEAUFINAGE


def plan_html_peaufinage() -> str:
    """The seed as the site's printed page, every paragraph and cell wrapped « pretty »."""
    return etapes_page(CSS, br_paragraphs, lambda column: False)
