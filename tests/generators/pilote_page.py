"""A « tableau de pilotage » intranet page whose steps tables put the OWNER FIRST and the
STEP NAME LAST (forty-seventh held-out set, ``plan_html_pilote``): the six columns in the
order owner, partners, planning, budget, description, step name, under abbreviated labels
« Pilote », « Partenaires », « Échéance », « Coût », « Descriptif », « Étape »; a thin full
grid, a dark ``<thead>`` repeated by Chromium on each page.

The seed flows as :func:`tests.generators.plan_html._flowing_page` writes it, the fields a
``table.kv``. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _cell_html, _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block

# (label, seed column, width %) in the page's order
COLUMNS = (
    ("Pilote", 4, 12),
    ("Partenaires", 5, 16),
    ("Échéance", 2, 10),
    ("Coût", 3, 11),
    ("Descriptif", 1, 33),
    ("Étape", 0, 18),
)

_CSS = """
@page { size: A4; margin: 14mm 12mm; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; color: #222222;
  margin: 0; }
h1 { font-size: 14pt; color: #1F4E79; margin: 12px 0 4px; }
h2 { font-size: 11pt; color: #2E74B5; margin: 10px 0 4px; }
h3 { font-size: 11.5pt; font-weight: bold; color: #1F4E79; margin: 14px 0 4px; }
h3 + h3 { margin-top: 0; }
h4 { font-size: 10pt; font-weight: bold; margin: 8px 0 4px; }
p { margin: 0 0 3px; }
table.summary td { padding: 2px 6px; vertical-align: top; }
table.kv { border-collapse: collapse; width: 100%; margin: 0 0 6px; }
table.kv th, table.kv td { border-bottom: 1px solid #DDDDDD; padding: 3px 6px 3px 0;
  vertical-align: top; text-align: left; }
table.kv th { width: 4cm; font-weight: bold; }
table.suivi { border-collapse: collapse; width: 100%; table-layout: fixed;
  margin: 4px 0 10px; }
table.suivi th, table.suivi td { border: 1px solid #BFBFBF; padding: 3px 5px;
  font-size: 8.5pt; text-align: left; vertical-align: top; }
table.suivi thead th { background: #44546A; color: #FFFFFF; font-weight: bold; }
table.suivi td.etape { font-weight: bold; }
table.suivi td p { margin: 0 0 3px; }
"""


def _impl(block: Block) -> list[str]:
    cols = "".join(f"<col style='width: {w}%'>" for _, _, w in COLUMNS)
    head = "".join(f"<th>{_h(label)}</th>" for label, _, _ in COLUMNS)
    out = [
        "<table class='suivi'>",
        f"<colgroup>{cols}</colgroup>",
        f"<thead><tr>{head}</tr></thead><tbody>",
    ]
    for row in block.rows:
        cells = []
        for _, column, _ in COLUMNS:
            value = row[column] if column < len(row) else ""
            klass = " class='etape'" if column == 0 else ""
            cells.append(f"<td{klass}>{_cell_html(value)}</td>")
        out.append(f"<tr>{''.join(cells)}</tr>")
    out.append("</tbody></table>")
    return out


def plan_html_pilote() -> str:
    """The seed as a « tableau de pilotage » page: steps owner first, step name last."""
    return _flowing_page(_CSS, _kv_fields, _impl)
