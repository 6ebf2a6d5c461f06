"""A page of an OLD TABLE-BASED CMS TEMPLATE whose tables draw their grid WITHOUT ANY BORDER
(hundred-and-twenty-first held-out set, ``plan_html_espacement``): HTML 3.2 attributes,
``<table width="100%" border="0" cellspacing="1" cellpadding="…" bgcolor="#9A9A9A">`` and
``bgcolor``-filled cells, so the table's grey background shows through the 1 px spacing
between the cells and round them and reads as a thin grey grid. ``plan_html_inlabel``'s
page otherwise; the fields such a table (labels ``<b>`` on #E6E6E6, values ``<p>`` on
white), each steps table such a table whose first row holds the six seed labels (``<b>`` on
#D6E0EB; no ``<thead>``, not repeated), a row a step on white, the step name ``<b>``.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _p_paragraphs
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, ETAPES_WIDTHS, br_paragraphs

GRID = "#9A9A9A"  # the table's background, seen between the cells

_CSS = (
    ETAPES_PAGE_CSS
    + """\
table.cms td { font-size: 8.5pt; text-align: left; }
"""
)


def _table(padding: int) -> str:
    return (
        f"<table class='cms' width='100%' border='0' cellspacing='1' cellpadding='{padding}'"
        f" bgcolor='{GRID}'>"
    )


def _fields(block: Block) -> list[str]:
    """The fields: a row a field, the label in ``<b>`` on grey, the value's paragraphs on
    white."""
    out = [_table(4)]
    for label, value in block.fields:
        out.append(
            f"<tr><td width='26%' bgcolor='#E6E6E6' valign='top'><b>{_h(label)}</b></td>"
            f"<td bgcolor='#FFFFFF' valign='top'>{_p_paragraphs(value)}</td></tr>"
        )
    out.append("</table>")
    return out


def _steps(block: Block) -> list[str]:
    """The steps: a first row of the seed labels (no ``<thead>``), a row a step."""
    out = [_table(3)]
    out.append(
        "<tr>"
        + "".join(
            f"<td width='{w}%' bgcolor='#D6E0EB' valign='top'><b>{_h(label)}</b></td>"
            for w, label in zip(ETAPES_WIDTHS, block.header, strict=True)
        )
        + "</tr>"
    )
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(len(block.header))]
        cells = []
        for c, value in enumerate(values):
            text = br_paragraphs(value)
            if c == 0 and text:
                text = f"<b>{text}</b>"
            cells.append(f"<td bgcolor='#FFFFFF' valign='top'>{text}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return out


def plan_html_espacement() -> str:
    """The seed as an old CMS page whose tables' grids are their grey background."""
    return _flowing_page(_CSS, _fields, _steps)
