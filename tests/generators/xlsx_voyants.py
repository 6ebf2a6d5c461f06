"""Seed 001 kept in a workbook whose steps columns carry CONDITIONAL FORMATS (ninety-third
held-out set, ``plan_xlsx_voyants``): an .xlsx written with openpyxl, printed to PDF by
LibreOffice Calc.

One sheet « Plan d'actions », A4 portrait, « fit to 1 page wide », no printed gridlines, the
columns of :data:`tests.generators.xlsx_titlerows.WIDTHS`: every row that is not a steps row
as :func:`tests.generators.xlsx_titlerows.plan_rows` writes it; each fiche's steps under a
header row of its own, a row a step, digit-only values numbers; then one rule a column over
all the steps rows: a gradient DATA BAR over « Ressources à mobiliser » (:data:`BAR_COLUMN`)
and a « 3 feux » ICON SET over « Planification » (:data:`ICON_COLUMN`). Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import (
    plan_headed,
)

ICON_COLUMN = 2  # 0-based: « Planification »
BAR_COLUMN = 3  # 0-based: « Ressources à mobiliser »
BAR_COLOUR = "638EC6"  # Excel's default data bar blue
ICONS = "3TrafficLights1"
THRESHOLDS = (0, 2020, 2021)  # red below 2020, amber 2020, green 2021 and after


def _ranges(column: int, rows: list[int]) -> str:
    """The multi-range ``sqref`` of ``column`` (0-based) over the runs of ``rows``."""
    from openpyxl.utils import get_column_letter

    letter = get_column_letter(column + 1)
    runs: list[list[int]] = []
    for r in sorted(rows):
        if runs and r == runs[-1][1] + 1:
            runs[-1][1] = r
        else:
            runs.append([r, r])
    return " ".join(f"{letter}{a}:{letter}{b}" for a, b in runs)


def conditional_formats(ws: Any, rows: list[int]) -> None:
    """The data bar over :data:`BAR_COLUMN` and the icon set over :data:`ICON_COLUMN`, each
    one rule over the steps ``rows``."""
    from openpyxl.formatting.rule import DataBarRule, IconSetRule

    bar = DataBarRule(
        start_type="num", start_value=0, end_type="max", color=BAR_COLOUR, showValue=True
    )
    ws.conditional_formatting.add(_ranges(BAR_COLUMN, rows), bar)
    icons = IconSetRule(ICONS, "num", list(THRESHOLDS), showValue=True)
    ws.conditional_formatting.add(_ranges(ICON_COLUMN, rows), icons)


def plan_xlsx_voyants(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``: each fiche's steps under their own header row, a
    data bar and an icon set over two of their columns."""
    return plan_headed(path, conditional_formats)
