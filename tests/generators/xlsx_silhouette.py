"""Seed 001 on a sheet whose headings carry Excel for Mac's « Ombré » (two-hundred-and-seventh
held-out set, ``plan_xlsx_silhouette``): an .xlsx written with openpyxl, printed to PDF by
LibreOffice Calc, whose agent gave every BOLD HEADING LINE — axes, objectives, fiche headings
and section lines, one row merged over A:F in a colour of :data:`HEADING_COLOURS`, no fill —
the font effect « Ombré » (``Font(shadow=True)``, :func:`_shadows`): Calc draws each such
line twice, a black shadow copy a fraction of a point right and below, then the heading in
its colour.

:func:`tests.generators.xlsx_titlerows.plan_headed`'s sheet otherwise: every cell's text,
row height, fill, border, width and merge unchanged; field labels, values, summary tables,
paragraphs and steps cells without shadow. Only the layout comes from here: every value is
the seed's.
"""

from __future__ import annotations

from copy import copy
from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import plan_headed

HEADING_COLOURS = ("385623", "2E74B5", "1F4E79")  # axes, objectives / sections, fiches


def _colour(cell: Any) -> str:
    colour = cell.font.color.rgb if cell.font is not None and cell.font.color else None
    return str(colour)[-6:] if isinstance(colour, str) else ""


def _shadows(ws: Any, rows: list[int]) -> None:
    """Every bold heading line (column A, bold, in :data:`HEADING_COLOURS`, no fill) in the
    font effect « Ombré »; nothing else touched."""
    del rows
    for r in range(1, ws.max_row + 1):
        cell = ws.cell(row=r, column=1)
        if not isinstance(cell.value, str) or not cell.value or not cell.font.bold:
            continue
        filled = cell.fill is not None and cell.fill.fill_type == "solid"
        if _colour(cell) in HEADING_COLOURS and not filled:
            font = copy(cell.font)
            font.shadow = True
            cell.font = font


def plan_xlsx_silhouette(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, its bold heading lines in « Ombré »."""
    return plan_headed(path, _shadows)
