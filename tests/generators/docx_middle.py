"""A steps table CENTRED BOTH WAYS (forty-sixth held-out set, ``plan_docx_middle``): as an
author selects a template's whole table and clicks « Aligner au centre » (the middle one of
Word's nine cell-alignment buttons), every cell of the steps table — header and body — is
vertically centred (``w:vAlign`` center) and every paragraph in it centred (``w:jc``
center); the header row repeats on each page and rows may break across pages (Word's
default, no ``w:cantSplit``).

The fields are ``plan_docx_watermark``'s grey-grid table; the steps a thin grey full grid.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.docx_watermark import grey_steps_grid
from tests.generators.plan_docx import _cell_text
from tests.generators.seed001 import Block


def _centre(cell: object) -> None:
    """« Aligner au centre »: the cell vertically centred, each of its paragraphs centred."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER  # type: ignore[attr-defined]
    for par in cell.paragraphs:  # type: ignore[attr-defined]
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER


def middle_impl(doc: object, block: Block) -> None:
    """The steps table: six seed columns, bold labels on a pale blue fill, header repeated,
    a thin grey full grid, rows free to break, every cell centred both ways."""
    from docx.shared import Pt

    ncols = len(block.header)
    table = grey_steps_grid(doc, block, len(block.rows))
    for r, row in enumerate(block.rows, start=1):
        for c in range(ncols):
            _cell_text(table.cell(r, c), row[c] if c < len(row) else "", bold=c == 0, size=9)
    for row in table.rows:
        for cell in row.cells:
            _centre(cell)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
