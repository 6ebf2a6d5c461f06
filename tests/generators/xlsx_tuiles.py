"""Seed 001 on a sheet whose steps tables keep the look of an EXCEL TABLE CONVERTED TO A RANGE
(hundred-and-fifty-third held-out set, ``plan_xlsx_tuiles``): an .xlsx written with openpyxl,
printed to PDF by LibreOffice Calc, as an agent « met sous forme de tableau » then
« convertit en plage » every steps table, the look kept as the cells' own formatting: the
header cells filled #4472C4, their labels bold white; every step cell filled #D9E1F2 (no
banding); EVERY STEPS CELL BOXED BY A MEDIUM WHITE BORDER on all four sides instead of the
thin grey one, so no dark rule is left in a steps table, only white lines over its fills.

One sheet « Plan d'actions » as :func:`tests.generators.xlsx_titlerows.plan_headed` writes it
but for the steps cells' fills, borders and header font. Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.seed001 import Block
from tests.generators.xlsx_titlerows import (
    WIDTHS,
    plan_sheet,
    put_header,
    put_steps,
    row_writer,
    save_portrait,
    sheet_writer,
)

HEAD_FILL = "4472C4"  # the header cells' fill (Excel's accent 1)
BODY_FILL = "D9E1F2"  # every step cell's fill (accent 1, 80 % lighter)
WHITE = "FFFFFF"


def _tile(ws: Any, row: int, fill: str, header: bool) -> None:
    """Row ``row``'s six cells filled ``fill``, boxed by medium white borders; a header
    row's labels bold white."""
    from copy import copy

    from openpyxl.styles import Border, PatternFill, Side

    side = Side(style="medium", color=WHITE)
    box = Border(left=side, right=side, top=side, bottom=side)
    for c in range(1, len(WIDTHS) + 1):
        cell = ws.cell(row=row, column=c)
        cell.fill = PatternFill("solid", fgColor=fill)
        cell.border = box
        if header:
            font = copy(cell.font)
            font.color = WHITE
            font.bold = True
            cell.font = font


def plan_xlsx_tuiles(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, every steps table white-ruled over its fills."""
    wb, ws, write = sheet_writer(WIDTHS)
    put, line, blank = row_writer(ws, write)

    def steps(block: Block) -> None:
        _tile(ws, put_header(put, block.header), HEAD_FILL, True)
        for row in put_steps(put, block):
            _tile(ws, row, BODY_FILL, False)

    plan_sheet(ws, put, line, blank, steps)
    return save_portrait(wb, ws, path)
