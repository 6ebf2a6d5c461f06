"""Seed 001 as an Excel WORKBOOK whose steps header rows have their labels SLANTED at 45°
(sixty-third held-out set, ``plan_xlsx_slanted``): an .xlsx written with openpyxl, printed to
PDF by LibreOffice Calc.

One sheet « Plan d'actions », A4 portrait, « fit to 1 page wide », no printed gridlines, the
columns and the non-step rows of :mod:`tests.generators.xlsx_titlerows` (no banner, no print
titles); each fiche's steps under a header row of the six seed labels turned 45° counter-
clockwise (Excel's « Orientation : 45° »), wrap off, a 100 pt row: Calc draws each such cell
as a parallelogram leaning right. Step rows top-aligned, thin grey borders, every row's
height stored. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.generators.seed001 import Block
from tests.generators.xlsx_titlerows import plan_portrait, put_header, put_steps

SLANT = 45  # degrees, counter-clockwise
HEADER_PT = 100.0  # the slanted header row's stored height


def _steps(ws: Any, put: Callable[..., int], block: Block) -> None:
    """A steps table under its header row slanted at :data:`SLANT`°, :data:`HEADER_PT` pt."""
    from openpyxl.styles import Alignment

    slanted = Alignment(text_rotation=SLANT, wrap_text=False, horizontal="left", vertical="bottom")
    r = put_header(put, block.header)
    for c in range(len(block.header)):
        ws.cell(row=r, column=c + 1).alignment = slanted
    ws.row_dimensions[r].height = HEADER_PT
    put_steps(put, block)


def plan_xlsx_slanted(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, each steps header row slanted at 45°."""
    return plan_portrait(path, _steps)
