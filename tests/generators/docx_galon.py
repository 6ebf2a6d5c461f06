"""A plan whose council template OPENS EVERY TABLE WITH A COLOURED RIBBON COLUMN (a « galon »
in the axis's colour; hundred-and-eighty-fourth held-out set, ``plan_docx_galon``): each
fields table three columns (:data:`FIELD_WIDTHS_CM`), the first's cells MERGED VERTICALLY
into one (``w:vMerge``) shaded :data:`RIBBON` with no text, then the bold label, then the
value (:func:`galon_fields`); each steps table seven columns (:data:`STEP_WIDTHS_CM`), a
ribbon cell before ``plan_docx_echo``'s six labels in the repeated header row, the body's
first cells merged into one ribbon down all the steps (:func:`galon_impl`); a plain black
grid, no footer row.

The rest ``plan_docx_echo``'s document. Only the layout comes from here: every value is the
seed's.
"""

from __future__ import annotations

from tests.generators.docx_echo import HEAD_FILL
from tests.generators.docx_narrowstep import _grid
from tests.generators.plan_docx import _cell_text, _fixed_widths, _repeat_header, _shade
from tests.generators.seed001 import Block

FIELD_WIDTHS_CM = (0.4, 4.0, 12.6)  # 17.0 cm: ribbon, label, value
STEP_WIDTHS_CM = (0.4, 2.8, 5.6, 2.0, 2.2, 2.0, 2.0)  # 17.0 cm: ribbon, the six seed columns
RIBBON = "2E7D32"  # the axis's colour
SIZE = 9.5  # pt, labels and values


def _ribbon(table: object, first: int, last: int) -> None:
    """Column 0 of ``table``, rows ``first`` to ``last``: one merged cell, shaded, no text."""
    cell = table.cell(first, 0)  # type: ignore[attr-defined]
    if last > first:
        cell = cell.merge(table.cell(last, 0))  # type: ignore[attr-defined]
    _shade(cell, RIBBON)


def galon_fields(doc: object, fields: list[tuple[str, str]]) -> None:
    """A 3-column table 17 cm wide: the ribbon, the bold label, the value, a black grid."""
    table = doc.add_table(rows=len(fields), cols=3)  # type: ignore[attr-defined]
    _grid(table)
    for r, (label, value) in enumerate(fields):
        _cell_text(table.cell(r, 1), label, bold=True, size=SIZE)
        _cell_text(table.cell(r, 2), value, size=SIZE)
    _ribbon(table, 0, len(fields) - 1)
    _fixed_widths(table, FIELD_WIDTHS_CM)


def galon_impl(doc: object, block: Block) -> None:
    """The steps table: a ribbon cell and the six labels (bold 9 pt on ``echo``'s grey) in a
    repeated header row, a row a step, the body's ribbon one merged cell, a black grid, an
    empty paragraph after it."""
    from docx.shared import Pt

    ncols = len(block.header)
    table = doc.add_table(rows=len(block.rows) + 1, cols=ncols + 1)  # type: ignore[attr-defined]
    _grid(table)
    _shade(table.cell(0, 0), RIBBON)
    for c, label in enumerate(block.header, start=1):
        cell = table.cell(0, c)
        _cell_text(cell, label, bold=True, size=9)
        _shade(cell, HEAD_FILL)
    _repeat_header(table.rows[0])
    for r, row in enumerate(block.rows, start=1):
        for c in range(ncols):
            value = row[c] if c < len(row) else ""
            _cell_text(table.cell(r, c + 1), value, bold=c == 0, size=9)
    _ribbon(table, 1, len(block.rows))
    _fixed_widths(table, STEP_WIDTHS_CM)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]


__all__ = ["FIELD_WIDTHS_CM", "RIBBON", "STEP_WIDTHS_CM", "galon_fields", "galon_impl"]
