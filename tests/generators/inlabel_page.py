"""An intranet page whose responsive theme prints, ON NARROW SCREENS ONLY, each steps cell's
column label as a small grey inline label before its value (fifty-first held-out set,
``plan_html_inlabel``): ``@media (max-width: 760px)`` shows the ``span.lbl`` labels
(« Échéance : 2019 »), and the A4 print width (≈ 680 px) triggers it.

The seed flows as ``plan_html_disclose``'s page, the fields a ``table.kv``, each steps table
a ``table.etapes`` (thin full grid, ``<thead>`` repeated). Only the layout comes from here:
every value is the seed's (the labels are not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import flowing_css, steps_table_open

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + """\
table.etapes { width: 100%; table-layout: fixed; border-collapse: collapse;
  margin: 4px 0 10px; }
table.etapes th, table.etapes td { border: 1px solid #BFBFBF; padding: 3px 5px;
  font-size: 8.5pt; vertical-align: top; text-align: left; }
table.etapes th { background: #E8EEF4; font-weight: bold; }
table.etapes td.etape { font-weight: bold; }
table.etapes span.lbl { display: none; }
@media (max-width: 760px) {
  table.etapes span.lbl { display: inline; color: #777777; font-size: 7pt;
    font-weight: normal; }
}
"""
)

_WIDTHS = (16, 38, 11, 12, 11, 12)


def _labelled(label: str, value: str) -> str:
    parts = _paragraphs(value)
    if not parts:
        return ""
    return f"<span class='lbl'>{_h(label)} : </span>" + "<br>".join(_h(p) for p in parts)


def _impl(block: Block) -> list[str]:
    head = "".join(f"<th>{_h(label)}</th>" for label in block.header)
    out = steps_table_open("etapes", _WIDTHS, head)
    for row in block.rows:
        cells = []
        for c, label in enumerate(block.header):
            value = row[c] if c < len(row) else ""
            css = " class='etape'" if c == 0 else ""
            cells.append(f"<td{css}>{_labelled(label, value)}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return out


def plan_html_inlabel() -> str:
    """The seed as an intranet page whose steps cells print an inline label first."""
    return _flowing_page(_CSS, _kv_fields, _impl)
