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

from pathlib import Path

from tests.generators.seed001 import _paragraphs, load_seed
from tests.generators.xlsx_titlerows import (
    WIDTHS,
    plan_rows,
    row_writer,
    save_portrait,
    sheet_writer,
)

SLANT = 45  # degrees, counter-clockwise
HEADER_PT = 100.0  # the slanted header row's stored height


def plan_xlsx_slanted(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, each steps header row slanted at 45°."""
    from openpyxl.styles import Alignment

    wb, ws, write = sheet_writer(WIDTHS)
    put, line, blank = row_writer(ws, write)
    slanted = Alignment(text_rotation=SLANT, wrap_text=False, horizontal="left", vertical="bottom")
    previous = ""
    for block in load_seed():
        if block.kind == "impl":
            r = put(
                [(c, c, label, True) for c, label in enumerate(block.header)],
                fill="D9E1F2",
                boxed=True,
            )
            for c in range(len(block.header)):
                ws.cell(row=r, column=c + 1).alignment = slanted
            ws.row_dimensions[r].height = HEADER_PT
            for step in block.rows:
                values = [step[c] if c < len(step) else "" for c in range(len(block.header))]
                put(
                    [(c, c, "\n".join(_paragraphs(v)), c == 0) for c, v in enumerate(values)],
                    boxed=True,
                    numbers=True,
                )
            blank()
        else:
            plan_rows(ws, block, previous, put, line, blank)
        previous = block.kind
    return save_portrait(wb, ws, path)
