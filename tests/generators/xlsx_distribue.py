"""Seed 001 as an Excel WORKBOOK whose steps tables are aligned « DISTRIBUÉ » (sixty-ninth
held-out set, ``plan_xlsx_distribue``): an .xlsx written with openpyxl, printed to PDF by
LibreOffice Calc.

One sheet « Plan d'actions », A4 portrait, « fit to 1 page wide », no printed gridlines, the
columns and rows of :mod:`tests.generators.xlsx_slanted` (its steps header not slanted);
every cell of every steps table, header and body, with the horizontal alignment
« Distribué (Retrait) » (``horizontal="distributed"``), still wrapped and top-aligned: Calc
spreads the words of every line, last lines and one-line values included, over the cell's
whole width. Every row's height stored. Only the layout comes from here: every value is the
seed's.
"""

from __future__ import annotations

from pathlib import Path

from tests.generators.seed001 import _paragraphs, load_seed
from tests.generators.xlsx_titlerows import (
    WIDTHS,
    plan_rows,
    row_writer,
    save_portrait,
    sheet_writer,
)


def _distribute(ws: object, r: int, ncols: int) -> None:
    """Row ``r``'s first ``ncols`` cells aligned « Distribué », wrapped, top-aligned."""
    from openpyxl.styles import Alignment

    spread = Alignment(horizontal="distributed", vertical="top", wrap_text=True)
    for c in range(ncols):
        ws.cell(row=r, column=c + 1).alignment = spread  # type: ignore[attr-defined]


def plan_xlsx_distribue(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, every steps cell aligned « Distribué »."""
    wb, ws, write = sheet_writer(WIDTHS)
    put, line, blank = row_writer(ws, write)
    previous = ""
    for block in load_seed():
        if block.kind == "impl":
            ncols = len(block.header)
            r = put(
                [(c, c, label, True) for c, label in enumerate(block.header)],
                fill="D9E1F2",
                boxed=True,
            )
            _distribute(ws, r, ncols)
            for step in block.rows:
                values = [step[c] if c < len(step) else "" for c in range(ncols)]
                r = put(
                    [(c, c, "\n".join(_paragraphs(v)), c == 0) for c, v in enumerate(values)],
                    boxed=True,
                    numbers=True,
                )
                _distribute(ws, r, ncols)
            blank()
        else:
            plan_rows(ws, block, previous, put, line, blank)
        previous = block.kind
    return save_portrait(wb, ws, path)
