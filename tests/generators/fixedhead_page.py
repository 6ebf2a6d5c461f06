"""An intranet page whose steps tables are DataTables with the FixedHeader extension, saved
while the reader had scrolled into a steps table (forty-sixth held-out set,
``plan_html_fixedhead``): the DOM then holds FixedHeader's FLOATING CLONE of the header — a
``table.fixedHeader-floating`` appended to ``<body>``, ``position: fixed`` at the top of the
viewport, the six labels at the pixel widths copied from the screen — which Chromium prints
at the top of every page, over the content flowing there.

No DataTables control is printed (``dom: 't'``). Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _cell_html, _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import flowing_css, steps_table_open

# the header cells' widths FixedHeader copied from the screen onto its clone (px)
CLONE_WIDTHS = (100, 230, 85, 90, 80, 95)
COLUMNS = (15, 33, 12, 13, 12, 15)  # % of the steps table
LABELS = (
    "Etape",
    "Descriptif",
    "Planification",
    "Ressources à mobiliser",
    "Porteur",
    "Partenaires envisagés",
)

_CSS = (
    flowing_css("12mm")
    + """\
table.dataTable { border-collapse: collapse; margin: 4px 0 10px; table-layout: fixed; }
table.display { width: 100%; }
table.dataTable thead th { background: #DCE6F1; color: #1F1F1F; font-size: 8.5pt;
  font-weight: bold; text-align: left; vertical-align: top; padding: 4px 6px;
  border-bottom: 1px solid #9BB0C8; }
table.dataTable tbody td { font-size: 8.5pt; padding: 4px 6px; vertical-align: top;
  text-align: left; border-top: 1px solid #DDDDDD; }
table.dataTable tbody tr.odd { background: #F9F9F9; }
table.dataTable tbody td p { margin: 0 0 3px; }
table.fixedHeader-floating { background-color: white; }
"""
)


def _impl(block: Block) -> list[str]:
    head = "".join(f"<th>{_h(label)}</th>" for label in block.header)
    out = steps_table_open("display dataTable", COLUMNS, head)
    for rank, row in enumerate(block.rows):
        parity = "odd" if rank % 2 == 0 else "even"
        cells = "".join(f"<td>{_cell_html(v)}</td>" for v in row)
        out.append(f"<tr class='{parity}'>{cells}</tr>")
    out.append("</tbody></table>")
    return out


def _clone() -> str:
    """FixedHeader's floating header, as the extension leaves it in the DOM."""
    width = sum(CLONE_WIDTHS)
    head = "".join(
        f"<th style='width: {w - 12}px;'>{_h(label)}</th>"
        for w, label in zip(CLONE_WIDTHS, LABELS, strict=True)
    )
    return (
        "<table class='display dataTable fixedHeader-floating' "
        f"style='position: fixed; top: 0px; left: 0px; width: {width}px;'>"
        f"<thead><tr>{head}</tr></thead></table>"
    )


def plan_html_fixedhead() -> str:
    """The seed as an intranet page of DataTables steps tables, FixedHeader's floating
    header clone left in the DOM at the end of ``<body>``."""
    page = _flowing_page(_CSS, _kv_fields, _impl)
    return page.replace("</body></html>", _clone() + "\n</body></html>", 1)
