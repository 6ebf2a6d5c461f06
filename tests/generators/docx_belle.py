"""A plan laid out for RECTO-VERSO PRINTING, every fiche and every objective from the second
opening « EN BELLE PAGE » (hundred-and-sixty-ninth held-out set, ``plan_docx_belle``): a
section break « Page impaire » (``w:type oddPage``, :func:`belle_break`) right before each,
so Writer inserts an empty page before each one that would open on an even page; and the
PDF exported with « Exporter automatiquement les pages vierges insérées » ticked
(:data:`BLANK_PAGES_KEPT`, the filter option ``IsSkipEmptyPages`` false), which PRINTS THOSE
BLANK PAGES — no header, no footer, nothing on them —, the footer's page number
(:func:`belle_footer`, a centred PAGE field) counting them.

The .docx otherwise ``plan_docx_damier``'s without its watermark: ``plan_docx_echo``'s
document and steps grid without footer row (``plan_docx_narrowstep``'s fields; the steps on
2.8 / 5.6 / 2.0 / 2.2 / 2.0 / 2.4 cm, a 0.5 pt black grid, the header bold 9 pt on #D9D9D9
repeated). Only the layout comes from here: every value is the seed's (the page numbers
are not).
"""

from __future__ import annotations

from tests.generators.docx_echo import close_table, headed_grid, step_cells
from tests.generators.seed001 import Block

# the ``--convert-to`` argument: Writer's PDF export keeping the blank pages it inserts
BLANK_PAGES_KEPT = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}'
FOOTER_PT = 8


def belle_footer(section: object) -> None:
    """``section``'s footer: one centred paragraph holding a PAGE field, :data:`FOOTER_PT`
    pt."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    par = section.footer.paragraphs[0]  # type: ignore[attr-defined]
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, instruction in (("begin", None), (None, " PAGE "), ("separate", None)):
        run = par.add_run()
        run.font.size = Pt(FOOTER_PT)
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        else:
            text = OxmlElement("w:instrText")
            text.set(qn("xml:space"), "preserve")
            text.text = instruction
            run._r.append(text)
    par.add_run("1").font.size = Pt(FOOTER_PT)  # the field's last result
    run = par.add_run()
    run.font.size = Pt(FOOTER_PT)
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), "end")
    run._r.append(char)


def belle_break(doc: object) -> None:
    """A section break « Page impaire »: what follows opens on an odd page (its header and
    footer linked to the previous section's)."""
    from docx.enum.section import WD_SECTION

    doc.add_section(WD_SECTION.ODD_PAGE)  # type: ignore[attr-defined]


def belle_impl(doc: object, block: Block) -> None:
    """The steps table: the repeated header, then a row a step, a plain black grid."""
    n_cols = len(block.header)
    table = headed_grid(doc, len(block.rows), block.header)
    for r, row in enumerate(block.rows, start=1):
        step_cells(table, r, row, n_cols)
    close_table(doc, table)


__all__ = ["BLANK_PAGES_KEPT", "belle_break", "belle_footer", "belle_impl"]
