"""Seed 001 kept in a workbook whose agent GAVE EVERY STEP ROW A FIXED HEIGHT
(hundred-and-thirty-second held-out set, ``plan_xlsx_tronque``): an .xlsx written with
openpyxl, printed to PDF by LibreOffice Calc, as an agent « tidies » a sheet by selecting all
the step rows and typing one « Hauteur de ligne », which Excel then keeps whatever the rows
hold (``customHeight``).

One sheet « Plan d'actions » as :func:`tests.generators.xlsx_titlerows.plan_headed` writes
it (each fiche's steps under a header row of their own, wrapped, top-aligned cells); but
every step row stored :data:`HEIGHT` pt high, not at its estimated height: Calc cuts every
longer value at its row's foot, the lines after it clipped out of sight. The header rows and
every other row keep their estimated heights. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import plan_headed

HEIGHT = 45.0  # pt, the row height typed for all the step rows


def plan_xlsx_tronque(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, every step row :data:`HEIGHT` pt high."""

    def finish(ws: Any, rows: list[int]) -> None:
        for r in rows:
            ws.row_dimensions[r].height = HEIGHT

    return plan_headed(path, finish)
