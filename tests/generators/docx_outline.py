"""Steps TYPED AS AN OUTLINE, no steps table (forty-seventh held-out set,
``plan_docx_outline``): each step one « Titre 4 » (« Heading 4 ») heading holding the step
name, auto-numbered « Étape n – » by a Word numbering definition restarting at 1 in each
fiche; under it the description's paragraphs without any label, then four run-in paragraphs
whose bold ABBREVIATED labels « Planification : », « Budget : », « Porteur : »,
« Partenaires : » precede the value in the same paragraph.

The fields are ``plan_docx_watermark``'s grey-grid table. Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

from tests.generators.seed001 import Block, _paragraphs

ABSTRACT_ID = 4700  # the outline's own numbering definition
LEVEL_TEXT = "Étape %1 –"
# (label, seed column) of the run-in paragraphs
RUN_INS = (
    ("Planification : ", 2),
    ("Budget : ", 3),
    ("Porteur : ", 4),
    ("Partenaires : ", 5),
)
HEADING_COLOUR = "1F4E79"
SIZE = 9.5


def _numbering(doc: object) -> int:
    """A new list instance of the outline's numbering definition (created on first use),
    restarting at 1; returns its ``w:numId``."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    numbering = doc.part.numbering_part.element  # type: ignore[attr-defined]
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    if ABSTRACT_ID not in ids:
        numbering.insert(
            0,
            parse_xml(
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABSTRACT_ID}">'
                '<w:multiLevelType w:val="singleLevel"/>'
                '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                f'<w:lvlText w:val="{LEVEL_TEXT}"/><w:lvlJc w:val="left"/>'
                '<w:suff w:val="space"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
                "</w:lvl></w:abstractNum>"
            ),
        )
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    num_id = max([ABSTRACT_ID, *num_ids]) + 1
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{ABSTRACT_ID}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
            "</w:num>"
        )
    )
    return num_id


def _step_heading(doc: object, name: str, num_id: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt, RGBColor

    par = doc.add_paragraph(style="Heading 4")  # type: ignore[attr-defined]
    par.paragraph_format.space_before = Pt(8)
    par.paragraph_format.space_after = Pt(2)
    par._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )
    run = par.add_run(name)
    run.bold, run.italic = True, False
    run.font.name, run.font.size = "Liberation Sans", Pt(10.5)
    run.font.color.rgb = RGBColor.from_string(HEADING_COLOUR)


def outline_impl(doc: object, block: Block) -> None:
    """The steps of one fiche as numbered headings, unlabelled description paragraphs and
    four run-in label paragraphs; no table."""
    from docx.shared import Cm, Pt

    num_id = _numbering(doc)
    for row in block.rows:
        cells = [row[c] if c < len(row) else "" for c in range(6)]
        _step_heading(doc, cells[0], num_id)
        for part in _paragraphs(cells[1]):
            par = doc.add_paragraph()  # type: ignore[attr-defined]
            par.paragraph_format.space_after = Pt(3)
            par.add_run(part).font.size = Pt(SIZE)
        for rank, (label, column) in enumerate(RUN_INS):
            parts = _paragraphs(cells[column]) or [""]
            for index, part in enumerate(parts):
                par = doc.add_paragraph()  # type: ignore[attr-defined]
                par.paragraph_format.left_indent = Cm(0.6)
                last = rank == len(RUN_INS) - 1 and index == len(parts) - 1
                par.paragraph_format.space_after = Pt(6 if last else 0)
                if index == 0:
                    head = par.add_run(label.rstrip() if not part else label)
                    head.bold, head.font.size = True, Pt(SIZE)
                if part:
                    par.add_run(part).font.size = Pt(SIZE)
