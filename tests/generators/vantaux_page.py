"""A site page whose theme sets every LONG-TEXT FIELD IN TWO COLUMNS (hundred-and-fifty-sixth
held-out set, ``plan_html_vantaux``): the CMS's « texte long » field formatter wraps its output
in ``<div class="texte-long">``, and the stylesheet gives that class ``column-count: 2`` with
a column rule, for the long descriptions of its full-width pages; the fields and the steps'
descriptions are long-text fields too, so each field value and each « Descriptif » cell's
text flows in two balanced newspaper columns INSIDE ITS CELL.

The seed flows as ``plan_html_inlabel``'s page does (``ETAPES_PAGE_CSS``, the fields a
``table.kv``, each steps table a ``table.etapes``). Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _h
from tests.generators.seed001 import _paragraphs
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_page

DESCRIPTION = 1  # the steps column of long-text values (« Descriptif »)
RULE = "#C8C8C8"
_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
div.texte-long {{ column-count: 2; column-gap: 1.5em; column-rule: 1px solid {RULE}; }}
div.texte-long p {{ margin: 0 0 3px; }}
"""
)


def long_text(value: str) -> str:
    """A long-text value as the field formatter writes it: its paragraphs as ``<p>`` in a
    ``div.texte-long``; nothing for an empty value."""
    parts = _paragraphs(value)
    if not parts:
        return ""
    return "<div class='texte-long'>" + "".join(f"<p>{_h(p)}</p>" for p in parts) + "</div>"


def plan_html_vantaux() -> str:
    """The seed as the theme's page, every long-text value in two columns in its cell."""
    return etapes_page(_CSS, long_text, lambda c: c == DESCRIPTION)
