"""The « VERSION IMPRIMABLE » OF A LEGACY CMS's PAGE (hundred-and-thirtieth held-out set,
``plan_html_biseau``), whose tables are written with HTML 4 PRESENTATION ATTRIBUTES and no
table CSS at all: the fields and every steps table a :data:`TABLE_OPEN` table, so that, by
the browser's own rules for ``border="1"``, EVERY CELL IS A BOX OF ITS OWN (a 1 px inset
border, grey top and left, light bottom and right) 2 px from its neighbours' and from the
table's own 1 px outset box: double lines between every two cells, no fill. The steps
header is a first ``<tr>`` of ``<th>`` (centred by the browser), no ``<thead>``: printed
once, not repeated.

The seed flows as ``plan_html_inlabel``'s page (:func:`tests.generators.site_body.flowing_css`).
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_WIDTHS, br_paragraphs, flowing_css

TABLE_OPEN = "<table border='1' cellspacing='2' cellpadding='3' width='100%'>"

_CSS = flowing_css("15mm", "#1E1E1E")


def _fields(block: Block) -> list[str]:
    """The fields: a row per field, the label a left-aligned ``<th>`` a quarter wide."""
    out = [TABLE_OPEN]
    for label, value in block.fields:
        out.append(
            f"<tr valign='top'><th align='left' width='25%'>{_h(label)}</th>"
            f"<td>{br_paragraphs(value)}</td></tr>"
        )
    out.append("</table>")
    return out


def _steps(block: Block) -> list[str]:
    """The steps: ``<col>`` widths, a first row of ``<th>`` labels, a row a step."""
    n_cols = len(block.header)
    cols = "".join(f"<col width='{w}%'>" for w in ETAPES_WIDTHS)
    head = "".join(f"<th>{_h(label)}</th>" for label in block.header)
    out = [TABLE_OPEN, cols, f"<tr>{head}</tr>"]
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(n_cols)]
        cells = [f"<td><b>{br_paragraphs(values[0])}</b></td>"]
        cells += [f"<td>{br_paragraphs(v)}</td>" for v in values[1:]]
        out.append("<tr valign='top'>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return out


def plan_html_biseau() -> str:
    """The seed as a legacy CMS's printable page, its tables HTML 4 ``border="1"`` ones."""
    return _flowing_page(_CSS, _fields, _steps)
