"""Seed 001 on a sheet whose steps tables carry the planning AS A YEAR GRID
(hundred-and-seventy-first held-out set, ``plan_xlsx_sillon``): an .xlsx written with
openpyxl, printed to PDF by LibreOffice Calc, whose agent turned each steps table's
« Planification » column into a « Gantt dans le tableau ».

One sheet « Plan d'actions » of :data:`WIDTHS` (ten columns): every non-steps row as
:func:`tests.generators.xlsx_titlerows.plan_headed` writes it, but over A:J; each steps
table under TWO header rows (:func:`_header`: « Planification » merged over the five year
columns C:G, the years :data:`YEARS` under it, the other labels merged down both rows), then
a row a step (:func:`_step`): the step's planning value typed in its FIRST YEAR's cell, wrap
off, over the cells of the years it covers filled :data:`BAR` (:func:`_span`), so a text
value runs on one line over its bar. Only the layout comes from here: every value is the
seed's.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.generators.seed001 import Block, _paragraphs, load_seed
from tests.generators.xlsx_titlerows import (
    BORDER,
    plan_rows,
    row_writer,
    save_portrait,
    sheet_writer,
    step_values,
)

WIDTHS = (24, 48, 6, 6, 6, 6, 6, 16, 16, 20)  # Excel character widths, columns A…J
YEARS = ("2019", "2020", "2021", "2022", "2023")  # columns C…G
FIRST_YEAR = 2  # 0-based column of « 2019 »
LAST = len(WIDTHS) - 1
BAR = "9DC3E6"
HEAD_FILL = "D9E1F2"
_YEAR = re.compile(r"20\d\d")


def _span(value: str) -> tuple[int, int]:
    """The first and last year columns (0-based, among :data:`YEARS`) ``value`` covers: its
    first year to its last, or to the last column after « et + »."""
    years = [int(y) for y in _YEAR.findall(value)]
    first = years[0] - int(YEARS[0])
    last = len(YEARS) - 1 if "+" in value else years[-1] - int(YEARS[0])
    return first, last


def _header(ws: Any, put: Any, header: list[str]) -> None:
    """The two header rows: « Planification » over C:G, the years under it, the other five
    labels each merged down over both rows."""
    from openpyxl.styles import Alignment

    planning = header[2]
    others = [header[0], header[1], *header[3:]]
    columns = [0, 1, 7, 8, 9]
    first = put(
        [(c, c, label, True) for c, label in zip(columns, others, strict=True)]
        + [(FIRST_YEAR, FIRST_YEAR + len(YEARS) - 1, planning, True)],
        fill=HEAD_FILL,
        boxed=True,
    )
    second = put(
        [(c, c, "", True) for c in columns]
        + [(FIRST_YEAR + k, FIRST_YEAR + k, year, True) for k, year in enumerate(YEARS)],
        fill=HEAD_FILL,
        boxed=True,
    )
    for k in range(len(YEARS)):
        ws.cell(row=second, column=FIRST_YEAR + k + 1).alignment = Alignment(
            horizontal="center", vertical="top"
        )
    for c in columns:
        ws.merge_cells(start_row=first, start_column=c + 1, end_row=second, end_column=c + 1)


def _step(ws: Any, put: Any, block: Block, step: list[str]) -> None:
    """A step's row: name, description and the three right columns as ``plan_headed``
    writes them, the year cells boxed, the planning in its first year's cell, wrap off,
    its years filled."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    values = step_values(block, step)
    texts = ["\n".join(_paragraphs(v)) for v in values]
    cells = [(0, 0, texts[0], True), (1, 1, texts[1], False)]
    cells += [(7 + k, 7 + k, texts[3 + k], False) for k in range(3)]
    r = put(cells, boxed=True, numbers=True)
    side = Side(style="thin", color=BORDER)
    box = Border(left=side, right=side, top=side, bottom=side)
    for k in range(len(YEARS)):
        ws.cell(row=r, column=FIRST_YEAR + k + 1).border = box
    planning = texts[2]
    if not planning:
        return
    first, last = _span(planning)
    for k in range(first, last + 1):
        ws.cell(row=r, column=FIRST_YEAR + k + 1).fill = PatternFill("solid", fgColor=BAR)
    cell = ws.cell(row=r, column=FIRST_YEAR + first + 1)
    cell.value = int(planning) if planning.isdigit() else planning
    cell.font = Font(name="Liberation Sans", size=9)
    cell.alignment = Alignment(wrap_text=False, vertical="top")


def plan_xlsx_sillon(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, each steps table's planning a year grid."""
    wb, ws, write = sheet_writer(WIDTHS)
    put, line, blank = row_writer(ws, write, LAST)
    previous = ""
    for block in load_seed():
        if block.kind == "impl":
            _header(ws, put, block.header)
            for step in block.rows:
                _step(ws, put, block, step)
            blank()
        else:
            plan_rows(ws, block, previous, put, line, blank, LAST)
        previous = block.kind
    return save_portrait(wb, ws, path)
