"""Seed 001 kept in a follow-up workbook whose agent drew, UNDER EACH FICHE'S STEPS, a
« RÉTROPLANNING » GANTT CHART MADE OF STACKED BARS (hundred-and-twenty-sixth held-out set,
``plan_xlsx_retroplanning``): an .xlsx written with openpyxl, printed to PDF by LibreOffice
Calc, as a DDT's project-follow-up workbook has it, the chart's category labels the fiche's
step names and its value axis the years.

One sheet « Plan d'actions » as :func:`tests.generators.xlsx_titlerows.plan_headed` writes
it (each fiche's steps under a header row of their own); after each steps table and the
empty row under it, a horizontal stacked bar chart anchored at column A over empty 15 pt
rows reserved for it: a first, invisible series from 0 to the step's first year, a second
one, filled, to its last year plus one (« et + » to :data:`AXIS_END`); the chart's data on
a hidden sheet. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

from tests.generators.seed001 import Block
from tests.generators.xlsx_titlerows import (
    WIDTHS,
    plan_sheet,
    put_header,
    put_steps,
    row_writer,
    save_portrait,
    sheet_writer,
)

AXIS_START = 2018
AXIS_END = 2024
BAR = "2E75B6"
WIDTH_CM = 17.0
TOP_CM = 1.6  # the chart's title and axis
STEP_CM = 0.75  # a bar's band
RESERVED_PT = 15.0  # an empty sheet row under the chart
TITLE = "Rétroplanning des étapes"
DATA_SHEET = "Données graphiques"


def bar_span(planning: str) -> tuple[int, int]:
    """A step's bar (start year, length in years) from its « Planification » value: its first
    four-digit year to its last plus one, « et + » to :data:`AXIS_END`; (0, 0) without a
    year."""
    years = [int(y) for y in re.findall(r"\d{4}", planning)]
    if not years:
        return 0, 0
    end = AXIS_END if "et +" in planning else years[-1] + 1
    return years[0], max(end - years[0], 1)


def _chart(data: Any, first: int, last: int, n_steps: int) -> Any:
    """The stacked bar chart of the hidden sheet's rows ``first`` … ``last``."""
    from openpyxl.chart import BarChart, Reference
    from openpyxl.chart.shapes import GraphicalProperties

    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = TITLE
    chart.legend = None
    chart.add_data(Reference(data, min_col=2, max_col=3, min_row=first, max_row=last))
    chart.set_categories(Reference(data, min_col=1, min_row=first, max_row=last))
    hidden = GraphicalProperties(noFill=True)
    hidden.line.noFill = True
    chart.series[0].graphicalProperties = hidden
    chart.series[1].graphicalProperties = GraphicalProperties(solidFill=BAR)
    chart.y_axis.scaling.min = AXIS_START
    chart.y_axis.scaling.max = AXIS_END
    chart.y_axis.majorUnit = 1
    chart.y_axis.number_format = "0"
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    chart.x_axis.scaling.orientation = "maxMin"  # the first step at the top
    chart.width = WIDTH_CM
    chart.height = TOP_CM + STEP_CM * n_steps
    return chart


def plan_xlsx_retroplanning(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, a rétroplanning chart under each fiche's steps."""
    wb, ws, write = sheet_writer(WIDTHS)
    put, line, blank = row_writer(ws, write)
    data = wb.create_sheet(DATA_SHEET)
    data.sheet_state = "hidden"
    state = {"data_row": 0}

    def steps(block: Block) -> None:
        put_header(put, block.header)
        rows = put_steps(put, block)
        first = state["data_row"] + 1
        for step in block.rows:
            state["data_row"] += 1
            start, length = bar_span(step[2] if len(step) > 2 else "")
            for c, value in enumerate((step[0], start, length), start=1):
                data.cell(row=state["data_row"], column=c, value=value)
        chart = _chart(data, first, state["data_row"], len(block.rows))
        blank()  # the empty row under the steps table
        anchor = rows[-1] + 2
        reserved = math.ceil(chart.height / 2.54 * 72 / RESERVED_PT)
        for r in range(anchor, anchor + reserved):
            blank()
            ws.row_dimensions[r].height = RESERVED_PT
        ws.add_chart(chart, f"A{anchor}")

    plan_sheet(ws, put, line, blank, steps)
    return save_portrait(wb, ws, path)
