"""Seed 001 kept in a workbook whose agent SAVES WIDTH BY TURNING THE « Etape » COLUMN
(hundred-and-sixteenth held-out set, ``plan_xlsx_pivote``): an .xlsx written with openpyxl,
printed to PDF by LibreOffice Calc, whose column A is only 6 characters wide and whose steps
cells in it — the « Etape » label and every step name — are « Orientation : 90° »
(``textRotation="90"``), reading bottom to top, each step row stored high enough for its name
on one or two vertical lines.

One sheet « Plan d'actions », A4 portrait, « fit to 1 page wide », no printed gridlines, seven
columns A…G: the headings and paragraphs merged over A:G, the summary and field rows label
merged over A:B | value merged over C:G, each fiche's steps under a header row of their own,
« Descriptif » merged over B:C. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from tests.generators.seed001 import Block, _paragraphs
from tests.generators.xlsx_titlerows import (
    GLYPH_PT,
    row_writer,
    save_portrait,
    seed_rows,
    sheet_writer,
    step_values,
)

WIDTHS = (6, 18, 30, 12, 16, 16, 20)  # Excel character widths, columns A…G
LAST = len(WIDTHS) - 1
SPANS = ((0, 0), (1, 2), (3, 3), (4, 4), (5, 5), (6, 6))  # the six seed columns' cells
SIZE = 9.0
HEADER_MIN = 36.0  # pt, the header row's least height (« Etape » turned)


def turned_height(name: str) -> float:
    """A step row's least height (pt) for its turned ``name``: half the name's estimated
    length plus 8 pt, so it fits on at most two vertical lines."""
    return math.ceil(len(name) * SIZE * GLYPH_PT / 2) + 8.0


def _turn(ws: Any, r: int) -> None:
    """Column A's cell of row ``r`` turned 90° (bottom to top), centred, wrapped."""
    from openpyxl.styles import Alignment

    ws.cell(row=r, column=1).alignment = Alignment(
        textRotation=90, wrap_text=True, horizontal="center", vertical="center"
    )


def _steps(ws: Any, put: Any, block: Block) -> None:
    """The steps' header row and a row a step, boxed, column A turned."""
    labels = list(block.header)
    r = put([(a, b, labels[c], True) for c, (a, b) in enumerate(SPANS)], fill="D9E1F2", boxed=True)
    _turn(ws, r)
    ws.row_dimensions[r].height = max(ws.row_dimensions[r].height or 0, HEADER_MIN)
    for step in block.rows:
        values = ["\n".join(_paragraphs(v)) for v in step_values(block, step)]
        cells = [(a, b, values[c], c == 0) for c, (a, b) in enumerate(SPANS)]
        r = put(cells, boxed=True, numbers=True)
        _turn(ws, r)
        least = turned_height(values[0])
        ws.row_dimensions[r].height = max(ws.row_dimensions[r].height or 0, least)


def plan_xlsx_pivote(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, column A narrow and its steps cells turned 90°."""
    wb, ws, write = sheet_writer(WIDTHS)
    put, line, blank = row_writer(ws, write, LAST)
    seed_rows(ws, put, line, blank, LAST, _steps, label_end=1)
    return save_portrait(wb, ws, path)
