"""Seed 001 kept in a workbook whose EMPTY CELLS ARE CROSSED OUT (hundred-and-eighth held-out
set, ``plan_xlsx_sansobjet``): an .xlsx written with openpyxl, printed to PDF by LibreOffice
Calc, whose agent follows the CERFA habit of crossing out every cell left empty (« sans
objet ») with Excel's two diagonal borders rather than typing anything in it.

One sheet « Plan d'actions », A4 portrait, « fit to 1 page wide », no printed gridlines, the
columns of :data:`tests.generators.xlsx_titlerows.WIDTHS`: every row that is not a steps row
as :func:`tests.generators.xlsx_titlerows.plan_rows` writes it; each fiche's steps under a
header row of its own, a row a step; then :func:`cross_empty` on the sheet. Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import (
    BORDER,
    plan_headed,
)


def _crossed(cell: Any) -> None:
    """Both diagonal borders, thin :data:`BORDER`, added to ``cell``'s box."""
    from openpyxl.styles import Border, Side

    box = cell.border
    cell.border = Border(
        left=box.left,
        right=box.right,
        top=box.top,
        bottom=box.bottom,
        diagonal=Side(style="thin", color=BORDER),
        diagonalUp=True,
        diagonalDown=True,
    )


def cross_empty(ws: Any) -> int:
    """Every boxed cell of ``ws`` left empty (a merged range: its first cell) crossed out on
    every cell of its range; returns how many were."""
    merged = {}
    for rng in ws.merged_cells.ranges:
        cells = [
            (r, c)
            for r in range(rng.min_row, rng.max_row + 1)
            for c in range(rng.min_col, rng.max_col + 1)
        ]
        for rc in cells:
            merged[rc] = cells
    done: set[tuple[int, int]] = set()
    crossed = 0
    for row in ws.iter_rows():
        for cell in row:
            rc = (cell.row, cell.column)
            if rc in done or cell.value is not None or cell.border.left.style is None:
                continue
            cells = merged.get(rc, [rc])
            if cells[0] != rc:  # a covered cell of a range whose first cell holds text
                continue
            for r, c in cells:
                _crossed(ws.cell(row=r, column=c))
            done.update(cells)
            crossed += 1
    return crossed


def plan_xlsx_sansobjet(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``: each fiche's steps under their own header row, every
    boxed empty cell crossed out with both diagonal borders."""
    return plan_headed(path, lambda ws, rows: cross_empty(ws))
