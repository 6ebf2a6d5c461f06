"""An intercommunal site rebuilt with TAILWIND CSS whose steps tables copy Tailwind UI's
« STACKED COLUMNS ON MOBILE » table (hundred-and-thirty-second held-out set,
``plan_html_tailwind``): the columns of :data:`FOLDED` carry ``hidden lg:table-cell`` (shown
only from 1024 px wide), and every step's first cell repeats their values, under the step
name, in a ``<dl class="lg:hidden">`` of « <label> : <value> » lines. Printed at the A4
width (about 680 px) the page is « mobile »: each steps table prints three columns, the three
other values stacked under the step name.

The seed flows as ``plan_html_inlabel``'s page (axes ``<h1>``, objectives ``<h2>``, fiche
headings ``<h3>``, the fields a ``table.kv``). Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs

FOLDED = (3, 4, 5)  # Ressources à mobiliser, Porteur, Partenaires envisagés
SHOWN_WIDTHS = (34, 50, 16)  # %, Etape, Descriptif, Planification at print width

# Tailwind's utilities as its build writes them: ``hidden`` first, the ``lg:`` variants in
# a ``min-width: 1024px`` media query after it
_CSS = (
    ETAPES_PAGE_CSS
    + """\
.hidden { display: none; }
@media (min-width: 1024px) {
  .lg\\:table-cell { display: table-cell; }
  .lg\\:hidden { display: none; }
}
div.tw-wrap { border: 1px solid #E5E7EB; border-radius: 8px; overflow: hidden;
  margin: 4px 0 10px; }
table.tw { width: 100%; table-layout: fixed; border-collapse: collapse; }
table.tw th { font-size: 8.5pt; font-weight: bold; color: #111827; background: #FFFFFF;
  text-align: left; vertical-align: top; padding: 8px 10px;
  border-bottom: 1px solid #D1D5DB; }
table.tw td { font-size: 8.5pt; color: #1E1E1E; text-align: left; vertical-align: top;
  padding: 8px 10px; border-top: 1px solid #E5E7EB; }
table.tw tbody tr:first-child td { border-top: 0; }
table.tw td .nom { font-weight: bold; color: #111827; }
table.tw dl { margin: 4px 0 0; font-weight: normal; }
table.tw dl div { margin-top: 2px; }
table.tw dt { display: inline; color: #6B7280; }
table.tw dd { display: inline; margin: 0; color: #374151; }
"""
)


def _dl(block: Block, values: list[str]) -> str:
    """The ``lg:hidden`` list repeating the folded columns' non-empty values."""
    items = [
        f"<div><dt>{_h(block.header[c])} :</dt> <dd>{br_paragraphs(values[c])}</dd></div>"
        for c in FOLDED
        if values[c].strip()
    ]
    return "<dl class='lg:hidden'>" + "".join(items) + "</dl>"


def _impl(block: Block) -> list[str]:
    heads = []
    for c, label in enumerate(block.header):
        if c in FOLDED:
            heads.append(f"<th scope='col' class='hidden lg:table-cell'>{_h(label)}</th>")
        else:
            heads.append(f"<th scope='col' style='width: {SHOWN_WIDTHS[c]}%'>{_h(label)}</th>")
    out = [
        "<div class='tw-wrap'><table class='tw'>",
        f"<thead><tr>{''.join(heads)}</tr></thead><tbody>",
    ]
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(len(block.header))]
        cells = [
            f"<td><span class='nom'>{br_paragraphs(values[0])}</span>{_dl(block, values)}</td>"
        ]
        for c in range(1, len(block.header)):
            css = " class='hidden lg:table-cell'" if c in FOLDED else ""
            cells.append(f"<td{css}>{br_paragraphs(values[c])}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table></div>")
    return out


def plan_html_tailwind() -> str:
    """The seed as a Tailwind page, three steps columns folded under the step names."""
    return _flowing_page(_CSS, _kv_fields, _impl)
