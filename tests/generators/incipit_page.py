"""A community's site page whose theme sets the OPENING LINE OF EVERY LONG TEXT as a
magazine « lead-in », in bold small capitals (hundred-and-seventh held-out set,
``plan_html_incipit``), printed from the browser.

The seed flows as ``plan_html_inlabel``'s page (the fields a ``table.kv``, each steps table
a ``table.etapes``); every non-empty field value and every « Descriptif » value is a
``<div class="texte">`` of one ``<p>`` a paragraph (the site's long-text fields), the other
steps values their paragraphs one a line. The theme's rule
``.texte p:first-child::first-line`` prints the first printed line of each such value in
bold small capitals, slightly spaced. Only the layout comes from here: every value is the
seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_page, tagged_paragraphs

_CSS = (
    ETAPES_PAGE_CSS
    + """\
.texte p { margin: 0 0 3px; }
.texte p:first-child::first-line { font-weight: bold; font-variant: small-caps;
  letter-spacing: 0.03em; }
"""
)


def texte(value: str) -> str:
    """A long-text value: a ``div.texte`` of one ``<p>`` a paragraph, nothing if empty."""
    return tagged_paragraphs(value, "<div class='texte'>", "p", "</div>")


def plan_html_incipit() -> str:
    """The seed as a site page whose long texts open with a bold small-capitals line."""
    return etapes_page(_CSS, texte, lambda c: c == 1)
