"""Seed 001 on a sheet whose steps' « Partenaires envisagés » values RUN ON PAST THE TABLE
(hundred-and-fifty-sixth held-out set, ``plan_xlsx_rallonge``): an .xlsx written with
openpyxl, printed to PDF by LibreOffice Calc, as an agent keeps it who PASTED the partners
column from another workbook WITH ITS SOURCE FORMAT — Excel's default « Standard » cell,
« Renvoyer à la ligne automatiquement » off, vertical alignment « Bas » — then boxed the
cells again, and who, seeing the long partners cut at the paper's edge, turned the page to
« Paysage » and WIDENED THE PRINT AREA BY TWO EMPTY COLUMNS (G and H): every partners value
wider than column F printed on one line, at its row's foot, over the empty cells beyond the
steps table's right rule.

One sheet « Plan d'actions » as :func:`tests.generators.xlsx_titlerows.plan_headed` writes it
but A4 landscape, columns G:H (:data:`EXTRA_WIDTHS`) in the print area, and the step cells of
column F unwrapped and bottom-aligned, each step row's stored height that of its tallest
other cell. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.seed001 import Block, _paragraphs
from tests.generators.xlsx_titlerows import (
    WIDTHS,
    _lines,
    fit_width,
    plan_sheet,
    put_header,
    put_steps,
    row_writer,
    sheet_writer,
    step_values,
)

EXTRA_WIDTHS = (20, 20)  # Excel character widths of the empty columns G and H
PARTNERS = len(WIDTHS) - 1  # column F (0-based), « Partenaires envisagés »
SIZE = 9.0  # pt, the step rows' type


def _pasted(ws: Any, row: int) -> None:
    """Row ``row``'s partners cell as pasted with Excel's default format: not wrapped,
    bottom-aligned (its font and border kept)."""
    from openpyxl.styles import Alignment

    ws.cell(row=row, column=PARTNERS + 1).alignment = Alignment(
        horizontal="general", vertical="bottom", wrap_text=False
    )


def _height(block: Block, step: list[str]) -> float:
    """A step row's stored height: ``plan_headed``'s estimate over its cells but the
    partners one, which never wraps (one line)."""
    values = step_values(block, step)
    lines = 1
    for c, value in enumerate(values[:PARTNERS]):
        text = "\n".join(_paragraphs(value))
        if text:
            lines = max(lines, _lines(text, (c, c), SIZE))
    return round(lines * SIZE * 4 / 3 + 3, 1)


def plan_xlsx_rallonge(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, the steps' partners running on past the table."""
    from openpyxl.utils import get_column_letter

    wb, ws, write = sheet_writer(WIDTHS + EXTRA_WIDTHS)
    put, line, blank = row_writer(ws, write)

    def steps(block: Block) -> None:
        put_header(put, block.header)
        for step, row in zip(block.rows, put_steps(put, block), strict=True):
            _pasted(ws, row)
            ws.row_dimensions[row].height = _height(block, step)

    plan_sheet(ws, put, line, blank, steps)
    fit_width(ws, "landscape")
    margin = 1.5 / 2.54  # inches
    ws.page_margins.left = ws.page_margins.right = margin
    ws.page_margins.top = ws.page_margins.bottom = margin
    last = get_column_letter(len(WIDTHS) + len(EXTRA_WIDTHS))
    ws.print_area = f"A1:{last}{ws.max_row}"
    wb.save(str(path))
    return path
