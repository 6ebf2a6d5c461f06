"""An intranet page whose theme's « MUR DE POST-IT » block shows every steps table
(hundred-and-sixty-eighth held-out set, ``plan_html_tangage``): ONE STICKY NOTE A STEP, three
a row in a CSS grid, filled with :data:`FILLS` in turn and TURNED by :data:`TURNS` in turn
(``transform: rotate``), each the step name, the description, then the four other seed
labels each before its value (:func:`note`). Every line of a note slants with it.

Everything else flows as ``plan_html_inlabel``'s page (:func:`tests.generators.plan_html.
_flowing_page` on ``ETAPES_PAGE_CSS``, the fields a ``table.kv``). Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, th_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs

FILLS = ("#FFF59D", "#F8BBD0", "#C8E6C9", "#BBDEFB")  # by the note's rank in its table
TURNS = (-2.0, 1.5, -1.0, 2.0, -1.5, 1.0)  # degrees, negative counter-clockwise

_CSS = (
    ETAPES_PAGE_CSS
    + """\
.mur { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); column-gap: 16px;
  row-gap: 18px; align-items: start; margin: 6px 8px 16px; }
.postit { break-inside: avoid; padding: 9px 10px 11px; min-height: 110px; font-size: 8.5pt;
  line-height: 1.25; color: #1E1E1E; border: 0;
  box-shadow: 1px 3px 5px rgba(0, 0, 0, .25); }
.postit p { margin: 0 0 3px; }
.postit p.nom { font-size: 9pt; margin: 0 0 4px; }
.postit .champs { margin-top: 5px; }
"""
)


def note(block: Block, k: int, row: list[str]) -> list[str]:
    """The ``k``-th step's note (0-based in its table): name, description, then the four
    other columns' « <label> : <value> » lines, an empty value its label alone."""
    values = [row[c] if c < len(row) else "" for c in range(len(block.header))]
    style = f"background: {FILLS[k % len(FILLS)]}; transform: rotate({TURNS[k % len(TURNS)]}deg)"
    out = [f"<div class='postit' style='{style}'>"]
    out.append(f"<p class='nom'><strong>{br_paragraphs(values[0])}</strong></p>")
    out += [f"<p>{_h(part)}</p>" for part in _paragraphs(values[1])]
    out.append("<div class='champs'>")
    for label, value in zip(block.header[2:], values[2:], strict=True):
        text = br_paragraphs(value)
        out.append(f"<p class='champ'><b>{_h(label)} :</b>{' ' + text if text else ''}</p>")
    out += ["</div>", "</div>"]
    return out


def mur(block: Block) -> list[str]:
    """A fiche's steps as the « mur de post-it »: a note a step, in seed order."""
    out = ["<div class='mur'>"]
    for k, row in enumerate(block.rows):
        out += note(block, k, row)
    out.append("</div>")
    return out


def plan_html_tangage() -> str:
    """The seed as the intranet page, each steps table a wall of turned sticky notes."""
    return _flowing_page(_CSS, lambda block: th_fields(block, td=br_paragraphs), mur)
