"""Seed 001 as an Excel WORKBOOK whose steps column titles are CENTRED ON ONE LINE, WRAP OFF
(eighty-fourth held-out set, ``plan_xlsx_rogne``): an .xlsx written with openpyxl, printed to
PDF by LibreOffice Calc.

One sheet « Plan d'actions », A4 portrait, « fit to 1 page wide », no printed gridlines, the
columns and rows of :mod:`tests.generators.xlsx_reparti` without its alignment (a boxed
header row and a row a step, wrapped, top-aligned); but every steps header row's labels bold
:data:`SIZE` pt, centred horizontally and vertically, WRAP OFF, the row :data:`HEIGHT` pt
high: a label wider than its column overflows both sides and Calc cuts it where a filled
neighbour starts. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.generators.seed001 import Block
from tests.generators.xlsx_titlerows import plan_portrait, put_header, put_steps

SIZE = 12.0  # pt: the header labels (10 as drawn cut nothing: see the set's notes)
HEIGHT = 18.0  # pt: the header row, one line


def _one_line(ws: Any, r: int, ncols: int) -> None:
    """Row ``r``'s first ``ncols`` cells bold :data:`SIZE` pt, centred, unwrapped; the row
    :data:`HEIGHT` pt high."""
    from openpyxl.styles import Alignment

    for c in range(ncols):
        cell = ws.cell(row=r, column=c + 1)
        cell.font = cell.font.copy(size=SIZE, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=False)
    ws.row_dimensions[r].height = HEIGHT


def _steps(ws: Any, put: Callable[..., int], block: Block) -> None:
    """A steps table: its one-line centred header row, then a row a step."""
    _one_line(ws, put_header(put, block.header), len(block.header))
    put_steps(put, block)


def plan_xlsx_rogne(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, every steps header row centred on one line."""
    return plan_portrait(path, _steps)
