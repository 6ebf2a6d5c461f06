"""Seed 001 on a sheet with a BUDGET COLUMN CHART BESIDE EVERY STEPS TABLE that has a sum
(two-hundred-and-forty-sixth held-out set, ``plan_xlsx_javelot``):
:func:`tests.generators.xlsx_titlerows.plan_headed`'s sheet, written with openpyxl and
printed to PDF by LibreOffice Calc, unchanged but for its CHARTS, as a finance officer leaves
a follow-up workbook who inserted « Insertion › Graphique › Colonnes » beside each fiche's
steps: beside every steps table whose column D « Ressources à mobiliser » (:data:`COLUMN`)
holds at least one number, a clustered column chart anchored at column :data:`ANCHOR` of the
table's header row, :data:`WIDTH_CM` × :data:`HEIGHT_CM`, title :data:`TITLE`, its one
series the table's D body cells on the sheet itself (a text value plotted as no bar), its
categories « Étape n » from the hidden sheet :data:`DATA_SHEET`, data labels the values only,
the value axis shown, no legend. « Fit to 1 page wide » then shrinks the pages to take the
charts in.

No cell text added; every text, fill, border, width, height and merge ``plan_headed``'s.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import plan_headed

COLUMN = 4  # 1-based: D « Ressources à mobiliser »
ANCHOR = "H"  # one empty column G between the table and its chart
WIDTH_CM, HEIGHT_CM = 8.0, 5.5
TITLE = "Ressources à mobiliser (€)"
BAR = "2E75B6"
DATA_SHEET = "Données graphiques"


def tables(rows: list[int]) -> list[list[int]]:
    """The steps rows grouped by table (consecutive rows; a header row between two tables)."""
    groups: list[list[int]] = []
    for r in rows:
        if groups and r == groups[-1][-1] + 1:
            groups[-1].append(r)
        else:
            groups.append([r])
    return groups


def _chart(ws: Any, data: Any, rows: list[int], first: int) -> Any:
    from openpyxl.chart import BarChart, Reference
    from openpyxl.chart.label import DataLabelList
    from openpyxl.chart.shapes import GraphicalProperties

    chart = BarChart()
    chart.type = "col"
    chart.grouping = "clustered"
    chart.title = TITLE
    chart.legend = None
    chart.add_data(
        Reference(ws, min_col=COLUMN, min_row=rows[0], max_row=rows[-1]), titles_from_data=False
    )
    chart.set_categories(Reference(data, min_col=1, min_row=first, max_row=first + len(rows) - 1))
    chart.series[0].graphicalProperties = GraphicalProperties(solidFill=BAR)
    labels = DataLabelList()
    labels.showVal = True
    labels.showCatName = labels.showSerName = False
    labels.showLegendKey = labels.showPercent = labels.showBubbleSize = False
    chart.dataLabels = labels
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    chart.y_axis.number_format = "0"
    chart.width, chart.height = WIDTH_CM, HEIGHT_CM
    return chart


def budget_charts(ws: Any, rows: list[int]) -> None:
    """A column chart beside every steps table of ``rows`` with a number in :data:`COLUMN`."""
    data = ws.parent.create_sheet(DATA_SHEET)
    data.sheet_state = "hidden"
    next_row = 1
    for group in tables(rows):
        if not any(isinstance(ws.cell(r, COLUMN).value, int | float) for r in group):
            continue
        for n in range(len(group)):
            data.cell(row=next_row + n, column=1, value=f"Étape {n + 1}")
        ws.add_chart(_chart(ws, data, group, next_row), f"{ANCHOR}{group[0] - 1}")
        next_row += len(group)


def plan_xlsx_javelot(path: Path) -> Path:
    """Seed 001 as ``plan_headed``'s .xlsx at ``path``, a budget chart beside its steps."""
    return plan_headed(path, budget_charts)


__all__ = ["ANCHOR", "COLUMN", "DATA_SHEET", "TITLE", "budget_charts", "plan_xlsx_javelot"]
