"""Seed 001 kept on a fiche template that has NO STEPS TABLE but a « FICHE ÉTAPE » BLOCK PER
STEP (hundred-and-forty-fourth held-out set, ``plan_xlsx_tiroirs``): an .xlsx written with
openpyxl, printed to PDF by LibreOffice Calc, each step six sheet rows — the seed label in
column A, the step's value merged over B:F —, the « Etape » row on #D9E1F2, the other
labels on #F2F2F2, every cell boxed thin grey, an empty row between two blocks.

One sheet « Plan d'actions » as :func:`tests.generators.xlsx_titlerows.plan_headed` writes
it but for the steps (no header row, no steps table). Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path

from tests.generators.seed001 import Block, _paragraphs
from tests.generators.xlsx_titlerows import (
    WIDTHS,
    plan_sheet,
    row_writer,
    save_portrait,
    sheet_writer,
    step_values,
)

NAME_FILL = "D9E1F2"  # the « Etape » row, label and step name
LABEL_FILL = "F2F2F2"  # the five other labels


def plan_xlsx_tiroirs(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, each step a block of six label / value rows."""
    from openpyxl.styles import PatternFill

    wb, ws, write = sheet_writer(WIDTHS)
    put, line, blank = row_writer(ws, write)

    def steps(block: Block) -> None:
        for k, step in enumerate(block.rows):
            if k:
                blank()
            for c, (label, value) in enumerate(
                zip(block.header, step_values(block, step), strict=True)
            ):
                text = "\n".join(_paragraphs(value))
                r = put([(0, 0, label, True), (1, 5, text, c == 0)], boxed=True, numbers=True)
                fill = PatternFill("solid", fgColor=NAME_FILL if c == 0 else LABEL_FILL)
                for col in range(1, 7 if c == 0 else 2):
                    ws.cell(row=r, column=col).fill = fill

    plan_sheet(ws, put, line, blank, steps)
    return save_portrait(wb, ws, path)
