"""A fiche template whose TITLE BLOCK IS A BANNER TABLE (hundred-and-seventeenth held-out set,
``plan_docx_vignette``): as consultancies' fiche-action templates draw it, each fiche heading
is a borderless one-row table of two vertically centred cells, a 2.4 cm #1F4E79 square
holding « FICHE » (bold 8 pt white) over the code alone (bold 18 pt white), both centred,
beside a 14.6 cm #DEEAF6 band holding the rest of the heading (fiche 1.1.1's one line cut
after its code, the other fiches' second line), bold 12 pt #1F4E79; the row at least
1.6 cm high; an empty 4 pt paragraph under it. The steps tables are ``plan_docx_echo``'s
without its footer row; ``plan_docx_narrowstep``'s document otherwise.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.docx_echo import close_table, headed_grid, step_cells
from tests.generators.plan_docx import _fixed_widths, _no_table_borders, _shade
from tests.generators.seed001 import Block

WIDTHS_CM = (2.4, 14.6)  # the square, the title band: 17.0 cm
SQUARE_FILL, BAND_FILL = "1F4E79", "DEEAF6"
TITLE_COLOUR = "1F4E79"
MIN_HEIGHT_CM = 1.6


def split_heading(code: str, lines: list[str]) -> list[str]:
    """The heading's lines after « FICHE <code> »: the first line's rest when it goes on past
    its code, then the other lines."""
    prefix = f"FICHE {code}"
    first = lines[0].strip()
    rest = first.removeprefix(prefix).strip() if first.startswith(prefix) else first
    return ([rest] if rest else []) + [line for line in lines[1:] if line.strip()]


def _centred(cell: object) -> None:
    """``cell`` vertically centred (``w:vAlign center``)."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER  # type: ignore[attr-defined]


def _par(cell: object, first: bool, text: str, size: float, colour: str, centre: bool) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    par = cell.paragraphs[0] if first else cell.add_paragraph()  # type: ignore[attr-defined]
    par.paragraph_format.space_after = Pt(0)
    par.paragraph_format.space_before = Pt(0)
    if centre:
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = par.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    run.font.color.rgb = RGBColor.from_string(colour)


def vignette_heading(doc: object, block: Block) -> None:
    """The fiche heading as the template's banner table, then an empty 4 pt paragraph."""
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Cm, Pt

    table = doc.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
    _no_table_borders(table)
    square, band = table.cell(0, 0), table.cell(0, 1)
    _shade(square, SQUARE_FILL)
    _shade(band, BAND_FILL)
    _centred(square)
    _centred(band)
    _par(square, True, "FICHE", 8, "FFFFFF", True)
    _par(square, False, block.code or "", 18, "FFFFFF", True)
    for n, line in enumerate(split_heading(block.code or "", block.lines)):
        _par(band, n == 0, line, 12, TITLE_COLOUR, False)
    row = table.rows[0]
    row.height = Cm(MIN_HEIGHT_CM)
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    _fixed_widths(table, WIDTHS_CM)
    par = doc.add_paragraph()  # type: ignore[attr-defined]
    par.paragraph_format.space_after = Pt(0)
    par.add_run().font.size = Pt(4)


def vignette_impl(doc: object, block: Block) -> None:
    """The steps table (``echo``'s, no footer row), then an empty paragraph without space
    after."""
    table = headed_grid(doc, len(block.rows), block.header)
    for r, row in enumerate(block.rows, start=1):
        step_cells(table, r, row, len(block.header))
    close_table(doc, table)
