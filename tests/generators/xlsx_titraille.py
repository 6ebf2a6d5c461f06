"""Seed 001 on a sheet whose headings an agent set with EXCEL'S BUILT-IN HEADING CELL STYLES
(hundred-and-eightieth held-out set, ``plan_xlsx_titraille``): an .xlsx written with
openpyxl, printed to PDF by LibreOffice Calc, whose agent picked « Accueil › Styles de
cellule › Titre 1 … Titre 4 » for the plan's headings, so each axis, objective and fiche
heading stands on a full-width coloured rule (the styles' bottom borders).

:func:`tests.generators.xlsx_titlerows.plan_headed`'s sheet, then every heading row's cells
A–F given a named style (:data:`STYLES`, openpyxl's ``Headline 1`` … ``Headline 4``, Excel's
``builtinId`` 16 … 19): its font and border replace the agent's, the wrapped top alignment
stays (Excel's heading styles carry none) and the row's stored height is raised for the
bigger type (:func:`_titles`). The fields and steps as before. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import WIDTHS, _lines, plan_headed

# (size, colour) of a heading row's first cell as plan_headed writes it → the named style
STYLES = {
    (12.0, "385623"): "Headline 1",  # an axis's first line
    (11.0, "2E74B5"): "Headline 2",  # an objective line
    (10.0, "2E74B5"): "Headline 3",  # a section line (« Enjeux stratégiques »)
    (11.0, "1F4E79"): "Headline 3",  # a fiche heading line
    (10.0, "1F4E79"): "Headline 4",  # « Modalités de mise en oeuvre »
}
SIZES = {"Headline 1": 15, "Headline 2": 13, "Headline 3": 11, "Headline 4": 11}


def _titles(ws: Any, rows: list[int]) -> None:
    """Every heading row (its first cell bold, of a size and colour of :data:`STYLES`) styled
    across A–F, still wrapped and top-aligned, its height stored for the style's size."""
    from openpyxl.styles import Alignment

    top_wrap = Alignment(wrap_text=True, vertical="top")
    for r in range(1, ws.max_row + 1):
        first = ws.cell(row=r, column=1)
        if not isinstance(first.value, str) or not first.font.b or first.font.color is None:
            continue
        key = (float(first.font.sz), str(first.font.color.rgb)[-6:].upper())
        name = STYLES.get(key)
        if name is None:
            continue
        for c in range(1, len(WIDTHS) + 1):
            cell = ws.cell(row=r, column=c)
            cell.style = name
            cell.alignment = top_wrap
        size = SIZES[name]
        lines = _lines(first.value, (0, len(WIDTHS) - 1), size)
        ws.row_dimensions[r].height = round(lines * size * 4 / 3 + 5, 1)


def plan_xlsx_titraille(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, its headings in Excel's built-in heading styles."""
    return plan_headed(path, _titles)
