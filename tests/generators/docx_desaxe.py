"""A steps table ASSEMBLED FROM A TEMPLATE HEADER ROW AND BODY ROWS PASTED FROM LAST YEAR'S
PLAN, Word joining them into one table but keeping each part's own column widths
(seventy-third held-out set, ``plan_docx_desaxe``): the header row's six cells 2.4 / 4.6 /
2.6 / 2.6 / 2.4 / 2.4 cm, every body row's 3.0 / 5.6 / 1.9 / 2.4 / 1.8 / 2.3 cm, both spanning
(``w:gridSpan``) the 11 columns of a grid made of the union of their boundaries, so the
vertical rules jog at the header's foot; every table a plain 0.5 pt black single grid, no
fill, the header bold and repeated, rows free to break.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.docx_narrowstep import _grid
from tests.generators.plan_docx import _cell_text, _repeat_header
from tests.generators.seed001 import Block

HEAD_WIDTHS_CM = (2.4, 4.6, 2.6, 2.6, 2.4, 2.4)  # the template's header row, 17.0 cm
BODY_WIDTHS_CM = (3.0, 5.6, 1.9, 2.4, 1.8, 2.3)  # the pasted body rows, 17.0 cm


def _bounds(widths: tuple[float, ...]) -> list[float]:
    """The right edges (cm from the table's left) of cells of ``widths``."""
    out, edge = [], 0.0
    for width in widths:
        edge = round(edge + width, 2)
        out.append(edge)
    return out


# the table grid: the union of the header's and the body's cell boundaries
GRID_EDGES = sorted(set(_bounds(HEAD_WIDTHS_CM)) | set(_bounds(BODY_WIDTHS_CM)))
GRID_CM = tuple(round(b - a, 2) for a, b in zip([0.0, *GRID_EDGES[:-1]], GRID_EDGES, strict=True))


def _spans(widths: tuple[float, ...]) -> list[tuple[int, int]]:
    """Each cell of ``widths`` as its first and last grid columns (inclusive)."""
    out, start = [], 0
    for edge in _bounds(widths):
        end = GRID_EDGES.index(edge)
        out.append((start, end))
        start = end + 1
    return out


def _row(table: object, r: int, widths: tuple[float, ...]) -> list[object]:
    """Row ``r``'s cells merged over the grid columns of ``widths``, each its width."""
    from docx.shared import Cm

    cells = []
    for (first, last), width in zip(_spans(widths), widths, strict=True):
        cell = table.cell(r, first)  # type: ignore[attr-defined]
        if last > first:
            cell = cell.merge(table.cell(r, last))  # type: ignore[attr-defined]
        cell.width = Cm(width)
        cells.append(cell)
    return cells


def desaxe_impl(doc: object, block: Block) -> None:
    """The steps table: the header row on :data:`HEAD_WIDTHS_CM`, the body rows on
    :data:`BODY_WIDTHS_CM`, one table, a black grid."""
    from docx.shared import Cm, Pt

    table = doc.add_table(rows=1 + len(block.rows), cols=len(GRID_CM))  # type: ignore[attr-defined]
    _grid(table)
    table.autofit = False  # type: ignore[attr-defined]
    for c, width in enumerate(GRID_CM):
        table.columns[c].width = Cm(width)  # type: ignore[attr-defined]
    for cell, label in zip(_row(table, 0, HEAD_WIDTHS_CM), block.header, strict=True):
        _cell_text(cell, label, bold=True, size=9)
    _repeat_header(table.rows[0])  # type: ignore[attr-defined]
    for r, row in enumerate(block.rows, start=1):
        for c, cell in enumerate(_row(table, r, BODY_WIDTHS_CM)):
            value = row[c] if c < len(row) else ""
            _cell_text(cell, value, bold=c == 0, size=9)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
