"""Tables told apart by WHITE GAPS, NOT RULES (fiftieth held-out set, ``plan_docx_gapgrid``):
a communication service's template in Word's « Tableau Grille » look, every cell filled and
EVERY BORDER 2 pt WHITE (outer box and inner rules), so no rule is drawn and the cells stand
2 pt apart; the fields' labels on #DDEBF7 beside values on #F2F2F2; the steps header bold
white on #1F4E79, repeated on each page, the body cells in ALTERNATING COLUMN COLOURS
(#DDEBF7 for the 1st, 3rd and 5th columns, #EDEDED for the others), rows free to break.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.docx_watermark import FIELD_WIDTHS_CM, STEP_WIDTHS_CM
from tests.generators.plan_docx import (
    _cell_text,
    _fixed_widths,
    _repeat_header,
    _shade,
    _table_borders,
)
from tests.generators.seed001 import Block

GAP = "single:16:FFFFFF"  # 2 pt white
LABEL_FILL = "DDEBF7"
VALUE_FILL = "F2F2F2"
HEAD_FILL = "1F4E79"
COLUMN_FILLS = ("DDEBF7", "EDEDED")  # odd columns, even columns


def _gaps(table: object) -> None:
    """Every border of ``table`` 2 pt white."""
    _table_borders(table, top=GAP, left=GAP, bottom=GAP, right=GAP, insideH=GAP, insideV=GAP)


def gapgrid_fields(doc: object, fields: list[tuple[str, str]]) -> None:
    """A 2-column table 17 cm wide: bold labels on #DDEBF7, values on #F2F2F2, 9.5 pt, white
    2 pt borders."""
    table = doc.add_table(rows=len(fields), cols=2)  # type: ignore[attr-defined]
    _gaps(table)
    for r, (label, value) in enumerate(fields):
        _cell_text(table.cell(r, 0), label, bold=True, size=9.5)
        _shade(table.cell(r, 0), LABEL_FILL)
        _cell_text(table.cell(r, 1), value, size=9.5)
        _shade(table.cell(r, 1), VALUE_FILL)
    _fixed_widths(table, FIELD_WIDTHS_CM)


def gapgrid_impl(doc: object, block: Block) -> None:
    """The steps table: six seed columns, labels bold white on #1F4E79, header repeated, body
    cells filled by column, white 2 pt borders."""
    from docx.shared import Pt, RGBColor

    ncols = len(block.header)
    table = doc.add_table(rows=1 + len(block.rows), cols=ncols)  # type: ignore[attr-defined]
    _gaps(table)
    for c, label in enumerate(block.header):
        cell = table.cell(0, c)
        _cell_text(cell, label, bold=True, size=9)
        for run in cell.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _shade(cell, HEAD_FILL)
    _repeat_header(table.rows[0])
    for r, row in enumerate(block.rows, start=1):
        for c in range(ncols):
            cell = table.cell(r, c)
            _cell_text(cell, row[c] if c < len(row) else "", bold=c == 0, size=9)
            _shade(cell, COLUMN_FILLS[c % 2])
    _fixed_widths(table, STEP_WIDTHS_CM)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
