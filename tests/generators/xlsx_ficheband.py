"""Seed 001 as an Excel WORKBOOK whose every steps block is labelled by a DARK BAND MERGED
DOWN THE SHEET'S FIRST COLUMN (sixty-sixth held-out set, ``plan_xlsx_ficheband``): an .xlsx
written with openpyxl, printed to PDF by LibreOffice Calc.

One sheet « Plan d'actions », A4 portrait, « fit to 1 page wide », no printed gridlines: a
narrow margin column A, then the columns and rows of :mod:`tests.generators.xlsx_slanted`
(its steps header not slanted) one column to the right, in B–G; in column A, one cell merged
down from each fiche's steps header row to its last step row, filled #1F4E79, holding
« FICHE <code> » bold white turned 90° (reading bottom to top), centred. Every row's height
stored. Only the layout comes from here: every value is the seed's (the band's text is not).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.generators.seed001 import _paragraphs, load_seed
from tests.generators.xlsx_titlerows import (
    BORDER,
    WIDTHS,
    plan_rows,
    put_header,
    put_steps,
    row_writer,
    save_portrait,
    sheet_writer,
)

MARGIN_WIDTH = 4  # column A, Excel character widths
BAND_FILL = "1F4E79"


def _shifted(write: Callable[..., int]) -> Callable[..., int]:
    """``write`` one column to the right: the seed's columns 0…5 in B…G."""

    def shifted(r: int, first: int, last: int, *rest: object) -> int:
        return write(r, first + 1, last + 1, *rest)

    return shifted


def _band(ws: object, first: int, last: int, text: str) -> None:
    """Column A merged from row ``first`` to ``last``: ``text`` bold white turned 90° on the
    dark fill, centred, boxed in thin grey."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    side = Side(style="thin", color=BORDER)
    box = Border(left=side, right=side, top=side, bottom=side)
    for r in range(first, last + 1):
        ws.cell(row=r, column=1).border = box  # type: ignore[attr-defined]
    if last > first:
        ws.merge_cells(start_row=first, start_column=1, end_row=last, end_column=1)  # type: ignore[attr-defined]
    cell = ws.cell(row=first, column=1)  # type: ignore[attr-defined]
    cell.value = text
    cell.font = Font(name="Liberation Sans", size=9, bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor=BAND_FILL)
    cell.alignment = Alignment(
        text_rotation=90, horizontal="center", vertical="center", wrap_text=True
    )


def plan_xlsx_ficheband(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, each steps block banded by its fiche's code."""
    from openpyxl.styles import PatternFill

    wb, ws, write = sheet_writer((MARGIN_WIDTH, *WIDTHS))
    put, line, blank = row_writer(ws, _shifted(write))
    previous = ""
    code = ""
    for block in load_seed():
        if block.kind == "fiche":
            code = " ".join(block.lines[0].split()[:2])  # « FICHE 1.1.1 »
        if block.kind == "impl":
            first = put_header(put, block.header)
            rows = put_steps(put, block)
            _band(ws, first, rows[-1] if rows else first, code)
            blank()
        elif block.kind == "fields":
            for label, value in block.fields:
                text = "\n".join(_paragraphs(value))
                r = put([(0, 0, label, True), (1, len(WIDTHS) - 1, text, False)], boxed=True)
                ws.cell(row=r, column=2).fill = PatternFill("solid", fgColor="DDEBF7")
        else:
            plan_rows(ws, block, previous, put, line, blank)
        previous = block.kind
    return save_portrait(wb, ws, path)
