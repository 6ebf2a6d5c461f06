"""An intranet page whose steps tables the jQuery plug-in DataTables 1.13 enhances (French
language file), printed by Chromium after the script ran (thirty-fourth held-out set,
``plan_html_datatables``).

Written as the static DOM the plug-in leaves: each table inside its wrapper with the length
menu and search box above it, the info line and pagination under it, and the sort arrows its
stylesheet draws in every header cell; no initial sort (``order: []``), so the seed's rows keep
their order. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _cell_html, _flowing_page, _h, th_fields
from tests.generators.seed001 import Block

# the header cells' widths DataTables' ``autoWidth`` measured on the author's screen (px)
AUTO_WIDTHS = (112, 260, 84, 96, 84, 104)

_CSS = """
@page { size: A4; margin: 12mm; }
body { font-family: 'Helvetica Neue', Helvetica, Arial, sans-serif; font-size: 9.5pt;
  color: #333333; margin: 0; }
h1 { font-size: 15pt; color: #385623; margin: 10px 0 4px; }
h2 { font-size: 11pt; color: #2E74B5; margin: 10px 0 4px; }
h3 { font-size: 12pt; font-weight: bold; color: #0B5394; margin: 16px 0 4px; }
h3 + h3 { margin-top: 0; }
h4 { font-size: 10pt; font-weight: bold; margin: 10px 0 4px; }
p { margin: 0 0 3px; }
table.summary td { padding: 2px 6px; vertical-align: top; }
table.kv { border-collapse: collapse; width: 100%; margin: 0 0 6px; }
table.kv th, table.kv td { border-bottom: 1px solid #dddddd; padding: 3px 6px 3px 0;
  vertical-align: top; text-align: left; }
table.kv th { width: 4.2cm; font-weight: bold; }
/* jquery.dataTables.css 1.13, the rules a « display » table uses */
.dataTables_wrapper { position: relative; clear: both; margin: 0 0 10px; }
.dataTables_wrapper::after { content: ""; display: block; clear: both; }
.dataTables_wrapper .dataTables_length { float: left; }
.dataTables_wrapper .dataTables_length select { border: 1px solid #aaa; border-radius: 3px;
  padding: 5px; background-color: transparent; color: inherit; margin: 0 3px; }
.dataTables_wrapper .dataTables_filter { float: right; text-align: right; }
.dataTables_wrapper .dataTables_filter input { border: 1px solid #aaa; border-radius: 3px;
  padding: 5px; background-color: transparent; margin-left: 3px; width: 150px; }
.dataTables_wrapper .dataTables_info { clear: both; float: left; padding-top: .755em; }
.dataTables_wrapper .dataTables_paginate { float: right; text-align: right;
  padding-top: .25em; }
.dataTables_wrapper .dataTables_paginate .paginate_button { box-sizing: border-box;
  display: inline-block; min-width: 1.5em; padding: .5em 1em; margin-left: 2px;
  text-align: center; text-decoration: none; color: inherit; border: 1px solid transparent;
  border-radius: 2px; }
.dataTables_wrapper .dataTables_paginate .paginate_button.current {
  border: 1px solid rgba(0, 0, 0, .3);
  background: linear-gradient(to bottom, rgba(230, 230, 230, .05) 0%, rgba(0, 0, 0, .05) 100%);
}
.dataTables_wrapper .dataTables_paginate .paginate_button.disabled { color: #666666;
  cursor: default; }
table.dataTable { width: 100%; margin: 0 auto; clear: both; border-collapse: separate;
  border-spacing: 0; }
table.dataTable thead th { font-weight: bold; text-align: left; vertical-align: bottom;
  padding: 10px 26px 10px 10px; border-bottom: 1px solid rgba(0, 0, 0, .3);
  position: relative; }
table.dataTable thead > tr > th.sorting::before,
table.dataTable thead > tr > th.sorting::after { position: absolute; display: block;
  opacity: .125; right: 10px; line-height: 9px; font-size: .8em; }
table.dataTable thead > tr > th.sorting::before { bottom: 50%; content: "▲"; }
table.dataTable thead > tr > th.sorting::after { top: 50%; content: "▼"; }
table.dataTable tbody td { padding: 8px 10px; vertical-align: top; }
table.dataTable.row-border > tbody > tr > td { border-top: 1px solid rgba(0, 0, 0, .15); }
table.dataTable.row-border > tbody > tr:first-child > td { border-top: none; }
table.dataTable.stripe > tbody > tr.odd > * {
  box-shadow: inset 0 0 0 9999px rgba(0, 0, 0, .023); }
table.dataTable.no-footer { border-bottom: 1px solid rgba(0, 0, 0, .3); }
table.dataTable td p { margin: 0 0 3px; }
"""


def _fields(block: Block) -> list[str]:
    return th_fields(block)


def _wrapper_top(heads: str, classes: str = "") -> list[str]:
    """The wrapper's opening as the plug-in leaves it: the length menu and the search box,
    then the table (its classes plus ``classes``) up to its header row ``heads`` and the
    body's opening tag."""
    return [
        "<div class='dataTables_wrapper no-footer'>",
        "<div class='dataTables_length'><label>Afficher <select><option value='10' selected>"
        "10</option><option value='25'>25</option><option value='50'>50</option>"
        "<option value='100'>100</option></select> éléments</label></div>",
        "<div class='dataTables_filter'><label>Rechercher :<input type='search' "
        "placeholder=''></label></div>",
        "<table class='display dataTable no-footer stripe hover row-border order-column"
        f"{classes}' role='grid' style='width: 100%;'>",
        f"<thead><tr role='row'>{heads}</tr></thead><tbody>",
    ]


def _wrapper_bottom(n: int) -> list[str]:
    """The wrapper's closing: the table's end, the info line for ``n`` rows on one page and the
    disabled pagination."""
    return [
        "</tbody></table>",
        f"<div class='dataTables_info' role='status'>Affichage de l'élément 1 à {n} sur {n} "
        "éléments</div>",
        "<div class='dataTables_paginate paging_simple_numbers'>"
        "<a class='paginate_button previous disabled'>Précédent</a>"
        "<span><a class='paginate_button current'>1</a></span>"
        "<a class='paginate_button next disabled'>Suivant</a></div>",
        "</div>",
    ]


def _steps(block: Block) -> list[str]:
    """One steps table in DataTables' wrapper, as the plug-in leaves the DOM."""
    heads = "".join(
        f"<th class='sorting' tabindex='0' rowspan='1' colspan='1' style='width: {w}px;'>"
        f"{_h(label)}</th>"
        for label, w in zip(block.header, AUTO_WIDTHS, strict=True)
    )
    out = _wrapper_top(heads)
    for k, row in enumerate(block.rows):
        parity = "odd" if k % 2 == 0 else "even"
        cells = "".join(f"<td>{_cell_html(value)}</td>" for value in row)
        out.append(f"<tr role='row' class='{parity}'>{cells}</tr>")
    out += _wrapper_bottom(len(block.rows))
    return out


def plan_html_datatables() -> str:
    """The seed as an intranet page whose steps tables carry DataTables' widgets: length menu
    and search box above, info line and pagination under, sort arrows in the header."""
    return _flowing_page(_CSS, _fields, _steps)
