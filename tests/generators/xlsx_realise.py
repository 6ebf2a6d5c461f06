"""Seed 001 kept in a MONITORING TEMPLATE whose steps tables pair planned columns with
« RÉALISÉ » COLUMNS LEFT EMPTY (hundred-and-twentieth held-out set, ``plan_xlsx_realise``):
an .xlsx written with openpyxl, printed to PDF by LibreOffice Calc, as a DDT or a region
hands a « tableau de suivi » to the territories for their annual review.

One sheet « Plan d'actions », A4 landscape, « fit to 1 page wide », no printed gridlines,
nine columns A…I: every row that is not a steps row as
:func:`tests.generators.xlsx_titlerows.plan_rows` writes it over A:I; each fiche's steps
under a header row of their own, the six seed columns in A, B, C, E, G and H, the template's
three columns (:data:`TEMPLATE`, not in the seed) in D, F and I, their cells empty and
filled pale yellow. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.seed001 import Block, _paragraphs
from tests.generators.xlsx_titlerows import (
    fit_width,
    row_writer,
    seed_rows,
    sheet_writer,
    step_values,
)

WIDTHS = (24, 48, 12, 12, 16, 12, 16, 20, 14)  # Excel character widths, columns A…I
LAST = len(WIDTHS) - 1
SEED_COLUMNS = (0, 1, 2, 4, 6, 7)  # the six seed columns' sheet columns
TEMPLATE = {3: "Date de réalisation", 5: "Dépenses réalisées", 8: "État d'avancement"}
SEED_HEAD = "D9E1F2"
TEMPLATE_HEAD = "FCE4D6"
TO_FILL = "FFF2CC"


def _steps(ws: Any, put: Any, block: Block) -> None:
    """The steps' header row and a row a step, the template's columns empty and yellow."""
    from openpyxl.styles import PatternFill

    labels = dict(zip(SEED_COLUMNS, block.header, strict=True)) | TEMPLATE
    r = put([(c, c, labels[c], True) for c in range(len(WIDTHS))], fill=SEED_HEAD, boxed=True)
    for c in TEMPLATE:
        ws.cell(row=r, column=c + 1).fill = PatternFill("solid", fgColor=TEMPLATE_HEAD)
    for step in block.rows:
        values = ["\n".join(_paragraphs(v)) for v in step_values(block, step)]
        cells = dict(zip(SEED_COLUMNS, values, strict=True)) | dict.fromkeys(TEMPLATE, "")
        r = put([(c, c, cells[c], c == 0) for c in range(len(WIDTHS))], boxed=True, numbers=True)
        for c in TEMPLATE:
            ws.cell(row=r, column=c + 1).fill = PatternFill("solid", fgColor=TO_FILL)


def plan_xlsx_realise(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, each steps table with the template's empty columns."""
    wb, ws, write = sheet_writer(WIDTHS)
    put, line, blank = row_writer(ws, write, LAST)
    seed_rows(ws, put, line, blank, LAST, _steps)
    fit_width(ws, "landscape")
    margin = 1.5 / 2.54  # inches
    ws.page_margins.left = ws.page_margins.right = margin
    ws.page_margins.top = ws.page_margins.bottom = margin
    wb.save(str(path))
    return path
