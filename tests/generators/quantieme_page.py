"""A town site's page whose CMS renders each fiche's steps WITH ITS « AGENDA » TEMPLATE, the
one its events list uses (hundred-and-seventy-sixth held-out set, ``plan_html_quantieme``):
no steps table and no header row; under « Modalités de mise en oeuvre », a ``div.agenda`` of
one ``article.evt`` a step, each a flex row: at the left a DATE TILE (``div.quand``, 26 mm,
a #C8102E band holding the label « Planification » over the planning value in 12 pt bold
red), at the right (``div.quoi``) the step name as an ``<h5>``, the description's
paragraphs, and a ``dl.infos`` grid of the three other fields, an empty one left out
(:func:`agenda`).

Everything else flows as ``plan_html_inlabel``'s page (:func:`tests.generators.plan_html.
_flowing_page` on ``ETAPES_PAGE_CSS``, the fields a ``table.kv``). Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, th_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs

RED = "#C8102E"
TILE = "26mm"
INFOS = (3, 4, 5)  # the columns listed under the description: resources, owner, partners

_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
div.agenda {{ margin: 4px 0 12px; border-top: 2px solid {RED}; }}
article.evt {{ display: flex; gap: 12px; padding: 8px 0; border-bottom: 1px solid #D0D7DE; }}
div.quand {{ flex: 0 0 {TILE}; min-height: 17mm; border: 1px solid {RED};
  box-sizing: border-box; align-self: flex-start; }}
div.quand .mois {{ background: {RED}; color: #FFFFFF; font-size: 6.5pt; font-weight: bold;
  text-align: center; padding: 2px; }}
div.quand .jour {{ color: {RED}; font-size: 12pt; font-weight: bold; text-align: center;
  line-height: 1.15; padding: 4px 3px; }}
div.quoi {{ flex: 1; min-width: 0; }}
div.quoi h5 {{ font-size: 10pt; font-weight: bold; color: #1E1E1E; margin: 0 0 3px; }}
div.quoi p {{ font-size: 8.5pt; margin: 0 0 3px; }}
dl.infos {{ display: grid; grid-template-columns: 34mm 1fr; row-gap: 2px; margin: 5px 0 0;
  font-size: 8pt; color: #333333; }}
dl.infos dt {{ font-weight: bold; color: {RED}; }}
dl.infos dd {{ margin: 0; }}
"""
)


def event(header: list[str], row: list[str]) -> str:
    """One step as an agenda entry: the date tile, then name, description and the list."""
    value = [row[c] if c < len(row) else "" for c in range(len(header))]
    infos = "".join(
        f"<dt>{_h(header[c])}</dt><dd>{br_paragraphs(value[c])}</dd>"
        for c in INFOS
        if _paragraphs(value[c])
    )
    description = "".join(f"<p>{_h(p)}</p>" for p in _paragraphs(value[1]))
    return (
        "<article class='evt'>"
        f"<div class='quand'><div class='mois'>{_h(header[2])}</div>"
        f"<div class='jour'>{br_paragraphs(value[2])}</div></div>"
        f"<div class='quoi'><h5>{br_paragraphs(value[0])}</h5>{description}"
        + (f"<dl class='infos'>{infos}</dl>" if infos else "")
        + "</div></article>"
    )


def agenda(block: Block) -> list[str]:
    """A fiche's steps as the agenda template's entries, a step each, in seed order."""
    return ["<div class='agenda'>", *(event(block.header, row) for row in block.rows), "</div>"]


def plan_html_quantieme() -> str:
    """The seed as the town site's page, each fiche's steps as agenda entries."""
    return _flowing_page(_CSS, lambda block: th_fields(block, td=br_paragraphs), agenda)
