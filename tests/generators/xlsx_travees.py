"""Seed 001 kept in a template workbook whose STEPS ARE WRITTEN ACROSS COLUMNS (ninetieth
held-out set, ``plan_xlsx_travees``): an .xlsx written with openpyxl, printed to PDF by
LibreOffice Calc.

One sheet « Plan d'actions », A4 portrait, « fit to 1 page wide », no printed gridlines, six
columns (:data:`WIDTHS`): every row that is not a steps row as
:func:`tests.generators.xlsx_titlerows.plan_rows` writes it; each steps table TRANSPOSED,
six rows, one a seed label: the label in column A, then ONE STEP A COLUMN from B to F, the
template's :data:`STEP_COLUMNS` step columns always boxed, those after a fiche's last step
left empty. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.generators.seed001 import Block, _paragraphs
from tests.generators.xlsx_titlerows import (
    plan_sheet,
    row_writer,
    save_portrait,
    sheet_writer,
    step_values,
)

WIDTHS = (22, 25, 25, 25, 25, 25)  # Excel character widths, columns A…F
STEP_COLUMNS = len(WIDTHS) - 1  # the template's step columns, B…F
LABEL_FILL = "D9E1F2"


def across_steps(ws: Any, put: Callable[..., int], block: Block) -> None:
    """``block``'s steps written across: one row a seed label (the label in A, bold on
    :data:`LABEL_FILL`), one column a step from B; every cell of the six rows boxed, the
    « Etape » row's names bold on the label fill."""
    from openpyxl.styles import PatternFill

    if len(block.rows) > STEP_COLUMNS:
        raise ValueError(f"{len(block.rows)} steps: more than the template's columns")
    fill = PatternFill("solid", fgColor=LABEL_FILL)
    steps = [step_values(block, step) for step in block.rows]
    for c, label in enumerate(block.header):
        cells = [(0, 0, label, True)]
        for k in range(STEP_COLUMNS):
            value = "\n".join(_paragraphs(steps[k][c])) if k < len(steps) else ""
            cells.append((k + 1, k + 1, value, c == 0))
        r = put(cells, boxed=True, numbers=True)
        ws.cell(row=r, column=1).fill = fill
        if c == 0:
            for k in range(len(steps)):
                ws.cell(row=r, column=k + 2).fill = fill


def plan_xlsx_travees(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``: each steps table written across the columns."""
    wb, ws, write = sheet_writer(WIDTHS)
    put, line, blank = row_writer(ws, write)
    plan_sheet(ws, put, line, blank, lambda block: across_steps(ws, put, block))
    return save_portrait(wb, ws, path)
