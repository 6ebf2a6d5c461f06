"""Seed 001 as an Excel WORKBOOK typed ONE LINE A SHEET ROW (seventy-fifth held-out set,
``plan_xlsx_dactylo``): an .xlsx written with openpyxl, printed to PDF by LibreOffice Calc.

One sheet « Plan d'actions », A4 portrait, « fit to 1 page wide », no printed gridlines, the
columns and non-step rows of :mod:`tests.generators.xlsx_slanted` (as
:mod:`tests.generators.xlsx_distribue` writes them), the steps header row unaligned; but in
every steps table WRAP OFF and every value broken at spaces into lines that fit its column
(Liberation Sans 9 pt metrics, the step name bold), LINE k OF EVERY VALUE IN THE STEP'S k-th
SHEET ROW, as a typist who presses Entrée at each line's end: a step takes as many rows as
its longest value has lines, the cells under a shorter value's last line empty, every cell
boxed in thin grey (a rule between every two lines), every row one 9 pt line high. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

from tests.generators.seed001 import Block
from tests.generators.text_metrics import word_lines
from tests.generators.xlsx_titlerows import CHAR_PT, WIDTHS, plan_portrait, put_header, step_values

SIZE = 9.0  # pt
SPARE = 12.0  # pt left free in every column: cell margins and a few points to spare
FONTS = {
    False: "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    True: "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
}


@cache
def _font(bold: bool) -> object:
    from PIL import ImageFont

    return ImageFont.truetype(FONTS[bold], 100)  # measured at 100 px, scaled to SIZE


def text_width(text: str, bold: bool) -> float:
    """``text``'s width in pt in Liberation Sans ``SIZE`` pt."""
    return _font(bold).getlength(text) * SIZE / 100  # type: ignore[attr-defined]


def typed_lines(value: str, column: int, bold: bool) -> list[str]:
    """``value`` broken at spaces into lines that fit ``column``, each paragraph starting a
    new line; a word longer than the column left whole."""
    room = WIDTHS[column] * CHAR_PT - SPARE
    return word_lines(value, lambda text: text_width(text, bold), room, keep_empty=False)


def _unwrapped(ws: object, r: int, ncols: int) -> None:
    """Row ``r``'s first ``ncols`` cells wrap off, top- and left-aligned, one line high."""
    from openpyxl.styles import Alignment

    flat = Alignment(horizontal="left", vertical="top", wrap_text=False)
    for c in range(ncols):
        ws.cell(row=r, column=c + 1).alignment = flat  # type: ignore[attr-defined]
    ws.row_dimensions[r].height = round(SIZE * 4 / 3 + 3, 1)  # type: ignore[attr-defined]


def _steps(ws: object, put: Callable[..., int], block: Block) -> None:
    """A steps table: its header row, then each step's values typed one line a row."""
    put_header(put, block.header)
    for step in block.rows:
        values = step_values(block, step)
        cells = [typed_lines(v, c, c == 0) for c, v in enumerate(values)]
        for k in range(max(1, *(len(lines) for lines in cells))):
            r = put(
                [
                    (c, c, lines[k] if k < len(lines) else "", c == 0)
                    for c, lines in enumerate(cells)
                ],
                boxed=True,
            )
            _unwrapped(ws, r, len(block.header))


def plan_xlsx_dactylo(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, every steps value typed one line a sheet row."""
    return plan_portrait(path, _steps)
