"""A site page whose ACCESSIBLE-TABLE theme makes each step name a ROW HEADER (hundred-and-
second held-out set, ``plan_html_rowhead``): every steps ``table.etapes``'s body rows open
with a ``<th scope="row">`` holding the step name, bold white on dark blue like the column
headers, and its ``<thead>`` row opens with an EMPTY corner cell (no « Etape » label, no
fill, its top and left borders hidden).

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``. Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import (
    ETAPES_PAGE_CSS,
    ETAPES_WIDTHS,
    br_paragraphs,
    steps_table_open,
)

_CSS = (
    ETAPES_PAGE_CSS
    + """\
table.etapes th { background: #1F4E79; color: #FFFFFF; }
table.etapes td.coin { background: none; border-top-style: hidden; border-left-style: hidden; }
"""
)


def _impl(block: Block) -> list[str]:
    head = "<td class='coin'></td>" + "".join(
        f"<th scope='col'>{_h(label)}</th>" for label in block.header[1:]
    )
    out = steps_table_open("etapes", ETAPES_WIDTHS, head)
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(len(block.header))]
        cells = [f"<th scope='row'>{br_paragraphs(values[0])}</th>"]
        cells += [f"<td>{br_paragraphs(value)}</td>" for value in values[1:]]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return out


def plan_html_rowhead() -> str:
    """The seed as a site page whose steps tables have row headers and an empty corner."""
    return _flowing_page(_CSS, _kv_fields, _impl)
