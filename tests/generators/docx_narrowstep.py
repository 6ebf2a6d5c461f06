"""A steps table whose COLUMNS ARE SO UNEQUAL THAT THE STEP NAMES WRAP ABOUT ONE WORD A LINE
(fifty-first held-out set, ``plan_docx_narrowstep``): an agent dragged the column rules to
give the description all the room — 1.8 / 8.6 / 1.6 / 1.8 / 1.6 / 1.6 cm —; every table a
plain 0.5 pt black single grid, no fill, the steps header bold and repeated, rows free to
break.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.docx_watermark import FIELD_WIDTHS_CM
from tests.generators.plan_docx import (
    _cell_text,
    _fixed_widths,
    _repeat_header,
    _step_rows,
    _table_borders,
)
from tests.generators.seed001 import Block

RULE = "single:4:000000"  # 0.5 pt black
NARROW_WIDTHS_CM = (1.8, 8.6, 1.6, 1.8, 1.6, 1.6)  # 17.0 cm


def _grid(table: object) -> None:
    """Every border of ``table`` a 0.5 pt black single rule."""
    _table_borders(table, top=RULE, left=RULE, bottom=RULE, right=RULE, insideH=RULE, insideV=RULE)


def narrowstep_fields(doc: object, fields: list[tuple[str, str]]) -> None:
    """A 2-column table 17 cm wide: bold labels beside values, 9.5 pt, a black grid."""
    table = doc.add_table(rows=len(fields), cols=2)  # type: ignore[attr-defined]
    _grid(table)
    for r, (label, value) in enumerate(fields):
        _cell_text(table.cell(r, 0), label, bold=True, size=9.5)
        _cell_text(table.cell(r, 1), value, size=9.5)
    _fixed_widths(table, FIELD_WIDTHS_CM)


def narrowstep_impl(doc: object, block: Block) -> None:
    """The steps table: six seed columns on :data:`NARROW_WIDTHS_CM`, labels bold, header
    repeated, a black grid."""
    table = doc.add_table(rows=1 + len(block.rows), cols=len(block.header))  # type: ignore[attr-defined]
    _grid(table)
    for c, label in enumerate(block.header):
        _cell_text(table.cell(0, c), label, bold=True, size=9)
    _repeat_header(table.rows[0])
    _step_rows(doc, table, block, 1, NARROW_WIDTHS_CM)
