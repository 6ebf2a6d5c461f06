"""A commune's page whose 2000s theme, written for Internet Explorer, still justifies its text
« distributed » (hundred-and-ninety-ninth held-out set, ``plan_html_epars``): ``p, td {
text-align: justify; text-justify: distribute; }`` (:data:`_CSS`), the legacy IE value
Chromium reads as ``inter-character``, so every line of every paragraph and table value but
the last is stretched to the full width by spreading its LETTERS as well as its words;
headings and ``<th>`` labels untouched.

Everything else flows as ``plan_html_inlabel``'s page (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: the fields a ``table.kv``, each steps table a
``table.etapes``), untouched; no text added. Only the layout comes from here: every value is
the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

JUSTIFY = "distribute"  # text-justify's legacy IE value (Chromium: inter-character)
_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
p, td {{ text-align: justify; text-justify: {JUSTIFY}; }}
"""
)


def plan_html_epars() -> str:
    """The seed as the site's page, its paragraphs and values justified letter by letter."""
    return etapes_page(_CSS, br_paragraphs, lambda column: False)


__all__ = ["JUSTIFY", "plan_html_epars"]
