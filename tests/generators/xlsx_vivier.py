"""Seed 001 on a sheet whose DROPDOWN LISTS' SOURCE CELLS stand beside the plan
(hundred-and-sixty-eighth held-out set, ``plan_xlsx_vivier``): an .xlsx written with
openpyxl, printed to PDF by LibreOffice Calc, whose agent gave the steps' « Planification »
and « Porteur » cells list validations (« Validation des données › Liste ») and typed the
lists in the same sheet, just right of the plan, never hiding them nor setting a print area.

One sheet « Plan d'actions » as :func:`tests.generators.xlsx_titlerows.plan_headed` writes
it (the steps under their header row), plus an empty column G (:data:`GAP_WIDTH`) and a
column H (:data:`LIST_WIDTH`) holding, from fiche 1.1.1's « Modalités de mise en oeuvre »
row down, a title, then « Planification » and « Porteur » each over the distinct seed
values of its column in first-seen order (:func:`_lists`). « 1 page wide » takes column H
in, so the whole sheet prints smaller. Only the layout comes from here: every value is the
seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.seed001 import IMPL_TITLE, _paragraphs, load_seed
from tests.generators.xlsx_titlerows import BORDER, plan_headed

GAP_WIDTH = 2  # Excel character widths of column G (empty)
LIST_WIDTH = 32  # of column H (the lists)
TITLE = "Listes de choix — ne pas effacer"
LISTED = (2, 4)  # the steps columns given a dropdown: Planification, Porteur (0-based)
LABEL_FILL = "FFF2CC"
TITLE_COLOUR = "C00000"


def _distinct(column: int) -> list[str]:
    """The distinct values of steps ``column`` over the whole seed, in first-seen order (its
    paragraphs joined by a line break, as in the steps cells), empty ones left out: the
    column copied and « Supprimer les doublons » run on it."""
    seen: list[str] = []
    for block in load_seed():
        if block.kind != "impl":
            continue
        for row in block.rows:
            value = "\n".join(_paragraphs(row[column])) if column < len(row) else ""
            if value and value not in seen:
                seen.append(value)
    return seen


def _header(column: int) -> str:
    """The seed's label of steps ``column``."""
    return next(b.header for b in load_seed() if b.kind == "impl")[column]


def _lists(ws: Any, steps_rows: list[int]) -> None:
    """Column H's lists from the first « Modalités de mise en oeuvre » row down, and the
    steps cells' list validations pointing at them."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    ws.column_dimensions["G"].width = GAP_WIDTH
    ws.column_dimensions["H"].width = LIST_WIDTH
    side = Side(style="thin", color=BORDER)
    box = Border(left=side, right=side, top=side, bottom=side)
    align = Alignment(wrap_text=False, vertical="top")
    first = steps_rows[0]  # fiche 1.1.1's first step row: its header row above, the title's
    row = first - 2
    assert ws.cell(row=row, column=1).value == IMPL_TITLE, ws.cell(row=row, column=1).value

    def put(text: str | int, bold: bool = False, colour: str = "000000", label: bool = False):
        cell = ws.cell(row=row, column=8)
        cell.value = text
        cell.font = Font(name="Liberation Sans", size=9, bold=bold, color=colour)
        cell.alignment = align
        if text != TITLE:
            cell.border = box
        if label:
            cell.fill = PatternFill("solid", fgColor=LABEL_FILL)

    put(TITLE, bold=True, colour=TITLE_COLOUR)
    ranges = {}
    for n, column in enumerate(LISTED):
        if n:
            row += 1  # one row left empty between the two lists
        row += 1
        put(_header(column), bold=True, label=True)
        values = _distinct(column)
        ranges[column] = (row + 1, row + len(values))
        for value in values:
            row += 1
            put(int(value) if value.isdigit() else value)
    for column, (top, bottom) in ranges.items():
        rule = DataValidation(
            type="list", formula1=f"$H${top}:$H${bottom}", allow_blank=True, errorStyle="warning"
        )
        ws.add_data_validation(rule)
        letter = "ABCDEF"[column]
        for r in steps_rows:
            rule.add(f"{letter}{r}")


def plan_xlsx_vivier(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, the dropdowns' lists in column H beside the plan."""
    return plan_headed(path, _lists)
