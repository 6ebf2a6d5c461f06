"""Seed 001 on a sheet whose boxes are ruled « CONTOUR CONTINU, INTÉRIEUR EN POINTILLÉS »
(hundred-and-eighty-sixth held-out set, ``plan_xlsx_semis``): an .xlsx written with
openpyxl, printed to PDF by LibreOffice Calc, whose agent ruled every boxed block as many
French spreadsheet templates do, « Bordures › Contour : trait continu fin, Intérieur :
pointillés », so inside each box only dotted rules, its frame solid.

:func:`tests.generators.xlsx_titlerows.plan_headed`'s sheet, then every run of consecutive
boxed rows (each fiche's six field rows, each steps table from its header row to its last
step) ruled anew over A–F (:func:`_semis`): the block's outline thin solid #808080, every
inner border — between two columns, between two rows — Excel's ``dotted`` style, #808080.
Fills, fonts, merges and heights as before. Only the layout comes from here: every value is
the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import BORDER, WIDTHS, plan_headed


def boxed_runs(ws: Any) -> list[list[int]]:
    """The sheet's runs of consecutive rows whose first cell is boxed: one run a block."""
    runs: list[list[int]] = []
    for r in range(1, ws.max_row + 1):
        if ws.cell(row=r, column=1).border.left.style is None:
            continue
        if runs and r == runs[-1][-1] + 1:
            runs[-1].append(r)
        else:
            runs.append([r])
    return runs


def _semis(ws: Any, rows: list[int]) -> None:
    """Every boxed block framed thin solid, its inner borders dotted."""
    from openpyxl.styles import Border, Side

    solid = Side(style="thin", color=BORDER)
    dotted = Side(style="dotted", color=BORDER)
    last = len(WIDTHS)
    for run in boxed_runs(ws):
        for r in run:
            for c in range(1, last + 1):
                ws.cell(row=r, column=c).border = Border(
                    left=solid if c == 1 else dotted,
                    right=solid if c == last else dotted,
                    top=solid if r == run[0] else dotted,
                    bottom=solid if r == run[-1] else dotted,
                )


def plan_xlsx_semis(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, each box framed solid, its inner borders dotted."""
    return plan_headed(path, _semis)
