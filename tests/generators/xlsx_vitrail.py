"""Seed 001 on a sheet whose « Ressources à mobiliser » steps cells carry a THREE-COLOUR SCALE
(two-hundred-and-forty-third held-out set, ``plan_xlsx_vitrail``):
:func:`tests.generators.xlsx_titlerows.plan_headed`'s sheet, written with openpyxl and
printed to PDF by LibreOffice Calc, unchanged but for ONE CONDITIONAL FORMAT, as a finance
officer leaves a sheet who selected the steps rows' « Ressources à mobiliser » cells (column
D, :data:`COLUMN`) and chose « Mise en forme conditionnelle › Échelles de couleurs › Vert -
Jaune - Rouge »: one ``colorScale`` rule over those cells (a multi-range ``sqref``, the header
rows outside it), the lowest number :data:`LOW`, the 50th percentile :data:`MID`, the highest
:data:`HIGH`. Each number of the column (the digit-only sums ``plan_headed`` stores as
numbers) printed on a fill of its own, the text values unfilled.

No text added; every text, fill, border, width, height and merge ``plan_headed``'s. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import plan_headed
from tests.generators.xlsx_voyants import _ranges

COLUMN = 3  # 0-based: D « Ressources à mobiliser »
LOW, MID, HIGH = "F8696B", "FFEB84", "63BE7B"  # Excel's « Vert - Jaune - Rouge » scale


def colour_scale(ws: Any, rows: list[int]) -> None:
    """The three-colour scale over :data:`COLUMN`'s cells in the steps ``rows``."""
    from openpyxl.formatting.rule import ColorScaleRule

    rule = ColorScaleRule(
        start_type="min",
        start_color=LOW,
        mid_type="percentile",
        mid_value=50,
        mid_color=MID,
        end_type="max",
        end_color=HIGH,
    )
    ws.conditional_formatting.add(_ranges(COLUMN, rows), rule)


def plan_xlsx_vitrail(path: Path) -> Path:
    """Seed 001 as ``plan_headed``'s .xlsx at ``path``, its « Ressources à mobiliser » steps
    cells on a three-colour scale."""
    return plan_headed(path, colour_scale)


__all__ = ["COLUMN", "HIGH", "LOW", "MID", "colour_scale", "plan_xlsx_vitrail"]
