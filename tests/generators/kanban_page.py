"""An intranet page whose fiches embed the project's KANBAN BOARD, printed as it shows
(fifty-fifth held-out set, ``plan_html_kanban``): no steps table; each fiche's steps are
white cards in grey lists, ONE LIST PER DISTINCT PLANNING VALUE in order of first appearance
(its title the value, a card count at its right), three lists a row; a card holds the step
name, its description and « label : value » custom-field badges for the resources, the
owner and the partners — THE PLANNING VALUE IS ONLY THE LIST'S TITLE.

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``. Only the layout
comes from here: every value is the seed's (the counts are not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import flowing_css

_CSS = (
    flowing_css("15mm", "#172B4D")
    + """\
div.board { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-start;
  margin: 4px 0 10px; }
div.list { flex: 0 0 calc((100% - 16px) / 3); box-sizing: border-box; background: #EBECF0;
  border-radius: 3px; padding: 6px; break-inside: avoid; }
div.list-title { font-weight: bold; font-size: 9.5pt; color: #172B4D; margin: 0 2px 6px; }
div.list-title span.count { float: right; font-weight: normal; font-size: 8pt;
  color: #5E6C84; }
div.card { background: #FFFFFF; border-radius: 3px; box-shadow: 0 1px 0 rgba(9, 30, 66, 0.25);
  padding: 6px 8px; margin: 0 0 6px; break-inside: avoid; }
div.card:last-child { margin-bottom: 0; }
div.card-name { font-weight: bold; font-size: 9pt; margin: 0 0 3px; }
div.card p { font-size: 8pt; color: #44546F; margin: 0 0 2px; }
div.card span.badge { display: inline-block; background: #F1F2F4; border-radius: 2px;
  padding: 1px 4px; margin-top: 3px; font-size: 7.5pt; color: #172B4D; }
div.card span.badge span.k { color: #5E6C84; }
"""
)

_BADGES = (3, 4, 5)  # Ressources à mobiliser, Porteur, Partenaires envisagés
_PLANNING = 2


def _card(header: list[str], cells: list[str]) -> str:
    out = ["<div class='card'>"]
    out.append(f"<div class='card-name'>{'<br>'.join(_h(p) for p in _paragraphs(cells[0]))}</div>")
    out += [f"<p>{_h(part)}</p>" for part in _paragraphs(cells[1])]
    for c in _BADGES:
        parts = _paragraphs(cells[c])
        if parts:
            value = "<br>".join(_h(p) for p in parts)
            out.append(
                f"<div><span class='badge'><span class='k'>{_h(header[c])} : </span>"
                f"{value}</span></div>"
            )
    out.append("</div>")
    return "".join(out)


def _impl(block: Block) -> list[str]:
    lists: dict[str, list[list[str]]] = {}  # planning value → its steps, first appearance first
    for row in block.rows:
        cells = [row[c] if c < len(row) else "" for c in range(len(block.header))]
        lists.setdefault(cells[_PLANNING], []).append(cells)
    out = ["<div class='board'>"]
    for planning, steps in lists.items():
        title = "<br>".join(_h(p) for p in _paragraphs(planning))
        out.append("<div class='list'>")
        out.append(f"<div class='list-title'><span class='count'>{len(steps)}</span>{title}</div>")
        out += [_card(block.header, cells) for cells in steps]
        out.append("</div>")
    out.append("</div>")
    return out


def plan_html_kanban() -> str:
    """The seed as an intranet page whose steps are a Kanban board of planning lists."""
    return _flowing_page(_CSS, _kv_fields, _impl)
