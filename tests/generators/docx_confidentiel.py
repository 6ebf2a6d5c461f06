"""A CONFIDENTIAL WORKING DRAFT with WORD'S LINE NUMBERING ON (ninety-seventh held-out set,
``plan_docx_confidentiel``): the section's ``w:lnNumType`` counts every line by 1, restarted
on each page, the numbers :data:`NUMBER_DISTANCE_CM` left of the text; every page header adds
to ``plan_docx``'s running line a red :data:`BANNER` over a red rule. The fields are bold
label paragraphs over their value paragraphs (body lines, so numbered); each steps table
``plan_docx_echo``'s without its footer row (black grid, grey header bold and repeated).

Only the layout comes from here: every value is the seed's (the banner and the line numbers
are not).
"""

from __future__ import annotations

from tests.generators.docx_echo import close_table, headed_grid, step_cells
from tests.generators.plan_docx import _bottom_rule
from tests.generators.seed001 import Block, _paragraphs

BANNER = "CONFIDENTIEL — DOCUMENT DE TRAVAIL, NE PAS DIFFUSER"
BANNER_RED = "C00000"
NUMBER_DISTANCE_CM = 0.4


def confidential_page(section: object) -> None:
    """``section``'s line numbering (by 1, restarted on each page) and the banner paragraph
    under its header's running line: bold 9 pt red, centred, a 0.75 pt red rule under it."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    numbering = OxmlElement("w:lnNumType")
    numbering.set(qn("w:countBy"), "1")
    numbering.set(qn("w:restart"), "newPage")
    numbering.set(qn("w:distance"), str(int(Cm(NUMBER_DISTANCE_CM).twips)))
    sect_pr = section._sectPr  # type: ignore[attr-defined]
    sect_pr.find(qn("w:pgMar")).addnext(numbering)  # the schema's place: after w:pgMar

    par = section.header.add_paragraph()  # type: ignore[attr-defined]
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = par.add_run(BANNER)
    run.bold = True
    run.font.size = Pt(9)
    run.font.color.rgb = RGBColor.from_string(BANNER_RED)
    _bottom_rule(par, 6, BANNER_RED)


def confidentiel_fields(doc: object, fields: list[tuple[str, str]]) -> None:
    """Each field a bold 10 pt label paragraph, then its value's paragraphs (none when
    empty)."""
    from docx.shared import Pt

    for label, value in fields:
        run = doc.add_paragraph().add_run(label)  # type: ignore[attr-defined]
        run.bold = True
        run.font.size = Pt(10)
        for part in _paragraphs(value):
            doc.add_paragraph(part)  # type: ignore[attr-defined]


def confidentiel_impl(doc: object, block: Block) -> None:
    """The steps table: the header (repeated), the seed steps, a black grid."""
    table = headed_grid(doc, len(block.rows), block.header)
    for r, row in enumerate(block.rows, start=1):
        step_cells(table, r, row, len(block.header))
    close_table(doc, table)
