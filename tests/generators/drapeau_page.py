"""A commune's site whose theme EDGES EACH FICHE WITH A TRICOLOUR STRIP (hundred-and-ninetieth
held-out set, ``plan_html_drapeau``): each fiche, from its first ``<h3>`` heading line to the
end of its steps table (up to the next axis, objective, section or fiche heading), wrapped in
one ``div.fiche`` (:func:`_fiches`) whose only border, a 6 px left one, is painted by a
``border-image`` of a vertical hard-stop gradient in the flag's three colours
(:data:`STRIP`, :data:`_CSS`); the box sliced by the page breaks it runs over.

Everything else flows as ``plan_html_inlabel``'s page (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: the fields a ``table.kv``, each steps table a
``table.etapes``, each value's paragraphs one a line). Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

BLUE, WHITE, RED = "#000091", "#FFFFFF", "#E1000F"
STRIP = f"linear-gradient(180deg, {BLUE} 0 33.33%, {WHITE} 33.33% 66.67%, {RED} 66.67% 100%) 1"

_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
div.fiche {{ border-style: solid; border-width: 0 0 0 6px; border-image: {STRIP};
  padding: 4px 0 4px 14px; margin: 14px 0; }}
"""
)


def _fiches(html: str) -> str:
    """``html`` with each fiche — from the first of its ``<h3>`` heading lines to the next
    fiche's, the next ``<h1>`` / ``<h2>`` or the body's end — inside one ``div.fiche``."""
    out: list[str] = []
    open_ = False
    previous = ""
    for line in html.split("\n"):
        if line.startswith("<h3>") and not previous.startswith("<h3>"):
            if open_:
                out.append("</div>")
            out.append("<div class='fiche'>")
            open_ = True
        elif open_ and line.startswith(("<h1>", "<h2>", "</body>")):
            out.append("</div>")
            open_ = False
        out.append(line)
        previous = line
    return "\n".join(out)


def plan_html_drapeau() -> str:
    """The seed as the site's page, each fiche edged with a tricolour left strip."""
    return _fiches(etapes_page(_CSS, br_paragraphs, lambda column: False))


__all__ = ["BLUE", "RED", "STRIP", "WHITE", "plan_html_drapeau"]
