"""The intranet page of ``plan_html_datatables`` whose steps tables DataTables' RESPONSIVE
extension 2.5 also enhances (fortieth held-out set, ``plan_html_childrows``), printed by
Chromium after the scripts ran.

Written as the static DOM the plug-ins leave: on the author's narrow content pane Responsive
kept the first three columns and hid « Ressources à mobiliser », « Porteur » and « Partenaires
envisagés » (``display: none`` cells, table classes ``collapsed dtr-inline``); the intranet opens
every row's details at once (``childRowImmediate``), so each step row is followed by a CHILD
ROW spanning the visible columns, listing each hidden column as a bold label and its value on
one line. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.datatables_page import _CSS as _DATATABLES_CSS
from tests.generators.datatables_page import _fields, _wrapper_bottom, _wrapper_top
from tests.generators.plan_html import _cell_html, _flowing_page, _h
from tests.generators.seed001 import Block

VISIBLE = 3  # Etape, Descriptif, Planification: what the author's pane had room for
VISIBLE_WIDTHS = (150, 390, 110)  # px, as the plug-in measured the visible header cells

# responsive.dataTables.css 2.5, the rules an inline-control table with child rows uses
_RESPONSIVE_CSS = """
table.dataTable.dtr-inline.collapsed > tbody > tr > td.child { cursor: default !important; }
table.dataTable.dtr-inline.collapsed > tbody > tr > td.dtr-control { cursor: pointer; }
table.dataTable.dtr-inline.collapsed > tbody > tr > td.dtr-control:before {
  margin-right: .5em; display: inline-block; box-sizing: border-box; content: "";
  border-top: 5px solid transparent; border-left: 10px solid rgba(0, 0, 0, 0.5);
  border-bottom: 5px solid transparent; border-right: 0px solid transparent; }
table.dataTable.dtr-inline.collapsed > tbody > tr.dtr-expanded > td.dtr-control:before {
  border-top: 10px solid rgba(0, 0, 0, 0.5); border-left: 5px solid transparent;
  border-bottom: 0px solid transparent; border-right: 5px solid transparent; }
table.dataTable > tbody > tr.child { padding: .5em 1em; }
table.dataTable > tbody > tr.child:hover { background: transparent !important; }
table.dataTable > tbody > tr.child ul.dtr-details { display: inline-block;
  list-style-type: none; margin: 0; padding: 0; }
table.dataTable > tbody > tr.child ul.dtr-details > li { border-bottom: 1px solid #efefef;
  padding: .5em 0; }
table.dataTable > tbody > tr.child ul.dtr-details > li:first-child { padding-top: 0; }
table.dataTable > tbody > tr.child ul.dtr-details > li:last-child { border-bottom: none; }
table.dataTable > tbody > tr.child span.dtr-title { display: inline-block; min-width: 75px;
  font-weight: bold; }
"""


def _steps(block: Block) -> list[str]:
    """One steps table in DataTables' wrapper, three columns shown, each row followed by its
    child row listing the hidden columns, as Responsive leaves the DOM."""
    heads = []
    for c, label in enumerate(block.header):
        width = f"width: {VISIBLE_WIDTHS[c]}px;" if c < VISIBLE else "display: none;"
        heads.append(
            f"<th class='sorting' tabindex='0' rowspan='1' colspan='1' style='{width}'>"
            f"{_h(label)}</th>"
        )
    out = _wrapper_top("".join(heads), " dtr-inline collapsed")
    for k, row in enumerate(block.rows):
        parity = "odd" if k % 2 == 0 else "even"
        values = [row[c] if c < len(row) else "" for c in range(len(block.header))]
        cells = []
        for c, value in enumerate(values):
            if c >= VISIBLE:
                cells.append(f"<td style='display: none;'>{_cell_html(value)}</td>")
            else:
                control = " class='dtr-control' tabindex='0'" if c == 0 else ""
                cells.append(f"<td{control}>{_cell_html(value)}</td>")
        out.append(f"<tr role='row' class='{parity} parent dtr-expanded'>{''.join(cells)}</tr>")
        items = "".join(
            f"<li data-dtr-index='{c}' data-dt-row='{k}' data-dt-column='{c}'>"
            f"<span class='dtr-title'>{_h(block.header[c])}</span> "
            f"<span class='dtr-data'>{_cell_html(values[c])}</span></li>"
            for c in range(VISIBLE, len(block.header))
        )
        out.append(
            f"<tr class='child'><td class='child' colspan='{VISIBLE}'>"
            f"<ul data-dtr-index='{k}' class='dtr-details'>{items}</ul></td></tr>"
        )
    out += _wrapper_bottom(len(block.rows))
    return out


def plan_html_childrows() -> str:
    """The seed as ``plan_html_datatables``'s intranet page, the steps tables' last three
    columns moved by Responsive into an expanded child row under each row."""
    return _flowing_page(_DATATABLES_CSS + _RESPONSIVE_CSS, _fields, _steps)
