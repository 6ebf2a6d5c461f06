"""The « catalogue des actions » page of a plan climat portal (hundred-and-fifty-fifth held-out
set, ``plan_html_mosaique``), whose CMS lists each objective's fiches as a « grille de
fiches » view showing every fiche whole in a card, its print stylesheet setting A4
LANDSCAPE pages: the seed flowing as ``plan_html_inlabel``'s page does (axes, objectives,
« Enjeux stratégiques », paragraphs and sommaires across the page), BUT EACH RUN OF
CONSECUTIVE FICHES ONE ``div.grille`` — a CSS GRID OF TWO EQUAL COLUMNS (6 mm apart, rows
5 mm apart) — holding ONE ``article.fiche`` CARD A FICHE in seed order: TWO FICHES SIDE BY
SIDE on a grid row, the first, third… at the left, the second, fourth… at the right, a
lone last one at the left. Each card (1 px #C9D3DD border, 4 px radius, no fill, 8.5 pt,
not kept whole, so both cards of a row are broken by the same page break) holds the
fiche's heading lines, its fields ``table.kv``, its bold lines, « Modalités de mise en
oeuvre » and its steps ``table.etapes`` (``<col>`` widths 16 / 38 / 11 / 12 / 11 / 12 %,
1 px #BFBFBF grid, 7.5 pt, ``<thead>`` bold on #E8EEF4, repeated by Chromium) LAID OUT
AUTOMATICALLY (``table-layout: auto``: with ``fixed``, as first drawn, the card's narrow
columns let « Planification » and the longer words run over their neighbours), so each
card's table has its own column widths.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _h, th_fields
from tests.generators.seed001 import IMPL_TITLE, Block, load_seed
from tests.generators.site_body import br_paragraphs, etapes_table, flowing_css

_CSS = (
    flowing_css("12mm", "#1E1E1E")
    + """
@page { size: A4 landscape; margin: 12mm; }
div.grille { display: grid; grid-template-columns: 1fr 1fr; column-gap: 6mm; row-gap: 5mm;
  margin: 6px 0 12px; }
article.fiche { border: 1px solid #C9D3DD; border-radius: 4px; padding: 8px 10px;
  font-size: 8.5pt; min-width: 0; }
article.fiche h3 { font-size: 11pt; margin: 6px 0 3px; }
article.fiche h3:first-child { margin-top: 0; }
article.fiche h4 { font-size: 9.5pt; margin: 6px 0 3px; }
article.fiche table.kv th { width: 3.2cm; }
article.fiche table.kv th, article.fiche table.kv td { font-size: 8pt; }
table.etapes { width: 100%; table-layout: auto; border-collapse: collapse;
  margin: 4px 0 2px; }
table.etapes th, table.etapes td { border: 1px solid #BFBFBF; padding: 2px 3px;
  font-size: 7.5pt; vertical-align: top; text-align: left; }
table.etapes th { background: #E8EEF4; font-weight: bold; }
table.etapes td.etape { font-weight: bold; }
"""
)


def _card(blocks: list[Block]) -> list[str]:
    """A fiche's blocks (its heading to its steps table) as one ``article.fiche`` card."""
    out = ["<article class='fiche'>"]
    for block in blocks:
        if block.kind == "fiche":
            out += [f"<h3>{_h(line)}</h3>" for line in block.lines]
        elif block.kind == "fields":
            out += th_fields(block)
        elif block.kind == "bold":
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines]
        elif block.kind == "section":
            out.append(f"<h4>{_h(block.lines[0])}</h4>")
        elif block.kind == "impl":
            out += etapes_table(block, cell=lambda c, label, value: br_paragraphs(value))
        else:
            raise ValueError(block.kind)
    out.append("</article>")
    return out


def plan_html_mosaique() -> str:
    """The seed as a catalogue page whose fiches stand two across in a grid of cards."""
    out = [
        "<!doctype html><html lang='fr'><head><meta charset='utf-8'>",
        "<title>PCAET Grand Auch Cœur de Gascogne</title>",
        f"<style>{_CSS}</style>",
        "</head><body>",
    ]
    cards: list[list[str]] = []  # the open grid's cards
    fiche: list[Block] | None = None  # the open card's blocks

    def close_grid() -> None:
        nonlocal cards
        if cards:
            out.append("<div class='grille'>")
            for card in cards:
                out.extend(card)
            out.append("</div>")
            cards = []

    for block in load_seed():
        kind = block.kind
        in_fiche = kind in ("fields", "bold", "impl") or (
            kind == "section" and block.lines[0] == IMPL_TITLE
        )
        if kind == "fiche":
            fiche = [block]
            continue
        if fiche is not None and in_fiche:
            fiche.append(block)
            if kind == "impl":  # the card ends with its steps table
                cards.append(_card(fiche))
                fiche = None
            continue
        close_grid()
        if kind == "axis":
            out.append(f"<h1>{_h(block.lines[0])}</h1>")
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines[1:]]
        elif kind == "objective":
            out += [f"<h2>{_h(line)}</h2>" for line in block.lines]
        elif kind == "section":
            out.append(f"<h2>{_h(block.lines[0])}</h2>")
        elif kind == "para":
            out.append(f"<p>{_h(block.lines[0])}</p>")
        elif kind == "bold":
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines]
        elif kind == "summary":
            out += [f"<p>{_h(line)}</p>" for line in block.lines]
        elif kind == "summary_table":
            out.append("<table class='summary'>")
            out += [f"<tr><td>{_h(a)}</td><td>{_h(b)}</td></tr>" for a, b in block.rows]
            out.append("</table>")
        else:
            raise ValueError(kind)
    close_grid()
    out.append("</body></html>")
    return "\n".join(out)
