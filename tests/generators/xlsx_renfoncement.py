"""Seed 001 on a sheet whose OUTLINE IS SHOWN BY EXCEL'S « RETRAIT » (hundred-and-eighty-
ninth held-out set, ``plan_xlsx_renfoncement``): an .xlsx written with openpyxl, printed to
PDF by LibreOffice Calc, whose agent showed the plan's levels as many spreadsheets of actions
do, by « Augmenter le retrait » on each level's rows rather than by type: every unboxed row
of one cell merged over A:F left-aligned with an ``indent`` by its level (:data:`LEVELS`),
every line of it, the wrapped ones too, pushed right.

:func:`tests.generators.xlsx_titlerows.plan_headed`'s sheet, then (:func:`_renfoncement`)
each such row's level told by its type as :func:`tests.generators.xlsx_titlerows.seed_lines`
sets it (colour, size, weight): an axis's lines 0, an objective's lines 2, « Enjeux
stratégiques », its paragraphs and the summary lines 4, a fiche's heading lines 2, each
« Modalités de mise en oeuvre » title 4, the bold lines 0; the row's stored height
recomputed for the narrower text, never lower than before. The boxed fields and steps
tables, fills, fonts, widths and merges unchanged. Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import CHAR_PT, GLYPH_PT, WIDTHS, plan_headed

# (font colour, size, bold) of a row's cell as seed_lines / plan_rows write it → its indent
LEVELS = {
    ("2E74B5", 11.0, True): 2,  # objective lines
    ("2E74B5", 10.0, True): 4,  # « Enjeux stratégiques »
    ("000000", 9.0, False): 4,  # its paragraphs and the summary lines
    ("1F4E79", 11.0, True): 2,  # fiche heading lines
    ("1F4E79", 10.0, True): 4,  # « Modalités de mise en oeuvre »
}
INDENT_PT = 11.0  # a little more than Calc's 10.5 pt an indent unit, for the heights


def _level(cell: Any) -> int:
    """The indent of a heading or paragraph cell (0 for an axis's lines, a bold line)."""
    colour = str(cell.font.color.rgb)[-6:] if cell.font.color is not None else "000000"
    return LEVELS.get((colour, float(cell.font.size), bool(cell.font.bold)), 0)


def _renfoncement(ws: Any, rows: list[int]) -> None:
    """Every unboxed row of one cell merged over A:F indented by its level."""
    from openpyxl.styles import Alignment

    del rows
    whole = {
        m.min_row
        for m in ws.merged_cells.ranges
        if m.min_col == 1 and m.max_col == len(WIDTHS) and m.min_row == m.max_row
    }
    width = sum(WIDTHS) * CHAR_PT
    for r in sorted(whole):
        cell = ws.cell(row=r, column=1)
        if cell.border.left.style is not None or not cell.value:
            continue
        level = _level(cell)
        if not level:
            continue
        cell.alignment = Alignment(horizontal="left", indent=level, wrap_text=True, vertical="top")
        size = float(cell.font.size)
        per_line = max(int((width - level * INDENT_PT) / (size * GLYPH_PT)), 1)
        lines = sum(max(math.ceil(len(p) / per_line), 1) for p in str(cell.value).split("\n"))
        height = round(lines * size * 4 / 3 + 3, 1)
        ws.row_dimensions[r].height = max(ws.row_dimensions[r].height or 0, height)


def plan_xlsx_renfoncement(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, each heading and paragraph row indented by level."""
    return plan_headed(path, _renfoncement)
