"""An intranet page into which the project team pasted, per fiche, the « FEUILLE DE ROUTE »
VIEW OF ITS ONLINE PROJECT-MANAGEMENT TOOL (eighty-ninth held-out set, ``plan_html_jalons``):
each steps table a board group — a title line « Feuille de route » and a « n éléments »
count, then a ``table.board`` with a check-box column before the six seed columns, the step
name with the group's colour bar, each owner opened by a round avatar of its initials, the
partners as inline chips, and a last « + Ajouter un élément » row.

The seed flows as ``plan_html_kanban``'s page, the fields a ``table.kv``. Only the layout
comes from here: every value is the seed's (the title, count, initials and « add » row are
not).
"""

from __future__ import annotations

import re

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import br_paragraphs, flowing_css, steps_table_open

_CSS = (
    flowing_css("15mm", "#323338")
    + """\
div.groupe { font-weight: bold; font-size: 10pt; color: #579BFC; margin: 4px 0 3px; }
div.groupe span.count { font-weight: normal; font-size: 8pt; color: #676879;
  margin-left: 6px; }
table.board { width: 100%; table-layout: fixed; border-collapse: collapse;
  margin: 0 0 10px; }
table.board th { font-weight: normal; font-size: 8pt; color: #676879; text-align: center;
  padding: 3px 5px; border-bottom: 1px solid #D0D4E4; vertical-align: bottom; }
table.board td { font-size: 8.5pt; padding: 3px 5px; border: 1px solid #E6E9EF;
  vertical-align: top; text-align: left; }
table.board td.coche { text-align: center; }
table.board td.coche span { display: inline-block; width: 9px; height: 9px;
  border: 1px solid #C3C6D4; border-radius: 2px; }
table.board td.etape { font-weight: bold; border-left: 5px solid #579BFC; }
table.board td.date { text-align: center; }
table.board span.avatar { display: inline-block; width: 15px; height: 15px;
  border-radius: 50%; background: #A25DDC; color: #FFFFFF; font-weight: bold;
  font-size: 6.5pt; line-height: 15px; text-align: center; margin-right: 4px;
  vertical-align: middle; }
table.board span.chip { display: inline-block; background: #E5F4FF; border-radius: 8px;
  padding: 0 5px; font-size: 7.5pt; margin: 1px 2px 1px 0; }
table.board tr.ajout td { color: #676879; font-size: 8pt; }
"""
)

_WIDTHS = (3, 15, 33, 10, 12, 13, 14)  # the check box, then the seed's six
_PLANNING, _OWNER, _PARTNERS = 2, 4, 5


def initials(owner: str) -> str:
    """An avatar's initials: the first letters of the first two words of letters, or the
    first two letters of a one-word owner, upper-cased (« GACdG » → « GA »)."""
    words = re.findall(r"[^\W\d_]+", owner)
    if not words:
        return ""
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[1][0]).upper()


def _cell(c: int, value: str) -> str:
    parts = _paragraphs(value)
    if c == 0:
        return f"<td class='etape'>{br_paragraphs(value)}</td>"
    if c == _PLANNING:
        return f"<td class='date'>{br_paragraphs(value)}</td>"
    if c == _OWNER:
        lines = [f"<div><span class='avatar'>{_h(initials(p))}</span>{_h(p)}</div>" for p in parts]
        return f"<td>{''.join(lines)}</td>"
    if c == _PARTNERS:
        chips = " ".join(f"<span class='chip'>{_h(p)}</span>" for p in parts)
        return f"<td>{chips}</td>"
    return f"<td>{br_paragraphs(value)}</td>"


def _impl(block: Block) -> list[str]:
    n = len(block.rows)
    count = f"{n} élément" if n == 1 else f"{n} éléments"
    out = [f"<div class='groupe'>Feuille de route<span class='count'>{count}</span></div>"]
    head = "<th></th>" + "".join(f"<th>{_h(label)}</th>" for label in block.header)
    out += steps_table_open("board", _WIDTHS, head)
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(len(block.header))]
        cells = "".join(_cell(c, v) for c, v in enumerate(values))
        out.append(f"<tr><td class='coche'><span></span></td>{cells}</tr>")
    span = len(block.header)
    out.append(f"<tr class='ajout'><td></td><td colspan='{span}'>+ Ajouter un élément</td></tr>")
    out.append("</tbody></table>")
    return out


def plan_html_jalons() -> str:
    """The seed as an intranet page whose steps are a project tool's roadmap groups."""
    return _flowing_page(_CSS, _kv_fields, _impl)
