"""Seed 001 in a workbook OPENING ON A CONTENTS SHEET (two-hundred-and-fortieth held-out set,
``plan_xlsx_registre``): :func:`tests.generators.xlsx_titlerows.plan_headed`'s sheet « Plan
d'actions » unchanged, written with openpyxl and printed to PDF by LibreOffice Calc, in a
workbook to which the agent added, FIRST and active, a sheet :data:`TITLE` to reach each
fiche in one click: row 1 the title (14 pt bold #1F4E79 over A:F), then from row 3 one row a
fiche in seed order, the fiche's heading lines joined by a space, verbatim, merged over A:F,
each an INTERNAL HYPERLINK (« Insertion › Lien hypertexte › Emplacement dans ce document »,
a ``location`` on the fiche's first heading row, no address) in Excel's « Lien hypertexte »
look (:data:`LINK_COLOUR`, underlined). Calc prints the sheets in the workbook's order: the
contents page first, each entry a link annotation to its fiche's page.

Only the layout comes from here: every value is the seed's (the contents entries repeat the
fiche headings).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.seed001 import load_seed
from tests.generators.xlsx_titlerows import (
    WIDTHS,
    _lines,
    fit_width,
    plan_headed,
    sheet_writer,
)

TITLE = "Sommaire"  # not in the seed: the sheet's name and title
TITLE_COLOUR = "1F4E79"
HEADING_COLOUR = "1F4E79"  # seed_lines' fiche heading colour
LINK_COLOUR = "0563C1"  # Excel's « Lien hypertexte » style
ENTRY_SIZE = 10.0  # pt
FIRST_ENTRY = 3  # the first entry's row


def _sommaire(ws: Any, rows: list[int]) -> None:
    """A contents sheet inserted before ``ws``, one linked row a fiche heading."""
    from openpyxl.styles import Font
    from openpyxl.worksheet.hyperlink import Hyperlink

    del rows
    wb = ws.parent
    headings = [block.lines for block in load_seed() if block.kind == "fiche"]
    first_rows = {}
    for r in range(1, ws.max_row + 1):
        cell = ws.cell(row=r, column=1)
        colour = str(cell.font.color.rgb)[-6:] if cell.font.color is not None else ""
        if isinstance(cell.value, str) and colour == HEADING_COLOUR and cell.font.bold:
            first_rows.setdefault(cell.value, r)
    _, toc, write = sheet_writer(WIDTHS, wb, TITLE)
    wb.move_sheet(toc, offset=-(len(wb.sheetnames) - 1))
    wb.active = 0
    for sheet in wb.worksheets:
        sheet.sheet_view.tabSelected = sheet is toc
    last = len(WIDTHS) - 1
    write(1, 0, last, TITLE, 14, True, TITLE_COLOUR, None, False, False)
    toc.row_dimensions[1].height = round(14 * 4 / 3 + 3, 1)
    sheet = ws.title.replace("'", "''")
    for index, lines in enumerate(headings):
        r = FIRST_ENTRY + index
        text = " ".join(lines)
        write(r, 0, last, text, ENTRY_SIZE, False, LINK_COLOUR, None, False, False)
        cell = toc.cell(row=r, column=1)
        cell.font = Font(
            name="Liberation Sans", size=ENTRY_SIZE, color=LINK_COLOUR, underline="single"
        )
        cell.hyperlink = Hyperlink(
            ref=cell.coordinate, location=f"'{sheet}'!A{first_rows[lines[0]]}", display=text
        )
        toc.row_dimensions[r].height = round(
            _lines(text, (0, last), ENTRY_SIZE) * ENTRY_SIZE * 4 / 3 + 3, 1
        )
    fit_width(toc, "portrait")
    margin = 1.5 / 2.54  # inches, as save_portrait sets the plan sheet's
    toc.page_margins.left = toc.page_margins.right = margin
    toc.page_margins.top = toc.page_margins.bottom = margin


def plan_xlsx_registre(path: Path) -> Path:
    """Seed 001 as ``plan_headed``'s .xlsx at ``path``, a linked contents sheet first."""
    return plan_headed(path, _sommaire)


__all__ = ["TITLE", "plan_xlsx_registre"]
