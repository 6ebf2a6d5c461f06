"""Seed 001 on a sheet whose every fiche STARTS A PAGE and whose every page is CENTRED ON
THE SHEET (hundred-and-sixty-second held-out set, ``plan_xlsx_suspendu``): an .xlsx written
with openpyxl, printed to PDF by LibreOffice Calc, as an agent keeps it who wanted « une
fiche par page, bien centrée »: a manual page break (« Insertion › Saut de page »,
``rowBreaks``) right above every fiche's first heading row, and « Centrer sur la page :
horizontalement, verticalement » ticked (``printOptions horizontalCentered``,
``verticalCentered``). A4 portrait at 100 %, Excel's « Normales » margins, six columns
(:data:`WIDTHS`) narrower than the page: Calc places every page's block of rows in the
middle of its sheet, a fiche's last rows floating halfway down its second page.

One sheet « Plan d'actions », every non-steps row as
:func:`tests.generators.xlsx_titlerows.plan_rows` writes it (the fields label in A, value
over B:F), each steps table under its own header row, steps cells in :data:`STEP_SIZE` pt.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path

from tests.generators.seed001 import Block, _paragraphs, load_seed
from tests.generators.xlsx_titlerows import plan_rows, row_writer, sheet_writer, step_values

WIDTHS = (11, 18, 8, 8, 9, 10)  # Excel character widths, columns A…F
STEP_SIZE = 8  # pt, the steps header and cells
HEAD_FILL = "D9E1F2"
LEFT_RIGHT = 0.7  # inches, Excel's « Normales » margins
TOP_BOTTOM = 0.75
HEADER_FOOTER = 0.3


def plan_xlsx_suspendu(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``: a page break above every fiche, every page centred
    on the sheet both ways."""
    from openpyxl.worksheet.pagebreak import Break

    wb, ws, write = sheet_writer(WIDTHS)
    put, line, blank = row_writer(ws, write)
    written: list[int] = []  # the rows the current block's lines went to

    def recorded_line(text: str, size: float, bold: bool, colour: str) -> None:
        written.append(put([(0, len(WIDTHS) - 1, text, bold)], size, colour))

    def steps(block: Block) -> None:
        put(
            [(c, c, label, True) for c, label in enumerate(block.header)],
            STEP_SIZE,
            fill=HEAD_FILL,
            boxed=True,
        )
        for step in block.rows:
            values = step_values(block, step)
            put(
                [(c, c, "\n".join(_paragraphs(v)), c == 0) for c, v in enumerate(values)],
                STEP_SIZE,
                boxed=True,
                numbers=True,
            )

    previous = ""
    for block in load_seed():
        if block.kind == "impl":
            steps(block)
            blank()
        else:
            written.clear()
            plan_rows(ws, block, previous, put, recorded_line, blank)
            if block.kind == "fiche":  # the agent's break right above the fiche's heading
                ws.row_breaks.append(Break(id=written[0] - 1))
        previous = block.kind
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.scale = 100
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.print_options.gridLines = False
    ws.print_options.horizontalCentered = True
    ws.print_options.verticalCentered = True
    ws.page_margins.left = ws.page_margins.right = LEFT_RIGHT
    ws.page_margins.top = ws.page_margins.bottom = TOP_BOTTOM
    ws.page_margins.header = ws.page_margins.footer = HEADER_FOOTER
    wb.save(str(path))
    return path
