"""``plan_html_datatables``' intranet page whose steps tables DataTables 1.13 drew with
HORIZONTAL SCROLLING (``scrollX: true``) WHILE HIDDEN in a « Modalités » tab
(hundred-and-seventy-second held-out set, ``plan_html_dephase``): the plug-in measured every
width as 0, so its split DOM prints with a MISALIGNED HEADER — the six labels a 0-px-wide
table of their own in ``div.dataTables_scrollHead`` (:func:`_scroll_head`), laid out by
Chromium at its min-content width, packed at the left —, and the body a second table whose
own header is the plug-in's 0-px-high sizing row (:func:`_sizing_row`), printed as nothing:
the labels print once, over no column, never repeated on a following page. The theme shows
the tab's panel for print (``.tab-pane { display: block }``).

The page otherwise ``plan_html_datatables``' (its stylesheet, fields, length menu, search
box, info line, pagination and sort arrows). Only the layout comes from here: every value is
the seed's.
"""

from __future__ import annotations

from tests.generators.datatables_page import _CSS as DATATABLES_CSS
from tests.generators.datatables_page import _fields, _wrapper_bottom
from tests.generators.plan_html import _cell_html, _flowing_page, _h
from tests.generators.seed001 import Block

# jquery.dataTables.css 1.13, the rules of a scrolling table; and the theme's print rule
SCROLL_CSS = """
.tab-pane { display: block; }
div.dataTables_scrollHead table.dataTable { margin-bottom: 0 !important; }
div.dataTables_scrollBody > table { border-top: none; margin-top: 0 !important;
  margin-bottom: 0 !important; }
div.dataTables_scrollBody > table.dataTable > thead > tr > th::before,
div.dataTables_scrollBody > table.dataTable > thead > tr > th::after { display: none; }
div.dataTables_scrollBody > table > tbody tr:first-child th,
div.dataTables_scrollBody > table > tbody tr:first-child td { border-top: none; }
.dataTables_wrapper.no-footer .dataTables_scrollBody {
  border-bottom: 1px solid rgba(0, 0, 0, .3); }
.dataTables_wrapper.no-footer div.dataTables_scrollHead table.dataTable,
.dataTables_wrapper.no-footer div.dataTables_scrollBody > table { border-bottom: none; }
"""

_CSS = DATATABLES_CSS + SCROLL_CSS

# the widths the plug-in wrote, measured while the tab was hidden
ZERO = "0px"


def _wrapper_top() -> list[str]:
    """The wrapper's opening: the length menu and the search box."""
    return [
        "<div class='tab-pane' id='modalites'>",
        "<div class='dataTables_wrapper no-footer'>",
        "<div class='dataTables_length'><label>Afficher <select><option value='10' selected>"
        "10</option><option value='25'>25</option><option value='50'>50</option>"
        "<option value='100'>100</option></select> éléments</label></div>",
        "<div class='dataTables_filter'><label>Rechercher :<input type='search' "
        "placeholder=''></label></div>",
    ]


def _scroll_head(labels: list[str]) -> list[str]:
    """``div.dataTables_scrollHead``: a table of the header row alone, every width 0 px."""
    heads = "".join(
        f"<th class='sorting' tabindex='0' rowspan='1' colspan='1' style='width: {ZERO};'>"
        f"{_h(label)}</th>"
        for label in labels
    )
    return [
        "<div class='dataTables_scroll'>",
        "<div class='dataTables_scrollHead' style='overflow: hidden; position: relative; "
        "border: 0px; width: 100%;'>",
        f"<div class='dataTables_scrollHeadInner' style='box-sizing: content-box; "
        f"width: {ZERO}; padding-right: 0px;'>",
        "<table class='display dataTable no-footer stripe hover row-border order-column' "
        f"role='grid' style='margin-left: 0px; width: {ZERO};'>",
        f"<thead><tr role='row'>{heads}</tr></thead>",
        "</table></div></div>",
    ]


def _sizing_row(labels: list[str]) -> str:
    """The body table's header: the plug-in's sizing row, 0 px high, each label clipped in a
    0-px-high ``div.dataTables_sizing``."""
    cells = "".join(
        "<th class='sorting' rowspan='1' colspan='1' style='width: "
        f"{ZERO}; padding-top: 0px; padding-bottom: 0px; border-top-width: 0px; "
        "border-bottom-width: 0px; height: 0px;'><div class='dataTables_sizing' "
        f"style='height: 0px; overflow: hidden;'>{_h(label)}</div></th>"
        for label in labels
    )
    return f"<thead><tr role='row' style='height: 0px;'>{cells}</tr></thead>"


def _steps(block: Block) -> list[str]:
    """One steps table as the plug-in leaves a scrolling table drawn while hidden."""
    labels = list(block.header)
    out = _wrapper_top() + _scroll_head(labels)
    out += [
        "<div class='dataTables_scrollBody' style='position: relative; overflow: auto; "
        "width: 100%;'>",
        "<table class='display dataTable no-footer stripe hover row-border order-column' "
        "role='grid' style='width: 100%;'>",
        _sizing_row(labels),
        "<tbody>",
    ]
    for k, row in enumerate(block.rows):
        parity = "odd" if k % 2 == 0 else "even"
        cells = "".join(f"<td>{_cell_html(value)}</td>" for value in row)
        out.append(f"<tr role='row' class='{parity}'>{cells}</tr>")
    out.append("</tbody></table></div></div>")  # the scroll body, the scroll
    # the info line and pagination (their leading « </tbody></table> » already written)
    out += _wrapper_bottom(len(block.rows))[1:]
    out.append("</div>")  # the tab's panel
    return out


def plan_html_dephase() -> str:
    """The seed as ``plan_html_datatables``' page whose steps tables scroll horizontally and
    were drawn while hidden: the header squashed at the left in a table of its own."""
    return _flowing_page(_CSS, _fields, _steps)


__all__ = ["SCROLL_CSS", "plan_html_dephase"]
