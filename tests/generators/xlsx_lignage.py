"""Seed 001 kept in a PRE-RULED INPUT FORM that gives EVERY STEP FOUR RULED SHEET ROWS, the
« DESCRIPTIF » CELL MERGED DOWN OVER THE FOUR (hundred-and-twenty-second held-out set,
``plan_xlsx_lignage``): an .xlsx written with openpyxl, printed to PDF by LibreOffice Calc,
as a department or a region hands out a « fiche de saisie » to collect the territories'
action plans, the agent having merged the description over the form's rows since Excel
does not fit a merged cell's height.

One sheet, A4 portrait, « fit to 1 page wide », no printed gridlines, the six ``titlerows``
columns; every row that is not a steps row as :func:`tests.generators.xlsx_titlerows.plan_rows`
writes it; each fiche's steps under a header row of their own, then :data:`FORM_ROWS` sheet
rows a step: the values on the first, « Descriptif » one cell merged down the step's rows,
the other columns' lower cells empty and boxed. Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.seed001 import Block, _paragraphs
from tests.generators.xlsx_titlerows import (
    WIDTHS,
    _lines,
    plan_portrait,
    put_header,
    step_values,
)

FORM_ROWS = 4  # the form's ruled rows a step
LOWER_MIN = 13.0  # pt, the least height of a lower row
DESCRIPTIF = 1  # the « Descriptif » column


def _steps(ws: Any, put: Any, block: Block) -> None:
    """The steps' header row, then :data:`FORM_ROWS` rows a step, the description merged
    down them."""
    from openpyxl.styles import Alignment, Font

    put_header(put, block.header)
    for step in block.rows:
        values = ["\n".join(_paragraphs(v)) for v in step_values(block, step)]
        first = put(
            [(c, c, "" if c == DESCRIPTIF else v, c == 0) for c, v in enumerate(values)],
            boxed=True,
            numbers=True,
        )
        for _ in range(FORM_ROWS - 1):
            put([(c, c, "", False) for c in range(len(WIDTHS))], boxed=True)
        text = values[DESCRIPTIF]
        cell = ws.cell(row=first, column=DESCRIPTIF + 1)
        cell.value = text or None
        cell.font = Font(name="Liberation Sans", size=9)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        column = DESCRIPTIF + 1
        ws.merge_cells(
            start_row=first, start_column=column, end_row=first + FORM_ROWS - 1, end_column=column
        )
        needed = (_lines(text, (DESCRIPTIF, DESCRIPTIF), 9) if text else 1) * 12 + 3
        top = ws.row_dimensions[first].height
        lower = max(LOWER_MIN, round((needed - top) / (FORM_ROWS - 1), 1))
        for r in range(first + 1, first + FORM_ROWS):
            ws.row_dimensions[r].height = lower


def plan_xlsx_lignage(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, four ruled sheet rows a step."""
    return plan_portrait(path, _steps)
