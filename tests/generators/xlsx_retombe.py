"""Seed 001 kept in a workbook at Excel's DEFAULT BOTTOM ALIGNMENT, repeated owners and
partners MERGED VERTICALLY (ninety-sixth held-out set, ``plan_xlsx_retombe``): an .xlsx
written with openpyxl, printed to PDF by LibreOffice Calc.

One sheet « Plan d'actions », A4 portrait, « fit to 1 page wide », no printed gridlines, the
columns of :data:`tests.generators.xlsx_titlerows.WIDTHS`: every row that is not a steps row
as :func:`tests.generators.xlsx_titlerows.plan_rows` writes it; each fiche's steps under a
header row of its own, a row a step, digit-only values numbers; the steps cells wrapped with
NO vertical alignment written (Excel's « Bas »), and in :data:`MERGED` columns each run of
consecutive steps of one value one cell merged over the run's rows, its value written once.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.generators.seed001 import Block
from tests.generators.xlsx_titlerows import WIDTHS, plan_portrait, put_header, put_steps

MERGED = (4, 5)  # 0-based: « Porteur », « Partenaires envisagés »


def bottom_aligned(ws: Any, rows: list[int]) -> None:
    """The steps ``rows``' cells wrapped, their vertical alignment left unset (bottom)."""
    from openpyxl.styles import Alignment

    for r in rows:
        for c in range(len(WIDTHS)):
            ws.cell(row=r, column=c + 1).alignment = Alignment(wrap_text=True)


def merge_runs(ws: Any, rows: list[int]) -> None:
    """In each :data:`MERGED` column, each run of consecutive ``rows`` holding one non-empty
    value merged into one cell over the run."""
    for c in MERGED:
        start = 0
        for k in range(1, len(rows) + 1):
            here = ws.cell(row=rows[start], column=c + 1).value
            if k < len(rows) and here and ws.cell(row=rows[k], column=c + 1).value == here:
                continue
            if k - 1 > start:
                ws.merge_cells(
                    start_row=rows[start], start_column=c + 1, end_row=rows[k - 1], end_column=c + 1
                )
            start = k


def plan_xlsx_retombe(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``: each fiche's steps under their own header row,
    bottom-aligned, the repeated owners and partners merged vertically."""

    def steps(ws: Any, put: Callable[..., int], block: Block) -> None:
        put_header(put, block.header)
        rows = put_steps(put, block)
        bottom_aligned(ws, rows)
        merge_runs(ws, rows)

    return plan_portrait(path, steps)
