"""A steps table DRAGGED WIDER THAN THE TEXT AREA, INTO BOTH PAGE MARGINS (hundred-and-ninth
held-out set, ``plan_docx_deborde``): as an agent short of room pulls the table's left and
right edges out past the margins (Word keeps a table there), each steps table is
:data:`WIDTHS_CM` (19.5 cm) wide and indented :data:`INDENT_CM` cm (``w:tblInd``), so it runs
from about 0.5 cm from the paper's left edge to about 1 cm from its right edge while the
headings, the fields and the running header keep the 2 cm margins. The steps table
``plan_docx_confidentiel``'s otherwise (black grid, grey bold header repeated).

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.docx_echo import headed_grid, step_cells
from tests.generators.plan_docx import _fixed_widths
from tests.generators.seed001 import Block

WIDTHS_CM = (3.2, 6.6, 2.3, 2.5, 2.2, 2.7)  # 19.5 cm, the text area 17 cm
INDENT_CM = -1.5
TWIPS_PER_CM = 1440 / 2.54


def _indent(table: object, cm: float) -> None:
    """``table``'s ``w:tblInd`` set to ``cm`` (negative: into the left margin)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr  # type: ignore[attr-defined]
    for old in tbl_pr.findall(qn("w:tblInd")):
        tbl_pr.remove(old)
    ind = OxmlElement("w:tblInd")
    ind.set(qn("w:w"), str(round(cm * TWIPS_PER_CM)))
    ind.set(qn("w:type"), "dxa")
    tbl_pr.append(ind)


def deborde_impl(doc: object, block: Block) -> None:
    """The steps table (``confidentiel``'s: header repeated, black grid) on
    :data:`WIDTHS_CM`, indented :data:`INDENT_CM` cm, then an empty paragraph without space
    after."""
    from docx.shared import Pt

    table = headed_grid(doc, len(block.rows), block.header)
    for r, row in enumerate(block.rows, start=1):
        step_cells(table, r, row, len(block.header))
    _fixed_widths(table, WIDTHS_CM)
    _indent(table, INDENT_CM)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
