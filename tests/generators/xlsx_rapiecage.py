"""Seed 001 on a sheet whose values were PASTED WITH THEIR FONT KEPT (two-hundred-and-
nineteenth held-out set, ``plan_xlsx_rapiecage``): :func:`tests.generators.xlsx_titlerows.
plan_headed`'s sheet, written with openpyxl and printed to PDF by LibreOffice Calc, unchanged
but for its value cells' fonts: every field value (column B of a row whose column A has the
fields' :data:`FIELD_FILL`) and every step value (the cells of a step row, numbers left
alone) whose text goes on after its first sentence (:func:`split_first`) is written as
RICH TEXT OF TWO RUNS (``CellRichText``), as an agent who typed the first sentence then
pasted the rest from a Word file leaves it: the first run in the cell's own font, the rest an
``InlineFont`` :data:`PASTED_FONT` (« Times New Roman », which Calc substitutes by Liberation
Serif) at the cell's size, weight and colour. Two fonts in one cell, often in one line.

No text added; every text, fill, border, width, height and merge ``plan_headed``'s. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import plan_headed

FIELD_FILL = "DDEBF7"  # the fill of a field's label cell in column A
PASTED_FONT = "Times New Roman"  # the pasted text's font, kept from its source
_FIRST_END = re.compile(r"\. |\n")  # the end of a value's first sentence


def split_first(text: str) -> tuple[str, str]:
    """``text`` cut after its first sentence: up to and with its first « . » + space or line
    break, and the rest (empty when nothing follows)."""
    found = _FIRST_END.search(text)
    if found is None or found.end() >= len(text):
        return text, ""
    return text[: found.end()], text[found.end() :]


def _pasted(cell: Any) -> None:
    """``cell``'s text as two runs, the second in :data:`PASTED_FONT`, when it has two."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    if not isinstance(cell.value, str):
        return
    typed, rest = split_first(cell.value)
    if not rest:
        return
    font = cell.font
    colour = font.color.rgb if font.color is not None else None
    pasted = InlineFont(
        rFont=PASTED_FONT, sz=font.sz, b=bool(font.b), color=colour[-6:] if colour else None
    )
    cell.value = CellRichText(typed, TextBlock(pasted, rest))


def _rapieces(ws: Any, rows: list[int]) -> None:
    """Every field value and step value of two sentences or more as two runs."""
    for r in range(1, ws.max_row + 1):
        if str(ws.cell(r, 1).fill.fgColor.rgb).endswith(FIELD_FILL):
            _pasted(ws.cell(r, 2))
    for r in rows:
        for c in range(1, 7):
            _pasted(ws.cell(r, c))


def plan_xlsx_rapiecage(path: Path) -> Path:
    """Seed 001 as ``plan_headed``'s .xlsx at ``path``, its values' later sentences pasted
    in Times New Roman."""
    return plan_headed(path, _rapieces)
