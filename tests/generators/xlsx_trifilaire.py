"""Seed 001 on a sheet whose steps tables are set « À TROIS FILETS » (hundred-and-seventy-
seventh held-out set, ``plan_xlsx_trifilaire``): an .xlsx written with openpyxl, printed to
PDF by LibreOffice Calc, whose agent followed the typographers' three-rule table — no
vertical rule, a heavy rule over the labels, a thin one under them, a heavy one under the
last step.

:func:`tests.generators.xlsx_titlerows.plan_headed`'s sheet, each steps table's header and
step cells then stripped of their borders and the header of its fill, and only the three
rules drawn (:func:`_three_rules`); the fields keep their thin grey boxes. Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import WIDTHS, plan_headed

COLOUR = "000000"  # black


def _three_rules(ws: Any, rows: list[int]) -> None:
    """Each steps table (a header row then its step ``rows``) with no border nor fill, then a
    medium rule over the header, a thin one under it and a medium one under the last step."""
    from openpyxl.styles import Border, PatternFill, Side

    heavy = Side(style="medium", color=COLOUR)
    thin = Side(style="thin", color=COLOUR)
    steps = set(rows)
    tables: list[tuple[int, int]] = []  # (header row, last step row)
    for r in sorted(steps):
        if r - 1 not in steps:
            tables.append((r - 1, r))
        else:
            tables[-1] = (tables[-1][0], r)
    for header, last in tables:
        for r in range(header, last + 1):
            for c in range(1, len(WIDTHS) + 1):
                cell = ws.cell(row=r, column=c)
                cell.border = Border()
                if r == header:
                    cell.fill = PatternFill(fill_type=None)
        for c in range(1, len(WIDTHS) + 1):
            ws.cell(row=header, column=c).border = Border(top=heavy, bottom=thin)
            ws.cell(row=last, column=c).border = Border(bottom=heavy)


def plan_xlsx_trifilaire(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, its steps tables ruled with three rules only."""
    return plan_headed(path, _three_rules)
