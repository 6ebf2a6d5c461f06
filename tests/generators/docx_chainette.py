"""A plan whose service template rules its tables with Word's DASH-DOT-DOT borders
(hundred-and-ninetieth held-out set, ``plan_docx_chainette``): every border of every fields
and steps table — outside and inside — Word's « Tiret-point-point » line
(:data:`DOT_DOT_DASH`, ``w:val="dotDotDash"``, 1.5 pt, #404040), which Writer prints as one
stroked line a rule with a long-dash / short-dash / short-dash pattern. Each fields table two
columns (:data:`FIELD_WIDTHS_CM`), the label bold, the value beside it
(:func:`chainette_fields`); each steps table ``plan_docx_echo``'s six columns
(:data:`STEP_WIDTHS_CM`), the labels bold on ``echo``'s grey in a repeated header row, a row
a step, no footer row (:func:`chainette_impl`).

The rest ``plan_docx_echo``'s document. Only the layout comes from here: every value is the
seed's.
"""

from __future__ import annotations

from tests.generators.docx_echo import HEAD_FILL
from tests.generators.docx_echo import WIDTHS_CM as STEP_WIDTHS_CM
from tests.generators.plan_docx import (
    _cell_text,
    _fixed_widths,
    _repeat_header,
    _shade,
    _step_rows,
    _table_borders,
)
from tests.generators.seed001 import Block

FIELD_WIDTHS_CM = (4.5, 12.5)  # 17.0 cm: label, value
DOT_DOT_DASH = "dotDotDash:12:404040"  # « Tiret-point-point », 1.5 pt dark grey
SIZE = 9.5  # pt, the fields' labels and values


def _chained(table: object) -> None:
    """Every border of ``table``, outside and inside, Word's dash-dot-dot rule."""
    _table_borders(
        table,
        top=DOT_DOT_DASH,
        left=DOT_DOT_DASH,
        bottom=DOT_DOT_DASH,
        right=DOT_DOT_DASH,
        insideH=DOT_DOT_DASH,
        insideV=DOT_DOT_DASH,
    )


def chainette_fields(doc: object, fields: list[tuple[str, str]]) -> None:
    """A 2-column table 17 cm wide: the bold label beside the value, dash-dot-dot borders."""
    table = doc.add_table(rows=len(fields), cols=2)  # type: ignore[attr-defined]
    _chained(table)
    for r, (label, value) in enumerate(fields):
        _cell_text(table.cell(r, 0), label, bold=True, size=SIZE)
        _cell_text(table.cell(r, 1), value, size=SIZE)
    _fixed_widths(table, FIELD_WIDTHS_CM)


def chainette_impl(doc: object, block: Block) -> None:
    """The steps table: the six labels bold 9 pt on ``echo``'s grey in a repeated header
    row, a row a step (the name bold), dash-dot-dot borders, an empty paragraph after it."""
    table = doc.add_table(rows=1 + len(block.rows), cols=len(block.header))  # type: ignore[attr-defined]
    _chained(table)
    for c, label in enumerate(block.header):
        cell = table.cell(0, c)
        _cell_text(cell, label, bold=True, size=9)
        _shade(cell, HEAD_FILL)
    _repeat_header(table.rows[0])
    _step_rows(doc, table, block, 1, STEP_WIDTHS_CM)


__all__ = [
    "DOT_DOT_DASH",
    "FIELD_WIDTHS_CM",
    "STEP_WIDTHS_CM",
    "chainette_fields",
    "chainette_impl",
]
