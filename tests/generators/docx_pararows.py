"""A steps table whose description paragraphs each stand in a row of their own (forty-fifth
held-out set, ``plan_docx_pararows``): as an author who wants a rule between a description's
points builds it in Word, each description paragraph is one grid row and the step's five
other cells are merged vertically (« Fusionner les cellules », ``w:vMerge``) over those rows,
their value at the top.

The fields are ``plan_docx_watermark``'s grey-grid table; the steps a thin grey full grid,
header repeated. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.docx_watermark import grey_steps_grid
from tests.generators.plan_docx import _cell_text
from tests.generators.seed001 import Block, _paragraphs


def pararows_impl(doc: object, block: Block) -> None:
    """The steps table: six seed columns, bold labels on a pale blue fill, header repeated, a
    thin grey full grid; each description paragraph a row, the other cells merged over them."""
    from docx.shared import Pt

    description = block.header.index("Descriptif")
    parts = [_paragraphs(row[description]) if description < len(row) else [] for row in block.rows]
    spans = [max(1, len(p)) for p in parts]
    ncols = len(block.header)
    table = grey_steps_grid(doc, block, sum(spans))
    top = 1
    for row, paras, span in zip(block.rows, parts, spans, strict=True):
        for k in range(span):
            _cell_text(table.cell(top + k, description), paras[k] if paras else "", size=9)
        for c in range(ncols):
            if c == description:
                continue
            cell = table.cell(top, c)
            if span > 1:
                cell = cell.merge(table.cell(top + span - 1, c))
                while len(cell.paragraphs) > 1:  # the merge keeps one paragraph per cell
                    p = cell.paragraphs[-1]._p
                    p.getparent().remove(p)
            _cell_text(cell, row[c] if c < len(row) else "", bold=c == 0, size=9)
        top += span
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
