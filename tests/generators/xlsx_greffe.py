"""Seed 001 on a sheet whose step descriptions were PASTED FROM E-MAILS KEEPING THEIR SOURCE'S
FORMATTING (two-hundred-and-forty-ninth held-out set, ``plan_xlsx_greffe``):
:func:`tests.generators.xlsx_titlerows.plan_headed`'s sheet, written with openpyxl and
printed to PDF by LibreOffice Calc, unchanged but for every steps « Descriptif » body cell
(column B): the agent copied each step's description from the e-mail the service sent him
(Outlook, HTML mail) and pasted it with « Conserver la mise en forme source », so the cell's
font is the e-mail's — :data:`FACE` :data:`SIZE` pt in Outlook's :data:`COLOUR` — in a
Liberation Sans 9 pt template (Calc prints it in DejaVu Sans where Calibri is missing). Each
steps row's stored height is the larger of ``plan_headed``'s and the Descriptif's estimate
at :data:`SIZE` pt, as Excel autofits a row a paste made taller.

No text added; every other cell, fill, border, width and merge ``plan_headed``'s. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import _lines, plan_headed

COLUMN = 2  # 1-based: B « Descriptif »
FACE, SIZE, COLOUR = "Calibri", 11, "1F497D"  # Outlook's default mail font and colour


def _pasted(ws: Any, rows: list[int]) -> None:
    """The Descriptif cells of the steps ``rows`` in the e-mail's font, their rows grown."""
    from openpyxl.styles import Font

    for r in rows:
        cell = ws.cell(row=r, column=COLUMN)
        cell.font = Font(name=FACE, size=SIZE, bold=cell.font.bold, color=COLOUR)
        if not cell.value:
            continue
        lines = _lines(str(cell.value), (COLUMN - 1, COLUMN - 1), SIZE)
        height = round(lines * SIZE * 4 / 3 + 3, 1)
        dims = ws.row_dimensions[r]
        dims.height = max(dims.height or 0, height)


def plan_xlsx_greffe(path: Path) -> Path:
    """Seed 001 as ``plan_headed``'s .xlsx at ``path``, the steps Descriptif cells in the
    e-mail's font."""
    return plan_headed(path, _pasted)


__all__ = ["COLOUR", "COLUMN", "FACE", "SIZE", "plan_xlsx_greffe"]
