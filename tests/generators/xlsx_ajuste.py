"""Seed 001 as an Excel WORKBOOK kept « one tab per fiche », every fiche sheet FITTED TO ONE
PAGE (seventy-second held-out set, ``plan_xlsx_ajuste``): an .xlsx written with openpyxl,
printed to PDF by LibreOffice Calc.

The seed in seed order over several sheets: one where the axis begins (its lines and
everything up to the first fiche), one where each further objective begins, and one per
fiche (its heading lines, fields, bold lines, « Modalités de mise en oeuvre » and steps).
Every sheet A4 portrait, margins 1.5 cm, no printed gridlines, six columns of about the
page's width at 100 % (:data:`WIDTHS`), the rows of :mod:`tests.generators.xlsx_slanted`
(the steps header not slanted), every row's height stored; the axis and objective sheets
« 1 page wide », EVERY FICHE SHEET « 1 page wide by 1 page tall » — so Calc prints each fiche
on one page, shrinking a long one by a factor of its own. Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.seed001 import load_seed
from tests.generators.xlsx_titlerows import (
    fit_width,
    plan_rows,
    put_header,
    put_steps,
    row_writer,
    sheet_writer,
)

WIDTHS = (12, 21, 11, 9, 7, 9)  # Excel character widths, columns A…F
MARGIN = 1.5 / 2.54  # inches


def _page(ws: Any, one_page: bool) -> None:
    """A4 portrait, 1.5 cm margins, one page wide; ``one_page``: one page tall too."""
    fit_width(ws, "portrait")
    if one_page:
        ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = MARGIN
    ws.page_margins.top = ws.page_margins.bottom = MARGIN


def _title(kind: str, first_line: str) -> str:
    """A sheet's tab name: « Axe 1 », « Objectif 1.2 », « Fiche 1.1.1 »."""
    words = first_line.replace(":", " ").split()
    if kind == "axis":
        return f"Axe {words[1]}"
    if kind == "objective":
        return f"Objectif {words[0]}"
    return f"Fiche {words[1]}"


def plan_xlsx_ajuste(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, a sheet per fiche fitted to one page."""
    wb: Any = None
    sheets: list[tuple[Any, bool]] = []
    put = line = blank = None
    previous = ""
    for block in load_seed():
        starts = block.kind in ("axis", "fiche") or (
            block.kind == "objective" and previous != "axis"
        )
        if starts or wb is None:
            title = _title(block.kind, block.lines[0])
            wb, ws, write = sheet_writer(WIDTHS, wb, title)
            put, line, blank = row_writer(ws, write)
            sheets.append((ws, block.kind == "fiche"))
            previous = ""
        assert put is not None and line is not None and blank is not None
        if block.kind == "impl":
            put_header(put, block.header)
            put_steps(put, block)
            blank()
        else:
            plan_rows(ws, block, previous, put, line, blank)
        previous = block.kind
    for ws, one_page in sheets:
        _page(ws, one_page)
    wb.save(str(path))
    return path
