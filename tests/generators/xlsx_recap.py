"""Seed 001 as an Excel WORKBOOK of TWO SHEETS whose steps are GATHERED ON A SECOND TAB
(eighty-seventh held-out set, ``plan_xlsx_recap``): an .xlsx written with openpyxl, printed
whole to PDF by LibreOffice Calc.

Sheet 1 « Fiches actions », A4 portrait, « fit to 1 page wide », no printed gridlines: the
rows of :mod:`tests.generators.xlsx_reparti` but, in place of each steps table, one italic
grey cross-reference line (:data:`REFERENCE`, not in the seed). Sheet 2 « Étapes », A4
LANDSCAPE, « fit to 1 page wide », no printed gridlines: a « N° fiche » column (not in the
seed) before the six seed columns, the header row the sheet's print title, then every step
of every fiche in seed order, one row each, keyed by its fiche's code, no break between
fiches. Both sheets' footers « <sheet> – Page n / N ». Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.generators.seed001 import Block, _paragraphs, load_seed
from tests.generators.xlsx_titlerows import (
    WIDTHS,
    fit_width,
    plan_rows,
    put_header,
    row_writer,
    sheet_writer,
    step_values,
)

FICHES = "Fiches actions"
STEPS = "Étapes"
CODE_LABEL = "N° fiche"
CODE_WIDTH = 10  # Excel character widths of the « N° fiche » column
REFERENCE = "Étapes de la fiche {code} : voir l'onglet « Étapes »"
FOOTER = "&A – Page &P / &N"


def keyed_steps(put: Callable[..., int], code: str, block: Block) -> None:
    """``block``'s step rows on the « Étapes » sheet, one a step: ``code`` as text, then the
    six values (each value's paragraphs one a line, the step name bold, a digit-only value a
    number), boxed."""
    for step in block.rows:
        values = ["\n".join(_paragraphs(v)) for v in step_values(block, step)]
        cells = [(0, 0, code, False)]
        cells += [(c + 1, c + 1, v, c == 0) for c, v in enumerate(values)]
        put(cells, boxed=True, numbers=True)


def _page(ws: object, orientation: str) -> None:
    """A4 ``orientation`` pages fitted to one page wide, 1.5 cm margins, the footer."""
    fit_width(ws, orientation)
    margin = 1.5 / 2.54  # inches
    ws.page_margins.left = ws.page_margins.right = margin  # type: ignore[attr-defined]
    ws.page_margins.top = ws.page_margins.bottom = margin  # type: ignore[attr-defined]
    ws.oddFooter.center.text = FOOTER  # type: ignore[attr-defined]


def plan_xlsx_recap(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``: the fiches on a first sheet, every step on a
    second."""
    from openpyxl.styles import Font

    wb, ws, write = sheet_writer(WIDTHS, title=FICHES)
    put, line, blank = row_writer(ws, write)
    _wb, steps_ws, steps_write = sheet_writer((CODE_WIDTH, *WIDTHS), wb, STEPS)
    steps_put, _line, _blank = row_writer(steps_ws, steps_write, len(WIDTHS))
    header = next(b.header for b in load_seed() if b.kind == "impl")
    put_header(steps_put, [CODE_LABEL, *header])
    steps_ws.print_title_rows = "1:1"

    previous, code = "", ""
    for block in load_seed():
        if block.kind == "fiche":
            code = block.code or ""
        if block.kind == "impl":
            line(REFERENCE.format(code=code), 9, False, "595959")
            ws.cell(row=ws.max_row, column=1).font = Font(
                name="Liberation Sans", size=9, italic=True, color="595959"
            )
            blank()
            keyed_steps(steps_put, code, block)
        else:
            plan_rows(ws, block, previous, put, line, blank)
        previous = block.kind

    _page(ws, "portrait")
    _page(steps_ws, "landscape")
    wb.save(str(path))
    return path
