"""Seed 001 on a sheet whose HEADINGS' CODES ARE RUNS OF THEIR OWN (hundred-and-ninety-second
held-out set, ``plan_xlsx_vermillon``): an .xlsx written with openpyxl, printed to PDF by
LibreOffice Calc, whose agent made each heading's code stand out inside its cell, as
spreadsheets of actions often do by selecting the first words in the formula bar and
colouring them: every heading cell that opens with a code (« Axe 1 : », « 1.1 »,
« FICHE 1.1.1 », :data:`CODE`) written as RICH TEXT (openpyxl ``CellRichText``), the code in
a run bold #C00000 2 pt larger than its line, the rest of the line, from its space, in the
cell's own font; a line that is the code alone one run of the code's font.

:func:`tests.generators.xlsx_titlerows.plan_headed`'s sheet otherwise (:func:`_vermillon`
only rewrites those cells' values): the row heights, fills, borders, widths and merges
unchanged. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import WIDTHS, plan_headed

# the heading lines' colours as seed_lines writes them: axis, objective, fiche
HEADING_COLOURS = {"385623", "2E74B5", "1F4E79"}
CODE = re.compile(r"^(Axe \d+ :|FICHE \d+(?:[.,]\d+)*|\d+[.,]\d+)(?=\s|$)")
CODE_COLOUR = "C00000"
CODE_LARGER = 2.0  # pt


def _vermillon(ws: Any, rows: list[int]) -> None:
    """Every unboxed heading cell merged over A:F that opens with a code as two runs."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    del rows
    whole = {
        m.min_row
        for m in ws.merged_cells.ranges
        if m.min_col == 1 and m.max_col == len(WIDTHS) and m.min_row == m.max_row
    }
    for r in sorted(whole):
        cell = ws.cell(row=r, column=1)
        if cell.border.left.style is not None or not isinstance(cell.value, str):
            continue
        colour = str(cell.font.color.rgb)[-6:] if cell.font.color is not None else ""
        match = CODE.match(cell.value)
        if colour not in HEADING_COLOURS or not cell.font.bold or match is None:
            continue
        size = float(cell.font.size)
        code = InlineFont(rFont="Liberation Sans", sz=size + CODE_LARGER, b=True, color=CODE_COLOUR)
        own = InlineFont(rFont="Liberation Sans", sz=size, b=True, color=colour)
        blocks = [TextBlock(code, match.group(1))]
        rest = cell.value[match.end() :]
        if rest:
            blocks.append(TextBlock(own, rest))
        cell.value = CellRichText(*blocks)


def plan_xlsx_vermillon(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, each heading's code a bold red run of its own."""
    return plan_headed(path, _vermillon)
