"""Seed 001 on a sheet whose STEPS HEADER ROW ONLY THE FIRST STEPS TABLE KEPT (hundred-and-
fiftieth held-out set, ``plan_xlsx_souche``): an .xlsx written with openpyxl, printed to PDF
by LibreOffice Calc, as an agent fills a plan from one worked example: the first fiche's
steps table laid out under its header row (the six seed labels bold on #D9E1F2, boxed),
then, for every other fiche, only the step rows pasted under its « Modalités de mise en
oeuvre » line, the header row left behind; no print title.

One sheet « Plan d'actions » as :func:`tests.generators.xlsx_titlerows.plan_headed` writes
it but for the eleven missing header rows. Only the layout comes from here: every value is
the seed's.
"""

from __future__ import annotations

from pathlib import Path

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


def plan_xlsx_souche(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, the steps header row over the first table only."""
    wb, ws, write = sheet_writer(WIDTHS)
    put, line, blank = row_writer(ws, write)
    headed: list[Block] = []

    def steps(block: Block) -> None:
        if not headed:  # the worked example: its header row typed once
            put_header(put, block.header)
            headed.append(block)
        put_steps(put, block)

    plan_sheet(ws, put, line, blank, steps)
    return save_portrait(wb, ws, path)
