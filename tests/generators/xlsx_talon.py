"""Seed 001 on a sheet whose agent ALIGNED ONLY TWO COLUMNS AT THE TOP (two-hundred-and-
twenty-second held-out set, ``plan_xlsx_talon``): :func:`tests.generators.xlsx_titlerows.
plan_headed`'s sheet, written with openpyxl and printed to PDF by LibreOffice Calc, unchanged
but for its vertical alignment, as an agent leaves it who selected the two long-text columns
:data:`TOP_COLUMNS` (B: field values and « Descriptif »; F: « Partenaires envisagés ») and
clicked « Aligner en haut », every other cell keeping EXCEL'S DEFAULT « Aligner en bas »:
every written cell of B and F ``vertical="top"``, every other one ``vertical="bottom"``, both
still wrapped, the horizontal alignment kept. In a tall row the field label, the step name
and the short values sit at the row's foot, level with the last line of the top-aligned value
beside them.

No text added; every text, fill, border, width, height and merge ``plan_headed``'s. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import plan_headed

TOP_COLUMNS = (2, 6)  # B and F, « Aligner en haut »; the rest at Excel's default bottom


def _talon(ws: Any, rows: list[int]) -> None:
    """Every written cell top-aligned in :data:`TOP_COLUMNS`, bottom-aligned elsewhere."""
    from openpyxl.styles import Alignment

    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None or not hasattr(cell, "column"):
                continue
            was = cell.alignment
            cell.alignment = Alignment(
                horizontal=was.horizontal,
                vertical="top" if cell.column in TOP_COLUMNS else "bottom",
                wrap_text=was.wrap_text,
                indent=was.indent,
            )


def plan_xlsx_talon(path: Path) -> Path:
    """Seed 001 as ``plan_headed``'s .xlsx at ``path``, columns B and F aligned at the top,
    the rest at the bottom."""
    return plan_headed(path, _talon)


__all__ = ["TOP_COLUMNS", "plan_xlsx_talon"]
