"""A Word document's « Sommaire » as Word's automatic table of contents prints it: one entry
per axis, objective and fiche, dot leaders up to the page number (thirty-third held-out set).

Written as the field's result (Writer would not update a Word TOC field on export): the page
numbers are those on which Writer prints the headings, read back from a first export whose
entries carry « 00 », the Sommaire as many lines and followed by a page break, so the body's
pages do not move between the two exports.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

from tests.generators.plan_docx import plan_docx
from tests.generators.seed001 import load_seed

# the page's text width (A4, 2 cm margins), where the page numbers are right-aligned
_TEXT_WIDTH_CM = 17.0


def toc_entries() -> list[tuple[int, str, str]]:
    """(level, entry text, words its heading is found by on a page) in the document's order:
    1 an axis (its first two lines), 2 an objective, 3 a fiche (their lines joined)."""
    out = []
    for block in load_seed():
        if block.kind == "axis":
            out.append((1, " ".join(block.lines[:2]), block.lines[1]))
        elif block.kind == "objective":
            out.append((2, " ".join(block.lines), block.lines[-1]))
        elif block.kind == "fiche":
            out.append((3, " ".join(block.lines), block.lines[-1]))
    return out


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def heading_pages(pdf: bytes, entries: list[tuple[int, str, str]]) -> list[int]:
    """The 1-based page on which each entry's heading is printed, after the Sommaire's page:
    the first page, from the previous entry's on, whose text holds the heading's first
    words."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(io.BytesIO(pdf))
    try:
        texts = []
        for index in range(len(doc)):
            page = doc[index]
            textpage = page.get_textpage()
            texts.append(_words(textpage.get_text_range()))
            textpage.close()
            page.close()
    finally:
        doc.close()
    pages, start = [], 1
    for _, _, key in entries:
        words = _words(key)[:40]
        found = next((n for n in range(start, len(texts)) if words in texts[n]), None)
        if found is None:
            raise RuntimeError(f"titre introuvable dans le PDF : {words}")
        pages.append(found + 1)
        start = found
    return pages


def add_toc(path: Path, numbers: list[str]) -> Path:
    """The .docx at ``path`` with the Sommaire in front of its first paragraph (entries from
    :func:`toc_entries`, ``numbers`` their page numbers), a page break after it and a
    centred PAGE field in the footer."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Cm, Pt, RGBColor

    doc = Document(str(path))
    first = doc.paragraphs[0]
    title = first.insert_paragraph_before()
    run = title.add_run("Sommaire")
    run.bold, run.font.size = True, Pt(16)
    run.font.color.rgb = RGBColor.from_string("1F4E79")
    title.paragraph_format.space_after = Pt(12)
    for (level, text, _), number in zip(toc_entries(), numbers, strict=True):
        par = first.insert_paragraph_before()
        fmt = par.paragraph_format
        fmt.left_indent = Cm(0.5 * (level - 1))
        fmt.space_before = Pt(6 if level == 1 else 0)
        fmt.space_after = Pt(2)
        fmt.tab_stops.add_tab_stop(Cm(_TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        run = par.add_run(f"{text}\t{number}")
        run.bold, run.font.size = level == 1, Pt(11 if level == 1 else 10)
    first.insert_paragraph_before().add_run().add_break(WD_BREAK.PAGE)
    footer = doc.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
        "<w:t>1</w:t></w:r></w:fldSimple>"
    )
    footer._p.append(field)
    doc.save(str(path))
    return path


def plan_docx_toc(work: Path, export: Callable[[Path], Path]) -> Path:
    """``plan_docx_list`` with its Sommaire, exported twice by ``export`` (a .docx → its PDF):
    once with « 00 » for every page number, then with the pages read back."""
    entries = toc_entries()
    (work / "draft").mkdir(parents=True, exist_ok=True)
    draft = plan_docx("list", work / "draft" / "plan_docx_toc.docx")
    draft = add_toc(draft, ["00"] * len(entries))
    pages = heading_pages(export(draft).read_bytes(), entries)
    source = plan_docx("list", work / "plan_docx_toc.docx")
    return export(add_toc(source, [str(n) for n in pages]))
