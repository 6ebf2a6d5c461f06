"""Seed 001 on a sheet laid out RIGHT TO LEFT (hundred-and-ninety-fifth held-out set,
``plan_xlsx_rebours``): an .xlsx written with openpyxl, printed to PDF by LibreOffice Calc,
from a template whose sheet was left « de droite à gauche » (Excel's « Mise en page >
Feuille de droite à gauche », the default of a colleague's Arabic-localised Excel): the
sheet's view ``rightToLeft`` (:func:`_rebours`), so Calc lays its columns out from the
right — column A at the page's right edge, F at its left one: each field's label right of
its value, each steps header row read from « Etape » at the right to « Partenaires
envisagés » at the left —, every cell's text still left to right and aligned as before.

:func:`tests.generators.xlsx_titlerows.plan_headed`'s sheet otherwise: the cells, row
heights, widths, merges, fills and borders unchanged. Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import plan_headed


def _rebours(ws: Any, rows: list[int]) -> None:
    """The sheet's view set right to left; no cell touched."""
    del rows
    ws.sheet_view.rightToLeft = True


def plan_xlsx_rebours(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, its sheet laid out right to left."""
    return plan_headed(path, _rebours)
