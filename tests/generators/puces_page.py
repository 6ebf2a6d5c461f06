"""A community's site page whose contributors enter VALUES AS BULLETED LISTS and whose
theme's CSS RESET strips lists of their indent (hundred-and-fourth held-out set,
``plan_html_puces``), printed from the browser.

The seed flows as ``plan_html_inlabel``'s page (the fields a ``table.kv``, each steps table
a ``table.etapes``), plus ``ul, ol { margin: 0; padding: 0; }``: the list items keep the
default ``list-style: disc outside``, so every disc marker hangs left of its item's box,
outside its cell. Every non-empty field value and every non-empty steps value but the step
name is a ``<ul>`` of one ``<li>`` per paragraph. Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_page, tagged_paragraphs

_CSS = (
    ETAPES_PAGE_CSS
    + """\
ul, ol { margin: 0; padding: 0; }
"""
)


def bullets(value: str) -> str:
    """A value as the editor's bulleted list: one ``<li>`` a paragraph, nothing if empty."""
    return tagged_paragraphs(value, "<ul>", "li", "</ul>")


def plan_html_puces() -> str:
    """The seed as a site page whose values are bulleted lists hanging out of their cells."""
    return etapes_page(_CSS, bullets, lambda c: c > 0)
