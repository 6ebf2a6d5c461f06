"""Seed 001 on a sheet whose steps tables are ruled with EXCEL'S « DOUBLE » LINE STYLE
(hundred-and-seventy-fourth held-out set, ``plan_xlsx_rails``): an .xlsx written with
openpyxl, printed to PDF by LibreOffice Calc, whose agent picked the double line in « Format
de cellule › Bordure » and applied it as « Contour » and « Intérieur » to each steps table.

:func:`tests.generators.xlsx_titlerows.plan_headed`'s sheet, each steps table's header and
step cells then boxed with :data:`DOUBLE` on their four sides (:func:`_double`), so Calc
prints every rule of the steps tables as two parallel thin lines; the fields keep their thin
grey boxes. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import WIDTHS, plan_headed

COLOUR = "000000"  # « Automatique »


def _double(ws: Any, rows: list[int]) -> None:
    """Every cell of the steps ``rows`` and of the header row over each table (the row
    before a table's first step) boxed with a double border on its four sides."""
    from openpyxl.styles import Border, Side

    side = Side(style="double", color=COLOUR)
    box = Border(left=side, right=side, top=side, bottom=side)
    steps = set(rows)
    headers = {r - 1 for r in rows if r - 1 not in steps}
    for r in sorted(steps | headers):
        for c in range(1, len(WIDTHS) + 1):
            ws.cell(row=r, column=c).border = box


def plan_xlsx_rails(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, its steps tables ruled with double lines."""
    return plan_headed(path, _double)
