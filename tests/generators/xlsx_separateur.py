"""Seed 001 kept in a workbook whose planning and budget columns carry a THOUSANDS SEPARATOR
(hundred-and-fifth held-out set, ``plan_xlsx_separateur``): an .xlsx written with openpyxl,
printed to PDF by LibreOffice Calc, whose agent, to show the budgets as « 5 000 », selected
the two adjacent columns C:D and gave them Excel's « Nombre » format, 0 decimals, « Utiliser
le séparateur de milliers », French (France): the digit-only years got it too (« 2 019 »).

One sheet « Plan d'actions », A4 portrait, « fit to 1 page wide », no printed gridlines, the
columns of :data:`tests.generators.xlsx_titlerows.WIDTHS`: every row that is not a steps row
as :func:`tests.generators.xlsx_titlerows.plan_rows` writes it; each fiche's steps under a
header row of its own, a row a step, digit-only values numbers; then :data:`FORMAT` on every
steps body cell of :data:`COLUMNS`. Only the layout comes from here: every value is the
seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import (
    plan_headed,
)

COLUMNS = (2, 3)  # 0-based: « Planification », « Ressources à mobiliser »
FORMAT = "[$-40C]#,##0"  # « Nombre », 0 decimals, thousands separator, French (France)


def thousands(ws: Any, rows: list[int]) -> None:
    """:data:`FORMAT` on the cells of :data:`COLUMNS` in the steps ``rows``."""
    for r in rows:
        for c in COLUMNS:
            ws.cell(row=r, column=c + 1).number_format = FORMAT


def plan_xlsx_separateur(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``: each fiche's steps under their own header row,
    their planning and budget cells in a number format with a thousands separator."""
    return plan_headed(path, thousands)
