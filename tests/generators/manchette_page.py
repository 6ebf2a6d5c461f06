"""A documentation site's page whose PRINT STYLESHEET hangs a CSS-generated step counter in a
margin column (eightieth held-out set, ``plan_html_manchette``): in print the text is
indented 24 mm from the left margin (a « manchette » left free for marginal marks) and every
steps row's first cell prints through ``::before`` « Étape k/n » (``counter(etape)``, the
table's number of steps from ``attr(data-n)``; not in the seed), absolutely placed 3 mm left
of the table's frame, bold grey 7.5 pt, level with the row's top.

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``, each steps table a
``table.etapes`` (thin full grid, ``<thead>`` repeated). Only the layout comes from here:
every value is the seed's (the counters are not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_CSS, br_paragraphs, flowing_css, steps_table_open

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + ETAPES_CSS
    + """\
table.etapes { counter-reset: etape; }
table.etapes tbody tr { counter-increment: etape; }
@media print {
  body { padding-left: 24mm; }
  table.etapes td.etape { position: relative; }
  table.etapes td.etape::before { content: "Étape " counter(etape) "/" attr(data-n);
    position: absolute; right: calc(100% + 3mm); top: 2px; width: 20mm; text-align: right;
    font-size: 7.5pt; font-weight: bold; color: #8A8A8A; }
}
"""
)

_WIDTHS = (16, 38, 11, 12, 11, 12)


def _impl(block: Block) -> list[str]:
    head = "".join(f"<th>{_h(label)}</th>" for label in block.header)
    out = steps_table_open("etapes", _WIDTHS, head)
    n = len(block.rows)
    for row in block.rows:
        cells = []
        for c in range(len(block.header)):
            value = br_paragraphs(row[c] if c < len(row) else "")
            attrs = f" class='etape' data-n='{n}'" if c == 0 else ""
            cells.append(f"<td{attrs}>{value}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return out


def plan_html_manchette() -> str:
    """The seed as a site page whose print stylesheet hangs « Étape k/n » in the margin."""
    return _flowing_page(_CSS, _kv_fields, _impl)
