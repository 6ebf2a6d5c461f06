"""A steps table on FIVE WORD COLUMNS FOR SIX SEED COLUMNS, « Planification » and
« Ressources à mobiliser » typed as TWO TAB-ALIGNED SUB-COLUMNS OF ONE CELL (seventy-sixth
held-out set, ``plan_docx_tabule``): columns 3.0 / 4.6 / 5.2 / 2.1 / 2.1 cm, the third
cell's paragraphs « <planning> TAB <resources> » with one left tab stop and a hanging
indent at 2.2 cm (no rule between the sub-columns), the header's third cell « Planification
TAB Ressources à mobiliser »; every table a plain 0.5 pt black single grid, no fill, the
header bold and repeated, rows free to break.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.docx_narrowstep import _grid
from tests.generators.plan_docx import _cell_text, _fixed_widths, _repeat_header
from tests.generators.seed001 import Block, _paragraphs

WIDTHS_CM = (3.0, 4.6, 5.2, 2.1, 2.1)  # 17.0 cm
TAB_CM = 2.2  # the second sub-column's start in the shared cell
PLANNING, RESOURCES = 2, 3  # the seed columns typed into one cell


def _subcolumns(cell: object, left: list[str], right: list[str], bold: bool) -> None:
    """``cell``'s paragraphs « left[k] TAB right[k] », a left tab stop and a hanging indent at
    :data:`TAB_CM`, 9 pt."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    lines = max(len(left), len(right))
    for k in range(lines):
        par = cell.paragraphs[0] if k == 0 else cell.add_paragraph()  # type: ignore[attr-defined]
        fmt = par.paragraph_format
        fmt.space_after = Pt(0)
        fmt.left_indent = Cm(TAB_CM)
        fmt.first_line_indent = Cm(-TAB_CM)
        fmt.tab_stops.add_tab_stop(Cm(TAB_CM), WD_TAB_ALIGNMENT.LEFT)
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        run = par.add_run(a + ("\t" + b if b else ""))
        run.bold = bold
        run.font.size = Pt(9)


def tabule_impl(doc: object, block: Block) -> None:
    """The steps table: planning and resources two tab-aligned sub-columns of the third of
    :data:`WIDTHS_CM`'s five columns, a black grid."""
    from docx.shared import Pt

    header = list(block.header)
    table = doc.add_table(rows=1 + len(block.rows), cols=len(WIDTHS_CM))  # type: ignore[attr-defined]
    _grid(table)
    cells = table.rows[0].cells  # type: ignore[attr-defined]
    _cell_text(cells[0], header[0], bold=True, size=9)
    _cell_text(cells[1], header[1], bold=True, size=9)
    _subcolumns(cells[2], [header[PLANNING]], [header[RESOURCES]], bold=True)
    _cell_text(cells[3], header[4], bold=True, size=9)
    _cell_text(cells[4], header[5], bold=True, size=9)
    _repeat_header(table.rows[0])  # type: ignore[attr-defined]
    for r, row in enumerate(block.rows, start=1):
        values = [row[c] if c < len(row) else "" for c in range(len(header))]
        cells = table.rows[r].cells  # type: ignore[attr-defined]
        _cell_text(cells[0], values[0], bold=True, size=9)
        _cell_text(cells[1], values[1], size=9)
        left, right = _paragraphs(values[PLANNING]), _paragraphs(values[RESOURCES])
        if left or right:
            _subcolumns(cells[2], left, right, bold=False)
        else:
            _cell_text(cells[2], "", size=9)
        _cell_text(cells[3], values[4], size=9)
        _cell_text(cells[4], values[5], size=9)
    _fixed_widths(table, WIDTHS_CM)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
