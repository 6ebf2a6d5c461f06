"""A steps table PASTED FROM AN EXCEL WORKBOOK keeping its source formatting (hundred-and-
forty-second held-out set, ``plan_docx_colle``): the agent keeps the plan's steps in a
workbook and pastes each fiche's range into the Word fiche with « Conserver la mise en forme
source », so the table keeps Excel's habits — « Arial » 9 pt (Liberation Sans in print),
EVERY CELL BOTTOM-ALIGNED (``w:vAlign bottom``, Excel's default vertical alignment), a
value's paragraphs LINE BREAKS of one paragraph (Alt+Entrée), the step name not bold, the
labels bold with no fill and NOT marked to repeat, cell margins 0.12 cm left and right, rows
« au moins » 0.53 cm; rules as set in Excel: :data:`HEAD_RULE` under the labels,
:data:`STEP_RULE` under every step, no vertical rule, no frame. Columns
:data:`WIDTHS_CM` (Excel's widths converted). ``plan_docx_echo``'s document otherwise.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_docx import _fixed_widths, _no_table_borders
from tests.generators.seed001 import Block, _paragraphs

WIDTHS_CM = (2.91, 5.56, 2.04, 2.25, 1.96, 2.28)  # 17.0 cm
FONT = "Arial"
SIZE = 9
HEAD_RULE = ("single", "12", "000000")  # 1.5 pt black, « Bordure inférieure épaisse »
STEP_RULE = ("single", "4", "A6A6A6")  # 0.5 pt grey, « Bordures horizontales »
MARGIN_TWIPS = 68  # 0.12 cm
ROW_TWIPS = 300  # 15 pt, Excel's row


def _el(tag: str, **attrs: str) -> object:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(f"w:{key}"), value)
    return el


def _excel_cell(cell: object, value: str, bold: bool, rule: tuple[str, str, str]) -> None:
    """``cell`` as the paste leaves it: bottom-aligned, a ``rule`` under it, ``value``'s
    paragraphs as line breaks of one paragraph in Arial 9 pt (bold when ``bold``)."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.shared import Pt

    tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    borders = _el("w:tcBorders")
    val, size, color = rule
    borders.append(_el("w:bottom", val=val, sz=size, space="0", color=color))  # type: ignore[attr-defined]
    tc_pr.append(borders)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM  # type: ignore[attr-defined]
    par = cell.paragraphs[0]  # type: ignore[attr-defined]
    par.paragraph_format.space_before = Pt(0)
    par.paragraph_format.space_after = Pt(0)
    par.paragraph_format.line_spacing = 1.0
    for index, part in enumerate(_paragraphs(value)):
        run = par.add_run()
        if index:  # Alt+Entrée: a line break before each further paragraph
            run.add_break()
        run.add_text(part)
        run.bold = bold
        run.font.size = Pt(SIZE)
        run.font.name = FONT


def _excel_table(table: object) -> None:
    """No table border, Excel's cell margins, every row at least 15 pt."""
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr  # type: ignore[attr-defined]
    margins = _el("w:tblCellMar")
    for side, twips in (("top", 0), ("left", MARGIN_TWIPS), ("bottom", 0), ("right", MARGIN_TWIPS)):
        margins.append(_el(f"w:{side}", w=str(twips), type="dxa"))  # type: ignore[attr-defined]
    look = tbl_pr.find(qn("w:tblLook"))
    if look is None:
        tbl_pr.append(margins)
    else:
        look.addprevious(margins)
    for row in table.rows:  # type: ignore[attr-defined]
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(_el("w:trHeight", val=str(ROW_TWIPS), hRule="atLeast"))


def colle_impl(doc: object, block: Block) -> None:
    """The steps table as pasted from the workbook: the labels, then a row a step."""
    from docx.shared import Pt

    n_cols = len(block.header)
    table = doc.add_table(rows=len(block.rows) + 1, cols=n_cols)  # type: ignore[attr-defined]
    _no_table_borders(table)
    for c, label in enumerate(block.header):
        _excel_cell(table.cell(0, c), label, True, HEAD_RULE)  # type: ignore[attr-defined]
    for r, row in enumerate(block.rows, start=1):
        for c in range(n_cols):
            value = row[c] if c < len(row) else ""
            _excel_cell(table.cell(r, c), value, False, STEP_RULE)  # type: ignore[attr-defined]
    _excel_table(table)
    _fixed_widths(table, WIDTHS_CM)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
