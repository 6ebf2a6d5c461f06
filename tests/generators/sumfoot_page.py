"""An intranet page whose steps tables are GRID VIEWS OF THE PROJECT BASE (a no-code database
in the manner of NocoDB or Baserow) printed WITH THE VIEW'S SUMMARY BAR (fifty-third held-out
set, ``plan_html_sumfoot``): under each ``table.grid`` a ``<tfoot>`` row of counts —
« 3 enregistrements » under « Etape », « Remplis k » under each other column — that Chromium
repeats at the foot of every page the table breaks from.

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``, each steps table a
thin full grid with its ``<thead>`` repeated. Only the layout comes from here: every value is
the seed's (the summary bar is not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import flowing_css, steps_table

_CSS = (
    flowing_css("12mm", "#1F2933")
    + """\
table.grid { width: 100%; table-layout: fixed; border-collapse: collapse;
  margin: 4px 0 10px; }
table.grid th, table.grid td { border: 1px solid #E3E6EA; padding: 3px 5px;
  font-size: 8.5pt; vertical-align: top; text-align: left; }
table.grid th { background: #F4F5F7; color: #4A5568; font-size: 8pt; font-weight: bold; }
table.grid td.etape { font-weight: bold; }
table.grid tfoot td { background: #F9FAFB; color: #6B7280; font-size: 7.5pt;
  font-weight: normal; border-top: 1px solid #C9CED6; }
table.grid tfoot td b { color: #374151; }
"""
)

_WIDTHS = (16, 36, 11, 13, 11, 13)


def _summary(block: Block) -> str:
    """The view's summary bar: the record count, then each column's filled cells."""
    n = len(block.rows)
    cells = [f"<td><b>{n}</b> enregistrement{'s' if n > 1 else ''}</td>"]
    for c in range(1, len(block.header)):
        filled = sum(1 for row in block.rows if c < len(row) and _paragraphs(row[c]))
        cells.append(f"<td>Remplis <b>{filled}</b></td>")
    return "<tfoot><tr>" + "".join(cells) + "</tr></tfoot>"


def _impl(block: Block) -> list[str]:
    return steps_table(
        block,
        "grid",
        _WIDTHS,
        lambda c, label, value: "".join(f"<p>{_h(part)}</p>" for part in _paragraphs(value)),
        _summary(block),
    )


def plan_html_sumfoot() -> str:
    """The seed as an intranet page whose steps grid views print a summary bar."""
    return _flowing_page(_CSS, _kv_fields, _impl)
