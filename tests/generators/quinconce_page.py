"""A community site page whose steps were entered in a WordPress « CHRONOLOGIE » block, a
timeline plug-in's ALTERNATING layout (hundred-and-fifty-second held-out set,
``plan_html_quinconce``): ``plan_html_inlabel``'s flowing page and ``table.kv`` fields, but
each fiche's steps NO TABLE: a ``div.frise`` down whose middle runs a 2 px #9FB3C8 line,
each step a half-width ``div.jalon`` — the first, third… in the LEFT half, the second,
fourth… in the RIGHT half, each under the previous one —, a dot on the line level with its
top, its CARD (the step name, the description, then a « <label> : <value> » line for
« Ressources à mobiliser », « Porteur » and « Partenaires envisagés », no line for an empty
value) and THE PLANNING VALUE ALONE, NO LABEL, bold #C55A11, ABSOLUTELY PLACED ACROSS THE
LINE in the other half, level with the card's first line.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import flowing_css

# the seed columns printed as « label : value » lines under the description, in this order
META = (3, 4, 5)
PLANNING = 2

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + """\
div.frise { position: relative; margin: 6px 0 12px; }
div.frise::before { content: ""; position: absolute; top: 0; bottom: 0; left: 50%;
  width: 2px; margin-left: -1px; background: #9FB3C8; }
div.jalon { position: relative; width: 50%; box-sizing: border-box; padding: 0 24px 10px;
  break-inside: avoid; }
div.jalon.gauche { left: 0; }
div.jalon.droite { left: 50%; }
div.jalon::after { content: ""; position: absolute; top: 6px; width: 8px; height: 8px;
  border-radius: 50%; background: #FFFFFF; border: 2px solid #1F4E79; }
div.jalon.gauche::after { right: -6px; }
div.jalon.droite::after { left: -6px; }
div.carte { border: 1px solid #C9D4DF; border-radius: 5px; background: #F5F8FB;
  padding: 5px 8px; }
div.carte div.titre { font-size: 9.5pt; font-weight: bold; color: #1F4E79; margin: 0 0 2px; }
div.carte p { font-size: 8.5pt; margin: 0 0 2px; }
div.carte div.meta { font-size: 8.5pt; margin: 2px 0 0; }
div.carte div.meta span.lib { font-size: 8pt; font-weight: bold; color: #5A6B7B; }
div.quand { position: absolute; top: 3px; font-size: 10pt; font-weight: bold; color: #C55A11;
  white-space: nowrap; }
div.jalon.gauche div.quand { left: calc(100% + 24px); }
div.jalon.droite div.quand { right: calc(100% + 24px); }
"""
)


def timeline_steps(block: Block) -> list[str]:
    """The fiche's steps as an alternating timeline: a card a step, the planning across."""
    out = ["<div class='frise'>"]
    for k, row in enumerate(block.rows):
        values = [row[c] if c < len(row) else "" for c in range(len(block.header))]
        side = "gauche" if k % 2 == 0 else "droite"
        out.append(f"<div class='jalon {side}'>")
        if values[PLANNING]:
            out.append(f"<div class='quand'>{_h(values[PLANNING])}</div>")
        out.append("<div class='carte'>")
        out.append(f"<div class='titre'>{_h(values[0])}</div>")
        out += [f"<p>{_h(part)}</p>" for part in _paragraphs(values[1])]
        for c in META:
            if values[c]:
                out.append(
                    f"<div class='meta'><span class='lib'>{_h(block.header[c])} :</span> "
                    f"{'<br>'.join(_h(part) for part in _paragraphs(values[c]))}</div>"
                )
        out.append("</div></div>")
    out.append("</div>")
    return out


def plan_html_quinconce() -> str:
    """The seed as a site page whose steps are alternating timelines."""
    return _flowing_page(_CSS, _kv_fields, timeline_steps)
