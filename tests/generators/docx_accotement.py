"""A plan whose page header carries a SIDE NOTE TURNED ALONG THE PAGE'S LEFT EDGE
(two-hundred-and-twenty-third held-out set, ``plan_docx_accotement``): :func:`add_accotement`
appends to the header's paragraph a DrawingML text box (:func:`side_note_xml`, ``wps:wsp``,
no fill, no outline, no inset) anchored to the page in the left margin (:data:`BOX_CM`:
1.2 cm from the paper's edge, 3.0 cm from its top, 0.6 cm × 23.7 cm, ``wp:wrapNone``), its
body turned to read bottom to top (``vert="vert270"``) and holding the document's running
title (:data:`NOTE`, bold 9 pt #1F4E79, centred): the same turned line stands beside the
body's lines on every page, a few points left of their start.

The document ``plan_docx_balise``'s (``narrowstep``'s fields tables, ``echo``'s steps grid
without its footer row), without its PDF/UA export. Only the layout comes from here: every
value is the seed's (the note is page furniture, no text of the seed).
"""

from __future__ import annotations

from pathlib import Path

NOTE = "PCAET Grand Auch Cœur de Gascogne — Programme d'actions"
BOX_CM = (1.2, 3.0, 0.6, 23.7)  # x, y from the paper's top-left corner, width, height
COLOUR = "1F4E79"
HALF_POINTS = 18  # 9 pt
EMU_PER_CM = 360000

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def side_note_xml(text: str = NOTE) -> str:
    """A run holding the turned text box: anchored to the page, no wrapping, in front."""
    from xml.sax.saxutils import escape

    x, y, w, h = (round(v * EMU_PER_CM) for v in BOX_CM)
    font = '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/>'
    return (
        f"<w:r {_NS}><w:rPr><w:noProof/></w:rPr><w:drawing>"
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{w}" cy="{h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapNone/><wp:docPr id="2231" name="Zone de texte 1"/><wp:cNvGraphicFramePr/>'
        "<a:graphic><a:graphicData "
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln>'
        "</wps:spPr><wps:txbx><w:txbxContent><w:p>"
        '<w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/></w:pPr>'
        f'<w:r><w:rPr>{font}<w:b/><w:color w:val="{COLOUR}"/><w:sz w:val="{HALF_POINTS}"/>'
        f"</w:rPr><w:t>{escape(text)}</w:t></w:r></w:p></w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="vert270" wrap="square" lIns="0" tIns="0" rIns="0" '
        'bIns="0" anchor="ctr"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )


def add_accotement(path: Path) -> Path:
    """The .docx at ``path`` with the side note appended to every section's header
    paragraph (see the module); saved in place."""
    from docx import Document
    from docx.oxml import parse_xml

    doc = Document(str(path))
    for section in doc.sections:
        section.header.paragraphs[0]._p.append(parse_xml(side_note_xml()))  # noqa: SLF001
    doc.save(str(path))
    return path


__all__ = ["BOX_CM", "NOTE", "add_accotement", "side_note_xml"]
