"""Seed 001 laid out on a « GRAPH PAPER » workbook printed with its gridlines
(hundred-and-eleventh held-out set, ``plan_xlsx_quadrille``): an .xlsx written with openpyxl
by an agent who lays forms out the way office templates do (« Excel 方眼紙 »: a sheet of many
equal narrow columns, every box a merged range over as many of them as it needs) and prints
them WITH THE GRIDLINES instead of drawing borders, printed to PDF by LibreOffice Calc.

One sheet « Plan d'actions », A4 portrait, « fit to 1 page wide », 34 columns of 4
characters (:data:`GRID`); every line of the seed a cell merged over the 34 columns, the
fields and the summary table label (A:F) | value (G:AH), each fiche's steps under a header
row of their own, a row a step, the six columns merged over :data:`SPANS`; no cell border,
the gridlines printed. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.generators.seed001 import Block, _paragraphs, load_seed
from tests.generators.xlsx_titlerows import (
    plan_rows,
    row_writer,
    save_portrait,
    sheet_writer,
    step_values,
)

COLUMNS = 34
GRID = (4,) * COLUMNS  # Excel character widths: 136 in all, as the titlerows columns
# the six step columns as grid column spans (0-based, inclusive): 6 / 12 / 3 / 4 / 4 / 5
SPANS = ((0, 5), (6, 17), (18, 20), (21, 24), (25, 28), (29, 33))
LABEL = (0, 5)  # a field's (or a summary row's) label: A:F
VALUE = (6, COLUMNS - 1)  # its value: G:AH


def _pairs(
    ws: Any, block: Block, previous: str, put: Callable[..., int], blank: Callable[[], None]
) -> None:
    """The summary table's rows and the fields as label (A:F) | value (G:AH) rows, the field
    labels bold on pale blue, unboxed."""
    from openpyxl.styles import PatternFill

    if block.kind == "summary_table":
        if previous == "para":
            blank()
        for a, b in block.rows:
            put([(*LABEL, a, False), (*VALUE, b, False)])
        return
    for label, value in block.fields:
        text = "\n".join(_paragraphs(value))
        r = put([(*LABEL, label, True), (*VALUE, text, False)])
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")


def _steps(put: Callable[..., int], block: Block) -> None:
    """The steps' header row (bold on pale blue) and a row a step, unboxed, each column
    merged over its :data:`SPANS`."""
    put([(*SPANS[c], label, True) for c, label in enumerate(block.header)], fill="D9E1F2")
    for step in block.rows:
        values = step_values(block, step)
        put(
            [(*SPANS[c], "\n".join(_paragraphs(v)), c == 0) for c, v in enumerate(values)],
            numbers=True,
        )


def plan_xlsx_quadrille(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path`` on a grid of 34 narrow columns, every text merged
    over its columns, no border, the gridlines printed."""
    wb, ws, write = sheet_writer(GRID)
    put, line, blank = row_writer(ws, write, last=COLUMNS - 1)
    previous = ""
    for block in load_seed():
        if block.kind == "impl":
            _steps(put, block)
            blank()
        elif block.kind in ("fields", "summary_table"):
            _pairs(ws, block, previous, put, blank)
        else:
            plan_rows(ws, block, previous, put, line, blank, last=COLUMNS - 1)
        previous = block.kind
    save_portrait(wb, ws, path)  # fit to one page wide, no gridlines …
    ws.print_options.gridLines = True  # … but the agent prints them
    wb.save(str(path))
    return path
