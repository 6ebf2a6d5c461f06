"""A collectivité's page whose CMS fiche template's « MODE D'EMPLOI » BOX WAS LEFT IN EVERY
FICHE (two-hundred-and-thirty-ninth held-out set, ``plan_html_livret``), as an editor builds
each fiche from the site's « Fiche action » block template and publishes it without removing
the template's help box: the page (:func:`plan_html_livret`) is ``plan_html_inlabel``'s page
on ``ETAPES_PAGE_CSS`` (the fields a ``table.kv``, each steps table a ``table.etapes``
without the inline labels), but right after each fiche's heading lines, before its fields
table, stands the template's :data:`BOX` — a pale yellow ``div.aide`` with a dashed border
(:data:`AIDE_CSS`), an inline SVG « i » icon (no text), a bold « Mode d'emploi » line and
the three grey italic instruction lines of :data:`INSTRUCTIONS`.

Only the layout comes from here: every value is the seed's (the box is the template's, no
part of any label or value).
"""

from __future__ import annotations

from html import escape

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

TITLE = "Mode d'emploi"
INSTRUCTIONS = (
    "Renseignez chaque rubrique ; laissez vide une rubrique sans objet.",
    "Indiquez les montants en € HT et les échéances sous la forme AAAA ou AAAA-AAAA.",
    "Supprimez ce cadre avant la publication de la fiche.",
)
ICON = (
    "<svg class='picto' viewBox='0 0 16 16' aria-hidden='true' "
    "xmlns='http://www.w3.org/2000/svg'><circle cx='8' cy='8' r='7.5' fill='#BF9000'/>"
    "<rect x='7' y='7' width='2' height='5' fill='#FFFFFF'/>"
    "<rect x='7' y='3.6' width='2' height='2' fill='#FFFFFF'/></svg>"
)
BOX = (
    f"<div class='aide' role='note'>{ICON}<p class='titre'>{escape(TITLE)}</p>"
    + "".join(f"<p>{escape(line)}</p>" for line in INSTRUCTIONS)
    + "</div>"
)

# the template's help box: pale yellow, dashed border, the icon in its left padding
AIDE_CSS = """
div.aide { position: relative; margin: 4px 0 8px; padding: 5px 9px 6px 30px;
  background: #FFF9DB; border: 1px dashed #BF9000; color: #595959; font-style: italic;
  font-size: 8pt; }
div.aide p { margin: 0 0 2px; }
div.aide p.titre { font-style: normal; font-weight: bold; color: #7F6000; font-size: 8.5pt; }
div.aide svg.picto { position: absolute; left: 9px; top: 6px; width: 13px; height: 13px; }
"""


def boxed_fields(block: Block) -> list[str]:
    """The template's « Mode d'emploi » box, then the fiche's ``table.kv``."""
    return [BOX, *_kv_fields(block)]


def plan_html_livret() -> str:
    """The seed as the site's page, the template's help box left before each fields table."""
    return _flowing_page(ETAPES_PAGE_CSS + AIDE_CSS, boxed_fields, etapes_table)


__all__ = ["AIDE_CSS", "BOX", "INSTRUCTIONS", "boxed_fields", "plan_html_livret"]
