"""Seed 001 on a sheet whose STEPS ROWS ARE SHRUNK TO FIT THEIR CELLS (two-hundred-and-
thirty-seventh held-out set, ``plan_xlsx_tampon``): :func:`tests.generators.xlsx_titlerows.
plan_headed`'s sheet, written with openpyxl and printed to PDF by LibreOffice Calc, unchanged
but for the alignment of every cell of every step row: the agent ticked « Format de cellule ›
Alignement › Réduire pour ajuster à la taille de la cellule » with « Renvoyer à la ligne
automatiquement » off (:data:`SHRUNK`), so Calc prints each step cell's paragraphs one a line
in a size of its own, the largest at which it fits its cell, cell by cell.

No text, font, fill, border, width, height or merge of ``plan_headed``'s changed. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import WIDTHS, plan_headed

SHRUNK = {"shrink_to_fit": True, "wrap_text": False, "vertical": "top"}  # « Réduire pour ajuster »


def _shrunk(ws: Any, rows: list[int]) -> None:
    """Every cell of the step ``rows`` shrunk to fit, not wrapped."""
    from openpyxl.styles import Alignment

    for r in rows:
        for c in range(1, len(WIDTHS) + 1):
            cell = ws.cell(row=r, column=c)
            cell.alignment = Alignment(horizontal=cell.alignment.horizontal, **SHRUNK)


def plan_xlsx_tampon(path: Path) -> Path:
    """Seed 001 as ``plan_headed``'s .xlsx at ``path``, its step cells shrunk to fit."""
    return plan_headed(path, _shrunk)


__all__ = ["SHRUNK", "plan_xlsx_tampon"]
