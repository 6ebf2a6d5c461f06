"""Seed 001 on a sheet with a HELPER COLUMN WRITTEN IN WHITE (two-hundred-and-first held-out
set, ``plan_xlsx_tapi``): an .xlsx written with openpyxl, printed to PDF by LibreOffice Calc,
whose agent looks the fiches up from another workbook (« RECHERCHEV ») and so keeps a column
of keys beside the sheet, « hidden » by writing it in white rather than hiding the column:
a seventh column G (:data:`KEY_WIDTH` characters) whose cell on every non-blank row of a
fiche — from its « FICHE x.y.z » heading line to the row before the next fiche heading or
the next axis / objective / section heading — holds the fiche's code as text, 8 pt, font
white #FFFFFF, no fill, no border, not wrapped (:func:`_cles`): printed, invisible on paper.

:func:`tests.generators.xlsx_titlerows.plan_headed`'s sheet otherwise: every cell of A:F,
row height, fill, border, width and merge unchanged. Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import WIDTHS, plan_headed

KEY_WIDTH = 10  # column G, Excel characters
KEY_SIZE = 8.0
WHITE = "FFFFFF"
FICHE_COLOUR = "1F4E79"  # seed_lines' fiche heading colour (« Mise en oeuvre » 10 pt)
FICHE_SIZE = 11.0
HEADING_COLOURS = ("385623", "2E74B5")  # axis, objective and section headings
CODE = re.compile(r"^FICHE (\d+(?:[.,]\d+)*)")


def _colour(cell: Any) -> str:
    return str(cell.font.color.rgb)[-6:] if cell.font.color is not None else ""


def _cles(ws: Any, rows: list[int]) -> None:
    """The fiche's code in white in column G on every non-blank row of each fiche."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    del rows
    key = len(WIDTHS) + 1
    ws.column_dimensions[get_column_letter(key)].width = KEY_WIDTH
    code = ""
    for r in range(1, ws.max_row + 1):
        first = ws.cell(row=r, column=1)
        text = first.value if isinstance(first.value, str) else ""
        colour = _colour(first)
        size = float(first.font.size or 0)
        if colour == FICHE_COLOUR and size == FICHE_SIZE and first.font.bold:
            match = CODE.match(text)
            if match is not None:
                code = match.group(1)
        elif text and colour in HEADING_COLOURS:
            code = ""
        if not code:
            continue
        if not any(ws.cell(row=r, column=c).value not in (None, "") for c in range(1, key)):
            continue
        cell = ws.cell(row=r, column=key, value=code)
        cell.font = Font(name="Liberation Sans", size=KEY_SIZE, color=WHITE)
        cell.alignment = Alignment(vertical="top", wrap_text=False)


def plan_xlsx_tapi(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, a white helper column of fiche codes in G."""
    return plan_headed(path, _cles)
