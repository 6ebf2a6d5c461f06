"""A collectivité's page whose editor SET EVERY PARENTHESISED ASIDE OF A VALUE IN ITALICS
(two-hundred-and-thirty-eighth held-out set, ``plan_html_digression``): the page
(:func:`plan_html_digression`) is ``plan_html_inlabel``'s page without its labels
(:func:`tests.generators.site_body.etapes_page` on ``ETAPES_PAGE_CSS``: the fields a
``table.kv``, each steps table a ``table.etapes``), but in those tables each « ( … ) » of a
value — brackets included, no bracket nor tag inside — is wrapped in an ``<em>``
(:func:`asides_in_italics`), which the theme's rule :data:`DIGRESSION_CSS` prints italic
:data:`ASIDE_COLOUR`; headings, sommaires and paragraphs unchanged.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

ASIDE_COLOUR = "#5F6B77"
DIGRESSION_CSS = f"""
table.kv em, table.etapes em {{ font-style: italic; color: {ASIDE_COLOUR}; }}
"""
ASIDE = re.compile(r"\([^()<>]*\)")
TABLE = re.compile(r"(<table class='(?:kv|etapes)'>)(.*?)(</table>)", re.S)
ASIDES = 21  # the seed's asides inside the fields' and steps' values


def asides_in_italics(html: str) -> str:
    """``html`` with every :data:`ASIDE` inside a ``table.kv`` or ``table.etapes`` wrapped
    in ``<em>``."""
    count = 0

    def table(match: re.Match[str]) -> str:
        nonlocal count

        def aside(m: re.Match[str]) -> str:
            nonlocal count
            count += 1
            return f"<em>{m.group()}</em>"

        return match.group(1) + ASIDE.sub(aside, match.group(2)) + match.group(3)

    out = TABLE.sub(table, html)
    if count != ASIDES:
        raise ValueError(f"{count} asides set in italics, {ASIDES} expected")
    return out


def plan_html_digression() -> str:
    """The seed as the site's page, every parenthesised aside of a value in italics."""
    page = etapes_page(ETAPES_PAGE_CSS + DIGRESSION_CSS, br_paragraphs, lambda column: False)
    return asides_in_italics(page)


__all__ = ["ASIDE_COLOUR", "DIGRESSION_CSS", "asides_in_italics", "plan_html_digression"]
