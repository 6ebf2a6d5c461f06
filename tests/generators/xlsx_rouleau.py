"""Seed 001 on a sheet exported as ONE PAGE AS LONG AS ITSELF (two-hundred-and-tenth
held-out set, ``plan_xlsx_rouleau``): :func:`tests.generators.xlsx_titlerows.plan_headed`'s
sheet, unchanged, written with openpyxl and exported to PDF by LibreOffice Calc with its PDF
option « Exporter en pages uniques » (whole-sheet export, :data:`WHOLE_SHEET`), as an agent
does who wants the sheet « in one piece »: the whole sheet one PDF page, as wide as its six
columns and as tall as its used rows, at 100 %, the page setup's fit, paper and margins
ignored, no page break.

Every cell's text, row height, fill, border, width and merge ``plan_headed``'s. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import plan_headed

# Calc's PDF export option « Exporter en pages uniques » (JSON filter option of
# ``--convert-to``, LibreOffice 7.4): each sheet one page of its used area's size
WHOLE_SHEET = 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}'


def _unchanged(ws: Any, rows: list[int]) -> None:
    """Nothing touched: the quirk is the export option's."""
    del ws, rows


def plan_xlsx_rouleau(path: Path) -> Path:
    """Seed 001 as ``plan_headed``'s .xlsx at ``path``, to be exported with
    :data:`WHOLE_SHEET`."""
    return plan_headed(path, _unchanged)
