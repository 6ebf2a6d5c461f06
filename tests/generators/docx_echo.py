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


def _label_row(table: object, r: int, labels: list[str], fill: str = HEAD_FILL) -> None:
    """Row ``r`` of ``table``: ``labels`` bold 9 pt on ``fill``."""
    for c, label in enumerate(labels):
        cell = table.cell(r, c)  # type: ignore[attr-defined]
        _cell_text(cell, label, bold=True, size=9)
        _shade(cell, fill)


def headed_grid(doc: object, body_rows: int, header: list[str], fill: str = HEAD_FILL) -> object:
    """A new table of ``doc`` in a black grid: a repeated header row of ``header``'s labels
    (:func:`_label_row` on ``fill``), then ``body_rows`` empty rows."""
    table = doc.add_table(rows=body_rows + 1, cols=len(header))  # type: ignore[attr-defined]
    _grid(table)
    _label_row(table, 0, list(header), fill)
    _repeat_header(table.rows[0])  # type: ignore[attr-defined]
    return table


def step_cells(table: object, r: int, row: list[str] | tuple[str, ...], ncols: int) -> None:
    """Row ``r`` of ``table``: a step's ``ncols`` values 9 pt (empty where it has none), the
    first bold."""
    for c in range(ncols):
        _cell_text(table.cell(r, c), row[c] if c < len(row) else "", bold=c == 0, size=9)  # type: ignore[attr-defined]


def close_table(doc: object, table: object) -> None:
    """``table``'s columns fixed to :data:`WIDTHS_CM`, then an empty paragraph without space
    after under it."""
    from docx.shared import Pt

    _fixed_widths(table, WIDTHS_CM)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]


def echo_impl(doc: object, block: Block) -> None:
    """The steps table: the header (repeated), the seed steps, then the header's labels again
    as the last row, a black grid."""
    n_rows = len(block.rows)
    table = headed_grid(doc, n_rows + 1, block.header)
    for r, row in enumerate(block.rows, start=1):
        step_cells(table, r, row, len(block.header))
    _label_row(table, n_rows + 1, list(block.header))  # the « ligne de pied »
    close_table(doc, table)
