"""Seed 001 kept in a workbook STRIPPED OF ITS BORDERS AND BANDED « UNE LIGNE SUR DEUX » BY A
CONDITIONAL FORMAT (hundred-and-thirty-fifth held-out set, ``plan_xlsx_rayures``): an .xlsx
written with openpyxl, printed to PDF by LibreOffice Calc, as an agent makes a sheet
« lisible » with the rule every Excel course teaches (« Utiliser une formule… »
``=MOD(LIGNE();2)=0``), applied to the whole used range after « Aucune bordure » on it all.

One sheet « Plan d'actions » as :func:`tests.generators.xlsx_titlerows.plan_headed` writes
it (each fiche's steps under a header row of their own, wrapped, top-aligned cells, every
row's height stored as estimated); but no border on any cell, and one conditional format
over ``A1:F<last row>``: :data:`FORMULA`, a solid :data:`BAND` fill, so every even sheet row
is banded whatever it holds, overriding the cells' own fills there. Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import plan_headed

FORMULA = "MOD(ROW(),2)=0"
BAND = "E2EFDA"  # Excel's « Vert, Accent 6, plus clair 80 % »


def plan_xlsx_rayures(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, no border, every even sheet row :data:`BAND`."""
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Border, PatternFill

    def finish(ws: Any, rows: list[int]) -> None:
        for line in ws.iter_rows():
            for cell in line:
                cell.border = Border()
        band = PatternFill(fill_type="solid", bgColor=BAND)
        ws.conditional_formatting.add(
            f"A1:F{ws.max_row}", FormulaRule(formula=[FORMULA], fill=band)
        )

    return plan_headed(path, finish)
