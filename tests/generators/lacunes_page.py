"""An old municipal CMS theme whose steps tables carry ``EMPTY-CELLS: HIDE`` (hundred-and-
thirty-ninth held-out set, ``plan_html_lacunes``): ``border-collapse: separate;
border-spacing: 0``, every ``th`` and ``td`` its own 1 px #8C8C8C box (2 px lines between
two neighbours, 1 px round the table), the body cells on #F5F8FB, the header bold on
#DCE6F0 in a repeated ``<thead>``; an EMPTY VALUE an empty ``<td></td>``, which the property
leaves UNDRAWN — no box, no fill —: a white hole in the grid where the seed has no value.

The seed flows as ``plan_html_inlabel``'s page (fields a ``table.kv``). Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import br_paragraphs, flowing_css, steps_table

WIDTHS = (16, 38, 11, 12, 11, 12)

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + """\
table.lacunes { width: 100%; table-layout: fixed; border-collapse: separate;
  border-spacing: 0; empty-cells: hide; border: 0; margin: 4px 0 10px; }
table.lacunes th, table.lacunes td { border: 1px solid #8C8C8C; padding: 4px 6px;
  font-size: 8.5pt; vertical-align: top; text-align: left; }
table.lacunes th { background: #DCE6F0; font-weight: bold; }
table.lacunes td { background: #F5F8FB; }
table.lacunes td.etape { font-weight: bold; }
"""
)


def _steps(block: Block) -> list[str]:
    """The steps: a ``<thead>`` of the labels, then a row a step (name bold), an empty value
    an empty ``<td>``."""
    return steps_table(block, "lacunes", WIDTHS, lambda _c, _label, value: br_paragraphs(value))


def plan_html_lacunes() -> str:
    """The seed as a CMS page whose steps tables leave their empty cells undrawn."""
    return _flowing_page(_CSS, _kv_fields, _steps)
