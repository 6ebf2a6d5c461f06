"""An intranet « tableau de bord » whose steps tables are DATATABLES WITH FIXEDCOLUMNS
(ninety-third held-out set, ``plan_html_surimpression``), printed from the browser after the
page's script ran.

The seed flows as ``plan_html_vectoriel``'s page, the fields a ``table.kv``; each steps block
is one ``table.dataTable`` (DataTables' « display » look) in a ``div.dataTables_wrapper`` of
:data:`WRAP_WIDTH` (so the layout the script measures on screen is the printed one); the
script at the end of the page (:data:`FIXED_COLUMNS`) clones each table's FIRST COLUMN into
an absolutely positioned ``table.DTFC_Cloned`` over it, the column's width and every row's
height copied in px, as FixedColumns 3 does: every step name and the « Etape » label print
twice at one place. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import (
    ETAPES_WIDTHS,
    br_paragraphs,
    flowing_css,
    steps_table,
)

WRAP_WIDTH = "180mm"  # the A4 column between 15 mm margins

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + f"""\
div.dataTables_wrapper {{ position: relative; width: {WRAP_WIDTH}; margin: 4px 0 10px; }}
table.dataTable {{ width: 100%; table-layout: fixed; border-collapse: collapse; }}
table.dataTable th, table.dataTable td {{ padding: 6px 8px; font-size: 8.5pt;
  vertical-align: top; text-align: left; }}
table.dataTable thead th {{ font-weight: bold; border-bottom: 1px solid #111111; }}
table.dataTable tbody td {{ border-top: 1px solid #DDDDDD; }}
table.dataTable tbody tr {{ background: #FFFFFF; }}
table.dataTable tbody tr.odd {{ background: #F9F9F9; }}
table.dataTable td.etape {{ font-weight: bold; }}
div.DTFC_LeftWrapper {{ position: absolute; top: 0; left: 0; }}
table.DTFC_Cloned {{ table-layout: fixed; border-right: 1px solid #DDDDDD;
  background: #FFFFFF; }}
table.DTFC_Cloned th, table.DTFC_Cloned td {{ box-sizing: border-box; }}
"""
)

# FixedColumns 3's clone of the left column, as the page's inline script
FIXED_COLUMNS = """\
<script>
document.querySelectorAll("div.dataTables_wrapper").forEach(function (wrap) {
  var table = wrap.querySelector("table.dataTable");
  var wrapper = document.createElement("div");
  wrapper.className = "DTFC_LeftWrapper";
  var clone = document.createElement("table");
  clone.className = "dataTable DTFC_Cloned";
  clone.style.width = table.rows[0].cells[0].getBoundingClientRect().width + "px";
  var head = clone.createTHead();
  var body = clone.createTBody();
  Array.prototype.forEach.call(table.rows, function (row, i) {
    var copy = (i === 0 ? head : body).insertRow();
    copy.className = row.className;
    var cell = row.cells[0].cloneNode(true);
    cell.style.height = row.getBoundingClientRect().height + "px";
    copy.appendChild(cell);
  });
  wrapper.appendChild(clone);
  wrap.appendChild(wrapper);
});
</script>
"""


def _impl(block: Block) -> list[str]:
    table = steps_table(
        block,
        "dataTable display",
        ETAPES_WIDTHS,
        lambda c, label, value: br_paragraphs(value),
        row_attrs=_odd_even(),
    )
    return ["<div class='dataTables_wrapper'>", *table, "</div>"]


def _odd_even() -> Callable[[list[str]], str]:
    """The ``<tr>`` class of each row of one table: DataTables' « odd » / « even »."""
    count = {"n": 0}

    def attrs(values: list[str]) -> str:
        count["n"] += 1
        return " class='odd'" if count["n"] % 2 else " class='even'"

    return attrs


def plan_html_surimpression() -> str:
    """The seed as a « tableau de bord » page: each steps table's first column cloned over
    itself by FixedColumns' script."""
    page = _flowing_page(_CSS, _kv_fields, _impl)
    return page.replace("</body>", FIXED_COLUMNS + "</body>", 1)
