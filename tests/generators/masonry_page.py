"""The plan as a page of the agglomeration's « projets » site whose theme shows each fiche's
steps as a MASONRY WALL OF CARDS (thirty-eighth held-out set, ``plan_html_masonry``), printed
by Chromium.

The steps are no table: one card per step in a CSS multi-column box of two balanced columns,
so the cards run down the left column, then down the right one; each card the step name as
its title, the description, then label chips for the four short columns, an empty value's chip
left out (as a database view hides an empty property). Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _h
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import page_head, site_body

TITLE = "Programme d'actions du PCAET – Grand Auch Cœur de Gascogne"
CHIPS = ("Planification", "Ressources à mobiliser", "Porteur", "Partenaires envisagés")
TEAL = "#00616F"

_CSS = f"""
@page {{ size: A4; margin: 14mm; }}
html {{ font-family: "Source Sans Pro", "Segoe UI", Arial, sans-serif; font-size: 9.5pt;
  color: #1D1D1B; line-height: 1.35; }}
body {{ margin: 0; }}
h2 {{ font-size: 14pt; font-weight: bold; color: {TEAL}; margin: 16px 0 8px; }}
h3 {{ font-size: 11.5pt; font-weight: bold; margin: 12px 0 6px; }}
h3.fiche {{ font-size: 12pt; color: {TEAL}; border-bottom: 2px solid {TEAL};
  padding-bottom: 2px; margin: 18px 0 8px; }}
h4 {{ font-size: 10pt; font-weight: bold; margin: 10px 0 6px; }}
p {{ margin: 0 0 6px; }}
dl.champs {{ margin: 0 0 8px; }}
dl.champs dt {{ font-weight: bold; font-size: 8.5pt; color: {TEAL}; margin-top: 4px; }}
dl.champs dd {{ margin: 0 0 4px; }}
dl.champs dd p {{ margin: 0 0 3px; }}
.cartes {{ column-count: 2; column-gap: 6mm; column-fill: balance; margin: 0 0 8px; }}
.carte {{ break-inside: avoid; margin: 0 0 4mm; background: #FFFFFF;
  border: 1px solid #D0D7DE; border-top: 3px solid {TEAL}; border-radius: 4px; padding: 3mm; }}
.carte h5 {{ font-size: 10pt; font-weight: bold; color: {TEAL}; margin: 0 0 4px; }}
.carte p {{ font-size: 9pt; margin: 0 0 4px; }}
ul.chips {{ list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap;
  gap: 3px; }}
ul.chips li {{ background: #E6F2F3; border-radius: 9px; padding: 1px 6px; font-size: 8pt;
  color: #1D1D1B; max-width: 100%; box-sizing: border-box; }}
ul.chips .k {{ font-weight: bold; font-size: 7pt; color: {TEAL}; }}
"""


def _fields(block: Block) -> list[str]:
    out = ['<dl class="champs">']
    for label, value in block.fields:
        out.append(f"<dt>{_h(label)}</dt>")
        out.append("<dd>" + "".join(f"<p>{_h(p)}</p>" for p in _paragraphs(value)) + "</dd>")
    out.append("</dl>")
    return out


def _card(header: list[str], row: list[str]) -> list[str]:
    """One step's card: its name, its description, then a chip per non-empty short value."""
    cell = dict(zip(header, row, strict=False))
    out = ['<article class="carte">', f"<h5>{_h(cell.get('Etape', ''))}</h5>"]
    out += [f"<p>{_h(p)}</p>" for p in _paragraphs(cell.get("Descriptif", ""))]
    chips = [
        f'<li><span class="k">{_h(label)}</span> {_h(" ".join(_paragraphs(value)))}</li>'
        for label in CHIPS
        if (value := cell.get(label, "")) and _paragraphs(value)
    ]
    if chips:
        out += ['<ul class="chips">', *chips, "</ul>"]
    out.append("</article>")
    return out


def _steps(block: Block) -> list[str]:
    out = ['<div class="cartes">']
    for row in block.rows:
        out += _card(block.header, row)
    out.append("</div>")
    return out


def plan_html_masonry() -> str:
    """The seed as the site page: the page title, then the content."""
    out = [*page_head(TITLE, _CSS), "<main>"]
    out += site_body("h2", "h3", _fields, _steps)
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out)
