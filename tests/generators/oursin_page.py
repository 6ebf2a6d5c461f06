"""A site's page printed as a deliberation's annex TO BE INITIALLED PAGE BY PAGE
(two-hundred-and-forty-seventh held-out set, ``plan_html_oursin``): the page
(:func:`plan_html_oursin`) is ``plan_html_chapitrage``'s page without its outline
(:func:`tests.generators.site_body.etapes_page` on ``ETAPES_PAGE_CSS``), but its template
(:data:`CSS`) reserves the right margin for the signatories' initials: the ``@page`` right
margin :data:`PAGE_RIGHT` and the body padded :data:`PADDING` right (the text column as wide
as before), and a ``div.paraphe`` (:data:`BOX`) in ``position: fixed`` at the bottom-right
of the page's content box — « Paraphe : » over an empty space in a thin navy frame —, which
Chromium prints on every page (a fixed box in the ``@page`` margin itself is clipped away,
as the throwaway probe showed).

Only the layout comes from here: every value is the seed's (the boxes are page furniture,
no part of any label or value).
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

PAGE_RIGHT = "3mm"
PADDING = "12mm"
NAVY = "#1F3864"
CSS = (
    f"@page {{ size: A4; margin: 15mm {PAGE_RIGHT} 15mm 15mm; }}\n"
    f"body {{ padding-right: {PADDING}; }}\n"
    "div.paraphe { position: fixed; right: 0; bottom: 0; width: 10mm; height: 13mm;"
    f" box-sizing: border-box; border: 0.75pt solid {NAVY}; color: {NAVY};"
    " font-size: 6.5pt; text-align: center; padding-top: 1mm; background: #FFFFFF; }\n"
)
BOX = "<div class='paraphe'>Paraphe :</div>"


def initialled(html: str) -> str:
    """``html`` with the margin rules and the fixed « Paraphe » box added."""
    if html.count("</style>") != 1 or html.count("<body>") != 1:
        raise ValueError("one stylesheet and one <body> expected")
    return html.replace("</style>", CSS + "</style>").replace("<body>", "<body>" + BOX)


def plan_html_oursin() -> str:
    """The seed as the site's page, a « Paraphe » box on every printed page."""
    return initialled(etapes_page(ETAPES_PAGE_CSS, br_paragraphs, lambda column: False))


__all__ = ["BOX", "CSS", "initialled", "plan_html_oursin"]
