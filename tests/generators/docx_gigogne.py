"""A steps table whose last column holds A TABLE NESTED IN EVERY CELL, « tableaux gigognes »
(eighty-second held-out set, ``plan_docx_gigogne``): an agent pasted, into the fiche
template's last column, the two-column owners table of another document. Five outer columns
3.2 / 5.4 / 2.0 / 2.2 / 4.2 cm; the fifth cell of the header and of every body row a nested
1 × 2 table (1.7 / 2.1 cm, a 0.5 pt grey #808080 grid) of « Porteur » | « Partenaires
envisagés » or of the row's two values, then the empty paragraph Word keeps after a table
in a cell. ``plan_docx_narrowstep``'s document otherwise (plain 0.5 pt black grids, no
fill), header bold and repeated, rows free to break.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.docx_narrowstep import _grid
from tests.generators.plan_docx import _cell_text, _fixed_widths, _repeat_header, _table_borders
from tests.generators.seed001 import Block

OUTER_CM = (3.2, 5.4, 2.0, 2.2, 4.2)  # 17.0 cm
INNER_CM = (1.7, 2.1)  # 3.8 cm
GREY = "single:4:808080"  # 0.5 pt grey


def _nested(cell: object, values: tuple[str, str], bold: bool) -> None:
    """A 1 × 2 grey-ruled table of ``values`` as the first element of ``cell``, the cell's
    empty paragraph kept after it."""
    inner = cell.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
    _table_borders(inner, top=GREY, left=GREY, bottom=GREY, right=GREY, insideV=GREY)
    for c, value in enumerate(values):
        _cell_text(inner.cell(0, c), value, bold=bold, size=9)
    _fixed_widths(inner, INNER_CM)
    first = cell.paragraphs[0]  # type: ignore[attr-defined]
    first._p.getparent().remove(first._p)  # the table first, Word's paragraph after it


def gigogne_impl(doc: object, block: Block) -> None:
    """The steps table: the first four seed columns, then the owner and the partners in a
    table nested in the fifth cell; a black outer grid, header repeated."""
    from docx.shared import Pt

    ncols = len(block.header)
    table = doc.add_table(rows=1 + len(block.rows), cols=5)  # type: ignore[attr-defined]
    _grid(table)
    for c in range(4):
        _cell_text(table.cell(0, c), block.header[c], bold=True, size=9)
    _nested(table.cell(0, 4), (block.header[4], block.header[5]), bold=True)
    _repeat_header(table.rows[0])
    for r, row in enumerate(block.rows, start=1):
        values = [row[c] if c < len(row) else "" for c in range(ncols)]
        for c in range(4):
            _cell_text(table.cell(r, c), values[c], bold=c == 0, size=9)
        _nested(table.cell(r, 4), (values[4], values[5]), bold=False)
    _fixed_widths(table, OUTER_CM)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
