"""A steps table whose HEADER ROW IS TYPED AGAIN AS ITS LAST ROW (ninety-first held-out set,
``plan_docx_echo``): as long printed tables in administrative files often do, the agent
repeats the column labels in a « ligne de pied » under the last step. Columns 2.8 / 5.6 /
2.0 / 2.2 / 2.0 / 2.4 cm; the first row (the six seed labels, bold 9 pt on #D9D9D9) repeated
at the top of every page; the last row a copy of it, NOT marked to repeat (an ordinary row
printed once). ``plan_docx_narrowstep``'s document otherwise (plain 0.5 pt black grids), rows
free to break.

Only the layout comes from here: every value is the seed's (the footer row is not).
"""

from __future__ import annotations

from tests.generators.docx_narrowstep import _grid
from tests.generators.plan_docx import _cell_text, _fixed_widths, _repeat_header, _shade
from tests.generators.seed001 import Block

WIDTHS_CM = (2.8, 5.6, 2.0, 2.2, 2.0, 2.4)  # 17.0 cm
HEAD_FILL = "D9D9D9"


def _label_row(table: object, r: int, labels: list[str]) -> None:
    """Row ``r`` of ``table``: ``labels`` bold 9 pt on :data:`HEAD_FILL`."""
    for c, label in enumerate(labels):
        cell = table.cell(r, c)  # type: ignore[attr-defined]
        _cell_text(cell, label, bold=True, size=9)
        _shade(cell, HEAD_FILL)


def echo_impl(doc: object, block: Block) -> None:
    """The steps table: the header (repeated), the seed steps, then the header's labels again
    as the last row, a black grid."""
    from docx.shared import Pt

    ncols = len(block.header)
    n_rows = len(block.rows)
    table = doc.add_table(rows=n_rows + 2, cols=ncols)  # type: ignore[attr-defined]
    _grid(table)
    _label_row(table, 0, list(block.header))
    _repeat_header(table.rows[0])
    for r, row in enumerate(block.rows, start=1):
        for c in range(ncols):
            _cell_text(table.cell(r, c), row[c] if c < len(row) else "", bold=c == 0, size=9)
    _label_row(table, n_rows + 1, list(block.header))  # the « ligne de pied »
    _fixed_widths(table, WIDTHS_CM)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
