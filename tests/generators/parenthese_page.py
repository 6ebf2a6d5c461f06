"""A collectivité's page whose FICHE HEADINGS ARE LINKS AND WHOSE PRINT STYLESHEET PRINTS EACH
LINK'S ADDRESS AFTER IT (two-hundred-and-thirty-third held-out set, ``plan_html_parenthese``),
as Bootstrap-like themes do so that a printed page keeps its links: the page
(:func:`plan_html_parenthese`) is ``plan_html_inlabel``'s page on ``ETAPES_PAGE_CSS`` (the
fields a ``table.kv``, each steps table a ``table.etapes`` without the inline labels), but
each fiche's last heading line (the « Objectif opérationnel : … » ``<h3>``, or the whole
« FICHE n Objectif opérationnel : … » one when the seed gives one line) is its text in an
``<a href>`` to the fiche's page (:func:`address`: :data:`SITE` and a slug of the
objective's words), blue and underlined, and :data:`PARENTHESE_CSS`'s ``@media print`` rule
prints « (address) » after every link, 8 pt, not bold.

Only the layout comes from here: every value is the seed's (the printed addresses are not).
"""

from __future__ import annotations

import re
import unicodedata

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import load_seed
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

SITE = "https://www.grand-auch-coeur-gascogne.fr/pcaet/fiches/"
OBJECTIVE = "Objectif opérationnel :"
LINK = "#0055A4"

# the theme's links, and the print stylesheet's addresses after them
PARENTHESE_CSS = f"""
a {{ color: {LINK}; text-decoration: underline; }}
@media print {{
  a[href^="http"]::after {{ content: " (" attr(href) ")"; font-size: 8pt;
    font-weight: normal; }}
}}
"""


def slug(text: str) -> str:
    """``text``'s words lower-cased, unaccented (« œ » as « oe »), joined by hyphens."""
    text = text.replace("œ", "oe").replace("Œ", "Oe")
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", bare.lower()).strip("-")


def address(line: str) -> str:
    """The fiche page's address of a fiche's last heading line: :data:`SITE` and the slug of
    the words after « Objectif opérationnel : »."""
    assert OBJECTIVE in line, line
    return SITE + slug(line.split(OBJECTIVE, 1)[1])


def plan_html_parenthese() -> str:
    """The seed as the site's page, each fiche heading a link its address printed after."""
    page = _flowing_page(ETAPES_PAGE_CSS + PARENTHESE_CSS, _kv_fields, etapes_table)
    fiches = 0
    for block in load_seed():
        if block.kind != "fiche":
            continue
        line = block.lines[-1]
        heading = f"<h3>{_h(line)}</h3>"
        assert page.count(heading) == 1, line
        page = page.replace(heading, f"<h3><a href='{address(line)}'>{_h(line)}</a></h3>")
        fiches += 1
    assert fiches == 12, fiches
    return page


__all__ = ["PARENTHESE_CSS", "SITE", "address", "plan_html_parenthese", "slug"]
