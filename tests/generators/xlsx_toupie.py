"""Seed 001 on a sheet whose STEPS HEADER LABELS ARE TURNED 90° (two-hundred-and-thirty-fourth
held-out set, ``plan_xlsx_toupie``): :func:`tests.generators.xlsx_titlerows.plan_headed`'s
workbook (A4 portrait, « fit to 1 page wide », each fiche's steps under a header row of their
own), written with openpyxl and printed to PDF by LibreOffice Calc, unchanged but for its
steps header rows: the agent set their six cells to « Format de cellule › Alignement ›
Orientation du texte : 90° » (``textRotation="90"``, :data:`TURN`), wrap off, centred,
aligned at the bottom, and stored the rows :data:`HEADER_PT` pt high, so each label prints
as one line reading bottom to top from its cell's foot, centred across its column.

The cells' font, fill and borders are ``plan_headed``'s. Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.generators.seed001 import Block
from tests.generators.xlsx_titlerows import plan_portrait, put_header, put_steps

TURN = 90  # degrees, counter-clockwise: « Orientation du texte : 90° », read bottom to top
HEADER_PT = 110.0  # the turned header row's stored height (« Ressources à mobiliser » ~101 pt)


def _steps(ws: Any, put: Callable[..., int], block: Block) -> None:
    """A steps table under its header row turned :data:`TURN`°, :data:`HEADER_PT` pt high."""
    from openpyxl.styles import Alignment

    turned = Alignment(text_rotation=TURN, wrap_text=False, horizontal="center", vertical="bottom")
    r = put_header(put, block.header)
    for c in range(len(block.header)):
        ws.cell(row=r, column=c + 1).alignment = turned
    ws.row_dimensions[r].height = HEADER_PT
    put_steps(put, block)


def plan_xlsx_toupie(path: Path) -> Path:
    """Seed 001 as ``plan_headed``'s .xlsx at ``path``, each steps header row turned 90°."""
    return plan_portrait(path, _steps)


__all__ = ["HEADER_PT", "TURN", "plan_xlsx_toupie"]
