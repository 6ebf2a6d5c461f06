"""Seed 001 on a sheet printed IN TWO VERTICAL SLICES (hundred-and-fifty-ninth held-out set,
``plan_xlsx_troncons``): an .xlsx written with openpyxl, printed to PDF by LibreOffice Calc,
as an agent keeps it who built the fiche part in the sheet's first two columns, let the
steps tables run on to column F, and took off « Ajuster à 1 page de large »: A4 portrait at
100 %, so columns A:B fill the page's width and Calc, page order « de haut en bas, puis vers
la droite », prints every page of A:B first, then every page of C:F (the steps' four right
columns alone, at the same heights).

One sheet « Plan d'actions » as :func:`tests.generators.xlsx_titlerows.plan_headed` writes it
but the headings, paragraphs, summaries and fields over A:B only (:data:`FICHE_LAST`), no
fit to the page. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path

from tests.generators.seed001 import Block, load_seed
from tests.generators.xlsx_titlerows import (
    WIDTHS,
    plan_rows,
    put_header,
    put_steps,
    row_writer,
    sheet_writer,
)

FICHE_LAST = 1  # column B (0-based): the fiche part's last column


def plan_xlsx_troncons(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, printed unfitted in two vertical slices."""
    wb, ws, write = sheet_writer(WIDTHS)
    put, line, blank = row_writer(ws, write, last=FICHE_LAST)

    def steps(block: Block) -> None:
        put_header(put, block.header)
        put_steps(put, block)

    previous = ""
    for block in load_seed():
        if block.kind == "impl":
            steps(block)
            blank()
        else:
            plan_rows(ws, block, previous, put, line, blank, last=FICHE_LAST)
        previous = block.kind
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.pageOrder = "downThenOver"
    ws.page_setup.scale = 100
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.print_options.gridLines = False
    margin = 1.5 / 2.54  # inches
    ws.page_margins.left = ws.page_margins.right = margin
    ws.page_margins.top = ws.page_margins.bottom = margin
    wb.save(str(path))
    return path
