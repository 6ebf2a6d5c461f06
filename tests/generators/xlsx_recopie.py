"""Seed 001 kept in a workbook whose steps tables are RULED WITH CHARACTERS (hundred-and-second
held-out set, ``plan_xlsx_recopie``): an .xlsx written with openpyxl, printed to PDF by
LibreOffice Calc, as an agent who learnt spreadsheets on Lotus 1-2-3 rules a table with
repeating labels, kept by Excel as the horizontal alignment « Recopié » (``fill``).

One sheet « Plan d'actions », A4 portrait, « fit to 1 page wide », no printed gridlines, the
columns of :data:`tests.generators.xlsx_titlerows.WIDTHS`: every row that is not a steps row
as :func:`tests.generators.xlsx_titlerows.plan_rows` writes it; each fiche's steps with no
border nor fill: the six seed labels bold, a :func:`rule_row` of « = » under them, then a row
a step (wrapped, top-aligned, the step name bold, digit-only values numbers), each followed by
a rule row of « - », the last by one of « = ». Only the layout comes from here: every value is
the seed's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.generators.seed001 import Block, _paragraphs
from tests.generators.xlsx_titlerows import (
    WIDTHS,
    plan_sheet,
    row_writer,
    save_portrait,
    sheet_writer,
    step_values,
)

SIZE = 9.0
DOUBLE = "="  # under the header and after the last step
SINGLE = "-"  # between two steps


def rule_row(ws: Any, put: Callable[..., int], char: str, ncols: int) -> int:
    """A row of ``ncols`` cells each holding ``char`` aligned « Recopié » (the character
    repeated over the cell's width), regular, no border; returns its row."""
    from openpyxl.styles import Alignment

    r = put([(c, c, char, False) for c in range(ncols)], SIZE)
    for c in range(ncols):
        cell = ws.cell(row=r, column=c + 1)
        cell.data_type = "s"  # « = » a text, not a formula
        cell.alignment = Alignment(horizontal="fill", vertical="top", wrap_text=False)
    return r


def recopie_steps(ws: Any, put: Callable[..., int], block: Block) -> None:
    """``block``'s steps table: the labels bold, then rule rows of characters around and
    between the step rows; no border, no fill."""
    ncols = len(block.header)
    put([(c, c, label, True) for c, label in enumerate(block.header)], SIZE)
    rule_row(ws, put, DOUBLE, ncols)
    for n, step in enumerate(block.rows, start=1):
        values = step_values(block, step)
        put(
            [(c, c, "\n".join(_paragraphs(v)), c == 0) for c, v in enumerate(values)],
            SIZE,
            numbers=True,
        )
        rule_row(ws, put, DOUBLE if n == len(block.rows) else SINGLE, ncols)


def plan_xlsx_recopie(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``: each fiche's steps ruled with rows of « = » and
    « - » aligned « Recopié »."""
    wb, ws, write = sheet_writer(WIDTHS)
    put, line, blank = row_writer(ws, write)
    plan_sheet(ws, put, line, blank, lambda block: recopie_steps(ws, put, block))
    return save_portrait(wb, ws, path)
