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
from tests.generators.site_body import flowing_css, steps_table_open

# (label, seed column, width %) in the page's order
COLUMNS = (
    ("Pilote", 4, 12),
    ("Partenaires", 5, 16),
    ("Échéance", 2, 10),
    ("Coût", 3, 11),
    ("Descriptif", 1, 33),
    ("Étape", 0, 18),
)

_CSS = (
    flowing_css("14mm 12mm")
    + """\
table.suivi { border-collapse: collapse; width: 100%; table-layout: fixed;
  margin: 4px 0 10px; }
table.suivi th, table.suivi td { border: 1px solid #BFBFBF; padding: 3px 5px;
  font-size: 8.5pt; text-align: left; vertical-align: top; }
table.suivi thead th { background: #44546A; color: #FFFFFF; font-weight: bold; }
table.suivi td.etape { font-weight: bold; }
table.suivi td p { margin: 0 0 3px; }
"""
)


def _impl(block: Block) -> list[str]:
    head = "".join(f"<th>{_h(label)}</th>" for label, _, _ in COLUMNS)
    out = steps_table_open("suivi", tuple(w for _, _, w in COLUMNS), head)
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
