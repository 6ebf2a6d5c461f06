"""A steps table with a SIDE-LABEL COLUMN (hundred-and-forty-fifth held-out set,
``plan_docx_flanc``), as departmental fiche templates do that label each block of the fiche
in a dark margin strip: a first column :data:`SIDE_CM` cm wide whose body cells are
VERTICALLY MERGED (``w:vMerge``) into one cell on :data:`SIDE_FILL` reading :data:`SIDE_LABEL`
bold 8 pt white, top-aligned; its header cell empty on the same fill; then the six seed
columns on :data:`FLANC_WIDTHS_CM`.

``plan_docx_echo``'s document and grid otherwise (the labels bold 9 pt on #D9D9D9 repeated,
a plain 0.5 pt black grid, no footer row), rows free to break. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.docx_echo import HEAD_FILL
from tests.generators.docx_narrowstep import _grid
from tests.generators.plan_docx import _cell_text, _fixed_widths, _repeat_header, _shade
from tests.generators.seed001 import Block

SIDE_CM = 1.4
FLANC_WIDTHS_CM = (2.6, 5.0, 1.8, 2.0, 1.8, 2.4)  # 15.6 cm, 17.0 cm with the side column
SIDE_FILL = "595959"
SIDE_LABEL = "ÉTAPES"


def flanc_impl(doc: object, block: Block) -> None:
    """The steps table: the side-label column (its body cells merged), the header
    (repeated), a row a step."""
    from docx.shared import Pt, RGBColor

    n_cols = len(block.header)
    n_rows = len(block.rows)
    table = doc.add_table(rows=n_rows + 1, cols=n_cols + 1)  # type: ignore[attr-defined]
    _grid(table)
    _shade(table.cell(0, 0), SIDE_FILL)
    for c, label in enumerate(block.header, start=1):
        cell = table.cell(0, c)
        _cell_text(cell, label, bold=True, size=9)
        _shade(cell, HEAD_FILL)
    _repeat_header(table.rows[0])
    for r, row in enumerate(block.rows, start=1):
        cells = [table.cell(r, c) for c in range(1, n_cols + 1)]
        _step_row(cells, row, n_cols)
    side = table.cell(1, 0)
    if n_rows > 1:
        side = side.merge(table.cell(n_rows, 0))
    for par in side.paragraphs[1:]:  # the merge's empty paragraphs
        par._p.getparent().remove(par._p)
    par = side.paragraphs[0]
    par.paragraph_format.space_after = Pt(0)
    run = par.add_run(SIDE_LABEL)
    run.bold = True
    run.font.size = Pt(8)
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    _shade(side, SIDE_FILL)
    _fixed_widths(table, (SIDE_CM, *FLANC_WIDTHS_CM))
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]


def _step_row(cells: list, row: tuple | list, n_cols: int) -> None:
    """A step's ``n_cols`` values 9 pt in ``cells`` (empty where it has none), the first
    bold, as :func:`tests.generators.docx_echo.step_cells` writes them."""
    for c in range(n_cols):
        _cell_text(cells[c], row[c] if c < len(row) else "", bold=c == 0, size=9)


__all__ = ["flanc_impl"]
