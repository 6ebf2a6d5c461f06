"""A steps table FILLED IN A TEMPLATE OF FIXED-HEIGHT ROWS BY SHRINKING THE TYPE OF EVERY
CELL THAT DID NOT FIT (hundred-and-thirtieth held-out set, ``plan_docx_comprime``), as agents
do who « réduisent la police jusqu'à ce que ça tienne »: every body row « au moins »
:data:`ROW_CM` cm high, and each body cell's text in the largest of :data:`SIZES` at which its
value, cut into lines on word boundaries at the cell's width less its side margins, holds in
that height at :data:`LEADING` × the size a line (the smallest size when none does, the row
then growing). Word's own « Ajuster le texte » (``w:fitText``) is ignored by Writer 7.4, so
the shrinking is done here, size by size, as the agent does it.

``plan_docx_echo``'s document and steps grid otherwise (2.8 / 5.6 / 2.0 / 2.2 / 2.0 / 2.4 cm,
the labels bold 9 pt on #D9D9D9 repeated, a plain 0.5 pt black grid, no footer row), rows
free to break. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.docx_echo import WIDTHS_CM, close_table, headed_grid
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.text_metrics import pil_font, word_lines

ROW_CM = 1.5  # the template's row height (« au moins »)
SIZES = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0, 5.5, 5.0)  # pt, the agent's sizes, largest first
LEADING = 1.15  # a single-spaced Liberation Sans line, × the size
MARGIN_CM = 0.19  # Word's default left and right cell margins (108 twips)
FAMILY = "Liberation Sans"
_PX = 100  # the size the widths are measured at, scaled to each size
_PT_PER_CM = 72 / 2.54


def _width(bold: bool, size: float):  # noqa: ANN202
    font = pil_font(FAMILY, bold, _PX)
    return lambda text: font.getlength(text) * size / _PX


def fitted_size(value: str, width_cm: float, bold: bool) -> float:
    """The largest of :data:`SIZES` at which ``value`` holds in :data:`ROW_CM` cm in a cell
    ``width_cm`` wide (the smallest when none does)."""
    room = (width_cm - 2 * MARGIN_CM) * _PT_PER_CM
    height = ROW_CM * _PT_PER_CM
    for size in SIZES:
        lines = word_lines(value, _width(bold, size), room)
        if len(lines) * size * LEADING <= height:
            return size
    return SIZES[-1]


def _mark(par: object, size: float) -> None:
    """The paragraph mark of ``par`` in ``size`` pt, so an empty line is as tall as the
    cell's text."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_pr = OxmlElement("w:rPr")
    for tag in ("w:sz", "w:szCs"):
        element = OxmlElement(tag)
        element.set(qn("w:val"), str(round(size * 2)))
        r_pr.append(element)
    par._p.get_or_add_pPr().append(r_pr)  # type: ignore[attr-defined]


def sized_cell(cell: object, value: str, bold: bool, size: float) -> None:
    """``cell``'s paragraphs: ``value``'s, ``size`` pt, bold when ``bold``, no space after."""
    from docx.shared import Pt

    for index, part in enumerate(_paragraphs(value) or [""]):
        par = cell.paragraphs[0] if index == 0 else cell.add_paragraph()  # type: ignore[attr-defined]
        par.paragraph_format.space_after = Pt(0)
        _mark(par, size)
        if part:
            run = par.add_run(part)
            run.bold = bold
            run.font.size = Pt(size)


def comprime_impl(doc: object, block: Block) -> None:
    """The steps table: the header (repeated), then a row a step « au moins »
    :data:`ROW_CM` cm high, each cell in the size its value fits the row at."""
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Cm

    n_cols = len(block.header)
    table = headed_grid(doc, len(block.rows), block.header)
    for r, row in enumerate(block.rows, start=1):
        table_row = table.rows[r]  # type: ignore[attr-defined]
        table_row.height = Cm(ROW_CM)
        table_row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for c in range(n_cols):
            value = row[c] if c < len(row) else ""
            size = fitted_size(value, WIDTHS_CM[c], bold=c == 0)
            sized_cell(table.cell(r, c), value, bold=c == 0, size=size)  # type: ignore[attr-defined]
    close_table(doc, table)
