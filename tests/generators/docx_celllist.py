"""Each fiche's steps written as A WORD NUMBERED LIST INSIDE ONE BIG TABLE CELL (fifty-fifth
held-out set, ``plan_docx_celllist``): an agent found the six-column steps table too cramped
and typed the steps in a one-row, one-cell table (a thin grey box) as the template's « List
Number » list, restarted at 1 in each fiche: the step name bold, its description paragraphs
under it, then one « List Bullet 2 » line « <seed label> : <value> » (label italic) per
non-empty value of the four other columns. The document otherwise ``plan_docx_reprow``'s
(the fields as ``plan_docx_watermark``'s table).

Only the layout comes from here: every value is the seed's (the labels are the seed's
column labels).
"""

from __future__ import annotations

from tests.generators.docx_watermark import GRID
from tests.generators.plan_docx import _fixed_widths, _grid_borders
from tests.generators.seed001 import Block, _paragraphs

BOX_WIDTH_CM = (17.0,)
TEXT_INDENT_CM = 0.63  # the « List Number » text indent
BULLET_INDENT_CM = 1.27
BULLET_HANGING_CM = 0.63


def _restarted_num(doc: object) -> int:
    """A new numbering instance of the « List Number » style's list, its level 0 restarted at
    1; returns its id."""
    from docx.oxml.ns import qn

    style = doc.styles["List Number"]  # type: ignore[attr-defined]
    style_num = style.element.pPr.numPr.numId.val
    numbering = doc.part.numbering_part.numbering_definitions._numbering  # type: ignore[attr-defined]
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(style_num):
            abstract = int(num.find(qn("w:abstractNumId")).get(qn("w:val")))
            break
    else:  # pragma: no cover - the default template defines it
        raise RuntimeError("List Number sans numérotation")
    num = numbering.add_num(abstract)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return num.numId


def celllist_impl(doc: object, block: Block) -> None:
    """The steps as a numbered list in a one-cell table 17 cm wide, a thin grey box."""
    from docx.shared import Cm, Pt

    table = doc.add_table(rows=1, cols=1)  # type: ignore[attr-defined]
    _grid_borders(table, GRID)
    cell = table.cell(0, 0)
    num_id = _restarted_num(doc)
    number_style = doc.styles["List Number"]  # type: ignore[attr-defined]
    bullet_style = doc.styles["List Bullet 2"]  # type: ignore[attr-defined]
    first = True
    for row in block.rows:
        cells = [row[c] if c < len(row) else "" for c in range(len(block.header))]
        par = cell.paragraphs[0] if first else cell.add_paragraph()
        par.style = number_style
        num_pr = par._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num_id
        par.paragraph_format.space_before = Pt(0 if first else 3)
        par.paragraph_format.space_after = Pt(0)
        first = False
        name = par.add_run(" ".join(_paragraphs(cells[0])))
        name.bold = True
        name.font.size = Pt(9.5)
        for part in _paragraphs(cells[1]):
            desc = cell.add_paragraph()
            desc.paragraph_format.left_indent = Cm(TEXT_INDENT_CM)
            desc.paragraph_format.space_after = Pt(0)
            desc.add_run(part).font.size = Pt(9)
        for c in range(2, len(block.header)):
            parts = _paragraphs(cells[c])
            if not parts:  # an empty value: no line
                continue
            line = cell.add_paragraph(style=bullet_style)
            line.paragraph_format.left_indent = Cm(BULLET_INDENT_CM)
            line.paragraph_format.first_line_indent = Cm(-BULLET_HANGING_CM)
            line.paragraph_format.space_after = Pt(0)
            label = line.add_run(f"{block.header[c]} : ")
            label.italic = True
            label.font.size = Pt(9)
            for index, part in enumerate(parts):
                run = line.add_run(part)
                run.font.size = Pt(9)
                if index + 1 < len(parts):
                    run.add_break()
    _fixed_widths(table, BOX_WIDTH_CM)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
