"""A steps table « AÉRÉ » by THIN EMPTY SPACER ROWS (ninety-fourth held-out set,
``plan_docx_aere``): before every step the agent inserted an empty row EXACTLY 0.15 cm high
(1 pt paragraphs), its cells' left and right borders nil, so the table's vertical rules stop
at every gap and each step prints as a boxed strip of its own. Columns 2.8 / 5.6 / 2.0 / 2.2
/ 2.0 / 2.4 cm; the first row (the six seed labels, bold 9 pt on #DDEBF7) repeated at the top
of every page; ``plan_docx_narrowstep``'s document otherwise (plain 0.5 pt black grids), step
rows free to break.

Only the layout comes from here: every value is the seed's (the spacer rows are not).
"""

from __future__ import annotations

from tests.generators.docx_echo import close_table, headed_grid, step_cells
from tests.generators.plan_docx import _set_cell_borders
from tests.generators.seed001 import Block

HEAD_FILL = "DDEBF7"
SPACER_CM = 0.15


def _spacer(row: object) -> None:
    """``row`` an empty spacer: exactly :data:`SPACER_CM` high, each cell one empty 1 pt
    paragraph with no spacing, its top and bottom borders 0.5 pt black, left and right nil."""
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    row.height = Cm(SPACER_CM)  # type: ignore[attr-defined]
    row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY  # type: ignore[attr-defined]
    for cell in row.cells:  # type: ignore[attr-defined]
        par = cell.paragraphs[0]
        fmt = par.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing = 1.0
        par.add_run("").font.size = Pt(1)
        mark = par._p.get_or_add_pPr()
        rpr = OxmlElement("w:rPr")
        size = OxmlElement("w:sz")
        size.set(qn("w:val"), "2")
        rpr.append(size)
        mark.append(rpr)  # the paragraph mark's size: 1 pt
        _set_cell_borders(cell, top="single", bottom="single", left=None, right=None)


def aere_impl(doc: object, block: Block) -> None:
    """The steps table: the header (repeated), then a spacer row and the step's row for every
    seed step, a black grid."""
    table = headed_grid(doc, 2 * len(block.rows), block.header, HEAD_FILL)
    for k, row in enumerate(block.rows):
        _spacer(table.rows[1 + 2 * k])  # type: ignore[attr-defined]
        step_cells(table, 2 + 2 * k, row, len(block.header))
    close_table(doc, table)
