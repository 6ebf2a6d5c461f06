"""Seed 001 on a sheet whose headings are CENTRED ACROSS THE COLUMNS INSTEAD OF MERGED
(hundred-and-eighty-third held-out set, ``plan_xlsx_vergue``): an .xlsx written with
openpyxl, printed to PDF by LibreOffice Calc, whose agent followed the spreadsheet guides'
advice « never merge, centre across the selection » (« Format de cellule › Alignement ›
Centrer sur plusieurs colonnes »), so each heading line stands centred over the table's
width on one line, and a line wider than the table spills past both its edges.

:func:`tests.generators.xlsx_titlerows.plan_headed`'s sheet, then every heading row (its
first cell bold, of a size and colour of :data:`HEADINGS`) unmerged and its six cells A–F
set ``horizontal="centerContinuous"``, vertical top, wrap off, the text in A alone, the
row's stored height one line of its size (:func:`_across`). The fields and steps as before.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import WIDTHS, plan_headed

# (size, colour) of a heading row's first cell as plan_headed writes it
HEADINGS = {
    (12.0, "385623"),  # an axis's first line
    (11.0, "2E74B5"),  # an objective line
    (10.0, "2E74B5"),  # a section line (« Enjeux stratégiques »)
    (11.0, "1F4E79"),  # a fiche heading line
    (10.0, "1F4E79"),  # « Modalités de mise en oeuvre »
}


def _across(ws: Any, rows: list[int]) -> None:
    """Every heading row unmerged, centred across A–F on one unwrapped line."""
    from openpyxl.styles import Alignment

    across = Alignment(horizontal="centerContinuous", vertical="top", wrap_text=False)
    last = len(WIDTHS)
    for r in range(1, ws.max_row + 1):
        first = ws.cell(row=r, column=1)
        if not isinstance(first.value, str) or not first.font.b or first.font.color is None:
            continue
        size = float(first.font.sz)
        if (size, str(first.font.color.rgb)[-6:].upper()) not in HEADINGS:
            continue
        for merged in list(ws.merged_cells.ranges):
            if merged.min_row == r and merged.max_row == r and merged.min_col == 1:
                ws.unmerge_cells(str(merged))
        for c in range(1, last + 1):
            ws.cell(row=r, column=c).alignment = across
        ws.row_dimensions[r].height = round(size * 4 / 3 + 3, 1)


def plan_xlsx_vergue(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, its headings centred across A–F, unmerged."""
    return plan_headed(path, _across)
