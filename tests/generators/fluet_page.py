"""A town's page built with a front-end tool whose default stylesheet sets ``font-synthesis:
none`` and whose theme loads ONE face of its webfont, the regular only (two-hundred-and-
eighth held-out set, ``plan_html_fluet``): :data:`FONT_RULES` — ``@font-face`` « Site »
(``local("Liberation Sans")``, weight 400, upright) for the whole page — so the browser,
asked for bold and forbidden to synthesize it, PRINTS NO BOLD AT ALL: headings, labels, the
steps' header labels, every ``<b>`` and ``<th>`` in the regular face, one font in the PDF.

Everything else flows as ``plan_html_inlabel``'s page (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: the fields a ``table.kv``, each steps table a
``table.etapes``). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

FACE = "Site"
FONT_RULES = (
    f'@font-face {{ font-family: "{FACE}"; src: local("Liberation Sans"); font-weight: 400;'
    " font-style: normal; }\n"
    ":root { font-synthesis: none; }\n"
    f'body {{ font-family: "{FACE}", sans-serif; }}\n'
)
_CSS = ETAPES_PAGE_CSS + FONT_RULES


def plan_html_fluet() -> str:
    """The seed as the site's page, in a regular-only webfont never made bold."""
    return etapes_page(_CSS, br_paragraphs, lambda column: False)


__all__ = ["FACE", "FONT_RULES", "plan_html_fluet"]
