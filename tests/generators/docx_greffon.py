"""A plan ASSEMBLED FROM SUB-DOCUMENTS (two-hundred-and-twenty-sixth held-out set,
``plan_docx_greffon``): :func:`add_greffons` cuts each of the 12 fiches out of
``plan_docx_balise``'s .docx — every body element from the fiche's first heading line up to
the next fiche's, objective's or axis's heading, or the body's end (:func:`fiche_spans`) —,
moves it unchanged into a .docx of its own made from the services' fiche template
(:func:`fiche_document`: its paragraphs outside tables in the template's style
:data:`TITLE_STYLE`, its cells' paragraphs in :data:`TEXT_STYLE`, both Liberation Serif),
embeds that .docx in the master's package as ``/word/afchunkN.docx`` and leaves ONE
``w:altChunk`` in the master's body where the fiche was, as a document-assembly tool (the
Open XML SDK's ``AltChunk``) compiles the fiches. Writer 7.4 imports every sub-document in
place, its styles of its own names kept, and drops the master's page setup (Word's default
margins, no running header), as the throwaway probe showed.

Only the layout comes from here: every value is the seed's (each fiche's runs and tables
moved as they were).
"""

from __future__ import annotations

import copy
import io
from pathlib import Path

from tests.generators.seed001 import load_seed

TITLE_STYLE = "Fiche Titre"  # the template's paragraph style outside tables
TEXT_STYLE = "Fiche Texte"  # the template's paragraph style in table cells
FONT = "Liberation Serif"
CHUNK_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CHUNK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


def _heading_texts() -> tuple[set[str], set[str]]:
    """The first heading lines of the seed's fiches, and of its objectives and axes."""
    fiches, others = set(), set()
    for block in load_seed():
        if block.kind == "fiche":
            fiches.add(block.lines[0])
        elif block.kind in ("objective", "axis"):
            others.add(block.lines[0])
    return fiches, others


def _bold_text(element: object) -> str | None:
    """A top-level paragraph's text when its first run is bold (a heading line), else None."""
    from docx.oxml.ns import qn

    if element.tag != qn("w:p"):  # type: ignore[attr-defined]
        return None
    runs = element.findall(qn("w:r"))  # type: ignore[attr-defined]
    if not runs or runs[0].find(f"{qn('w:rPr')}/{qn('w:b')}") is None:
        return None
    return "".join(t.text or "" for t in element.iter(qn("w:t")))  # type: ignore[attr-defined]


def fiche_spans(body: object) -> list[list[object]]:
    """The master's body elements of each fiche, in order: from the bold paragraph of its
    first heading line up to the next fiche's, objective's or axis's heading (or the
    section properties closing the body)."""
    from docx.oxml.ns import qn

    fiches, others = _heading_texts()
    spans: list[list[object]] = []
    current: list[object] | None = None
    for element in list(body):  # type: ignore[call-overload]
        if element.tag == qn("w:sectPr"):
            break
        text = _bold_text(element)
        if text in fiches:
            current = [element]
            spans.append(current)
        elif text in others:
            current = None
        elif current is not None:
            current.append(element)
    return spans


def _template_styles(doc: object) -> None:
    """The fiche template's two paragraph styles (:data:`TITLE_STYLE`, :data:`TEXT_STYLE`)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    title = doc.styles.add_style(TITLE_STYLE, WD_STYLE_TYPE.PARAGRAPH)  # type: ignore[attr-defined]
    title.font.name, title.font.size = FONT, Pt(10)
    fmt = title.paragraph_format
    fmt.space_before, fmt.space_after, fmt.keep_with_next = Pt(6), Pt(3), True
    fmt.line_spacing = 1.0
    text = doc.styles.add_style(TEXT_STYLE, WD_STYLE_TYPE.PARAGRAPH)  # type: ignore[attr-defined]
    text.font.name, text.font.size = FONT, Pt(10)
    fmt = text.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(0), 1.0


def fiche_document(elements: list[object]) -> bytes:
    """A .docx of the fiche template (A4, 2 cm margins, :func:`_template_styles`) holding
    copies of ``elements``, every paragraph outside a table in :data:`TITLE_STYLE` and
    every paragraph of a cell in :data:`TEXT_STYLE`."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Cm

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.0)
    _template_styles(doc)
    title_id = doc.styles[TITLE_STYLE].style_id
    text_id = doc.styles[TEXT_STYLE].style_id
    body = doc.element.body
    for element in elements:
        body.insert(len(body) - 1, copy.deepcopy(element))
    for par in body.iter(qn("w:p")):
        in_table = any(a.tag == qn("w:tbl") for a in par.iterancestors())
        par.get_or_add_pPr().style = text_id if in_table else title_id
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def add_greffons(path: Path) -> Path:
    """The .docx at ``path`` with each fiche moved into a sub-document of its own, one
    ``w:altChunk`` in its place (see the module); saved in place."""
    from docx import Document
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    doc = Document(str(path))
    body = doc.element.body
    spans = fiche_spans(body)
    if len(spans) != 12:
        raise ValueError(f"{len(spans)} fiches found, 12 expected")
    for number, span in enumerate(spans, start=1):
        for element in span:
            if element.find(f".//{qn('w:drawing')}") is not None or element.xpath(".//@r:id"):
                raise ValueError("a fiche element refers to a part of the master")
        part = Part(
            PackURI(f"/word/afchunk{number}.docx"),
            CHUNK_TYPE,
            fiche_document(span),
            doc.part.package,
        )
        rid = doc.part.relate_to(part, CHUNK_REL)
        span[0].addprevious(parse_xml(f'<w:altChunk {_NS} r:id="{rid}"/>'))
        for element in span:
            body.remove(element)
    doc.save(str(path))
    return path


__all__ = [
    "TEXT_STYLE",
    "TITLE_STYLE",
    "add_greffons",
    "fiche_document",
    "fiche_spans",
]
