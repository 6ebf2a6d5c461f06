"""Seed 001 as an Excel WORKBOOK whose steps rows are TALL AND ALIGNED VERTICALLY
« DISTRIBUÉ » (eighty-first held-out set, ``plan_xlsx_reparti``): an .xlsx written with
openpyxl, printed to PDF by LibreOffice Calc.

One sheet « Plan d'actions », A4 portrait, « fit to 1 page wide », no printed gridlines, the
columns and rows of :mod:`tests.generators.xlsx_glose` without its notes (a boxed header row
and a row a step, wrapped); but every step row's cells aligned vertically « Distribué »
(``vertical="distributed"``, horizontal alignment unchanged) and every step row's stored
height raised to its estimated height plus :data:`EXTRA` pt, at least :data:`LEAST` pt: Calc
sets a wrapped value's first line at the cell's top and its later lines lower down. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.generators.seed001 import Block
from tests.generators.xlsx_titlerows import plan_portrait, put_header, put_steps

EXTRA = 24.0  # pt added to every step row's estimated height
LEAST = 60.0  # pt: the template's step row height


def _spread(ws: Any, r: int, ncols: int) -> None:
    """Row ``r``'s first ``ncols`` cells aligned vertically « Distribué », the row taller."""
    for c in range(ncols):
        cell = ws.cell(row=r, column=c + 1)
        cell.alignment = cell.alignment.copy(vertical="distributed", wrap_text=True)
    height = ws.row_dimensions[r].height
    ws.row_dimensions[r].height = round(max(height + EXTRA, LEAST), 1)


def _steps(ws: Any, put: Callable[..., int], block: Block) -> None:
    """A steps table: its header row, then a tall row a step, aligned « Distribué »."""
    put_header(put, block.header)
    put_steps(put, block, lambda r: _spread(ws, r, len(block.header)))


def plan_xlsx_reparti(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, every step row tall and distributed vertically."""
    return plan_portrait(path, _steps)
