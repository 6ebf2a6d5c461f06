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

from collections.abc import Callable
from pathlib import Path

from tests.generators.seed001 import Block
from tests.generators.xlsx_titlerows import plan_portrait, put_header, put_steps


def _distribute(ws: object, r: int, ncols: int) -> None:
    """Row ``r``'s first ``ncols`` cells aligned « Distribué », wrapped, top-aligned."""
    from openpyxl.styles import Alignment

    spread = Alignment(horizontal="distributed", vertical="top", wrap_text=True)
    for c in range(ncols):
        ws.cell(row=r, column=c + 1).alignment = spread  # type: ignore[attr-defined]


def _steps(ws: object, put: Callable[..., int], block: Block) -> None:
    """A steps table, header and step rows, every cell aligned « Distribué »."""
    ncols = len(block.header)
    _distribute(ws, put_header(put, block.header), ncols)
    put_steps(put, block, lambda r: _distribute(ws, r, ncols))


def plan_xlsx_distribue(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, every steps cell aligned « Distribué »."""
    return plan_portrait(path, _steps)
