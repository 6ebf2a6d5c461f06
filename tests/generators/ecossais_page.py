"""A CMS page whose theme bands its steps tables ONE ROW IN TWO AND ONE COLUMN IN TWO WITH
THE SAME TRANSLUCENT TINT and draws no rule (hundred-and-thirty-sixth held-out set,
``plan_html_ecossais``): ``tbody tr:nth-child(even)`` and ``tbody td:nth-child(even)`` both
``rgba(60, 90, 120, 0.12)``, so where an even row crosses an even column the two tints add
up — four tones, a « tartan » (« écossais »). The header (bold white on #3C5A78) in a
repeated ``<thead>``; no border on any cell nor on the table.

The seed flows as ``plan_html_inlabel``'s page (fields a ``table.kv``). Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import br_paragraphs, flowing_css, steps_table

WIDTHS = (16, 38, 11, 12, 11, 12)
TINT = "rgba(60, 90, 120, 0.12)"

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + f"""\
table.ecossais {{ width: 100%; table-layout: fixed; border-collapse: collapse; border: 0;
  margin: 4px 0 10px; }}
table.ecossais th, table.ecossais td {{ border: 0; padding: 4px 6px; font-size: 8.5pt;
  vertical-align: top; text-align: left; }}
table.ecossais th {{ background: #3C5A78; color: #FFFFFF; font-weight: bold; }}
table.ecossais td.etape {{ font-weight: bold; }}
table.ecossais tbody tr:nth-child(even) {{ background: {TINT}; }}
table.ecossais tbody td:nth-child(even) {{ background-color: {TINT}; }}
"""
)


def _steps(block: Block) -> list[str]:
    """The steps: a ``<thead>`` of the labels, then a row a step (name bold)."""
    return steps_table(block, "ecossais", WIDTHS, lambda _c, _label, value: br_paragraphs(value))


def plan_html_ecossais() -> str:
    """The seed as a CMS page whose steps tables are banded by rows and by columns."""
    return _flowing_page(_CSS, _kv_fields, _steps)
