"""Seed 001 kept in a workbook whose steps header labels are « TEXTE VERTICAL EMPILÉ »
(ninety-ninth held-out set, ``plan_xlsx_totem``): an .xlsx written with openpyxl, printed to
PDF by LibreOffice Calc.

One sheet « Plan d'actions », A4 portrait, « fit to 1 page wide », no printed gridlines, the
columns of :data:`tests.generators.xlsx_titlerows.WIDTHS`: every row that is not a steps row
as :func:`tests.generators.xlsx_titlerows.plan_rows` writes it; each fiche's steps under a
header row of its own (:func:`stacked_header`) whose six seed labels are bold
:data:`HEAD_SIZE` pt, boxed, on pale blue, in stacked vertical text (``textRotation="255"``:
each character under the one before), centred and top-aligned, the row :data:`CHAR_ROW` pt a
character of the longest label plus :data:`HEAD_PAD` pt; then a row a step, wrapped,
top-aligned, digit-only values numbers. Only the layout comes from here: every value is the
seed's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.generators.seed001 import Block
from tests.generators.xlsx_titlerows import (
    WIDTHS,
    plan_sheet,
    put_steps,
    row_writer,
    save_portrait,
    sheet_writer,
)

HEAD_SIZE = 8.0
CHAR_ROW = 11.0  # pt a stacked character
HEAD_PAD = 6.0  # pt
HEAD_FILL = "D9E1F2"
STACKED = 255  # SpreadsheetML's « vertical stacked text » rotation


def stacked_header(ws: Any, put: Callable[..., int], header: list[str]) -> int:
    """A steps header row: ``header``'s labels bold, boxed, on pale blue, in stacked
    vertical text, centred, top-aligned, wrap off; returns its row."""
    from openpyxl.styles import Alignment

    r = put(
        [(c, c, label, True) for c, label in enumerate(header)],
        HEAD_SIZE,
        fill=HEAD_FILL,
        boxed=True,
    )
    for c in range(len(header)):
        ws.cell(row=r, column=c + 1).alignment = Alignment(
            horizontal="center", vertical="top", textRotation=STACKED, wrap_text=False
        )
    longest = max(len(label) for label in header)
    ws.row_dimensions[r].height = CHAR_ROW * longest + HEAD_PAD
    return r


def plan_xlsx_totem(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``: each fiche's steps under their own header row of
    stacked vertical labels."""
    wb, ws, write = sheet_writer(WIDTHS)
    put, line, blank = row_writer(ws, write)

    def steps(block: Block) -> None:
        stacked_header(ws, put, block.header)
        put_steps(put, block)

    plan_sheet(ws, put, line, blank, steps)
    return save_portrait(wb, ws, path)
