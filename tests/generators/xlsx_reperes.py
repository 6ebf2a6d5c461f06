"""Seed 001 on a sheet printed WITH ITS ROW AND COLUMN HEADINGS (hundred-and-forty-seventh
held-out set, ``plan_xlsx_reperes``): an .xlsx written with openpyxl, printed to PDF by
LibreOffice Calc, whose page setup has « En-têtes de ligne et de colonne » ticked
(``printOptions headings``): the column letters A–F over every page and the sheet's row
numbers before every row, in Calc's heading boxes.

One sheet « Plan d'actions » as :func:`tests.generators.xlsx_titlerows.plan_headed` writes
it (the steps under their header row). Only the layout comes from here: every value is the
seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import plan_headed


def _headings(ws: Any, rows: list[int]) -> None:
    """The sheet's row and column headings printed (« Imprimer les en-têtes »)."""
    ws.print_options.headings = True


def plan_xlsx_reperes(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, printed with its row and column headings."""
    return plan_headed(path, _headings)
