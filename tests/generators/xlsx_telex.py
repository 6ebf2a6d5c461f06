"""Seed 001 on a sheet whose VALUE cells are in « Courier New » (two-hundred-and-thirteenth
held-out set, ``plan_xlsx_telex``): :func:`tests.generators.xlsx_titlerows.plan_headed`'s
sheet, written with openpyxl and printed to PDF by LibreOffice Calc, but every value cell —
each field's value merged over B:F (:data:`FIELD_FILL` label rows) and every cell of every
step row — set in :data:`TYPEWRITER`, as the « extraction » of a business application writes
its data cells. The converting machine lacks the font, so Calc prints its metric twin
Liberation Mono: values in a fixed pitch a third wider than the labels' Liberation Sans,
wrapping on more lines in ``plan_headed``'s stored row heights.

Labels, headings, paragraphs and steps header labels untouched; every text, fill, border,
width and merge ``plan_headed``'s. Only the layout comes from here: every value is the
seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import plan_headed

TYPEWRITER = "Courier New"
FIELD_FILL = "DDEBF7"  # the fill of a field's label cell in column A


def _typewriter(cell: Any) -> None:
    if cell.value not in (None, ""):
        cell.font = cell.font.copy(name=TYPEWRITER)


def _values_typed(ws: Any, rows: list[int]) -> None:
    """Every step row's cells and every field row's value (column B) in :data:`TYPEWRITER`."""
    steps = set(rows)
    for r in range(1, ws.max_row + 1):
        if r in steps:
            for c in range(1, 7):
                _typewriter(ws.cell(r, c))
        elif str(ws.cell(r, 1).fill.fgColor.rgb).endswith(FIELD_FILL):
            _typewriter(ws.cell(r, 2))


def plan_xlsx_telex(path: Path) -> Path:
    """Seed 001 as ``plan_headed``'s .xlsx at ``path``, its value cells in Courier New."""
    return plan_headed(path, _values_typed)
