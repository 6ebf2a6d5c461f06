"""A plan whose every steps table is followed by a PROCESS OF CHEVRONS drawn with Word's shapes
(two-hundred-and-fiftieth held-out set, ``plan_docx_chevron``), as a project officer
illustrates a fiche's steps with « Insertion › Formes › Flèches pleines »: :func:`add_chevrons`
takes ``plan_docx_balise``'s .docx and, right after each of its 12 steps tables, inserts ONE
paragraph of exact height :data:`LINE` cm holding, anchored to it (``wp:anchor``, no wrap,
``wps:wsp`` DrawingML shapes), one shape a step in the steps' order — the first a
« pentagone » (``homePlate``), the others « chevrons » (``chevron``) — each
:data:`HEIGHT` cm high, ``min(17 / n, MAX_WIDTH)`` cm wide side by side from the text's left
edge (n the fiche's steps), filled :data:`FILL`, no outline, holding in its text frame THE
STEP'S NAME VERBATIM (« Etape » cell), :data:`SIZE` pt bold white, centred both ways, the
points :data:`ADJ` deep (:func:`chevron_xml`; amended once after the first print, whose
50 % points and 0.35 cm insets left too narrow a text box: names cut inside words and clipped). The steps tables, and everything else, unchanged.

Only the layout comes from here: every value is the seed's (the chevrons repeat the step
names; the steps tables keep every value in place).
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

EMU_CM = 360000
TEXT_WIDTH = 17.0  # cm, balise's text width (A4, 2 cm side margins)
MAX_WIDTH = 5.6  # cm, a chevron's widest
HEIGHT = 1.8  # cm
LINE = 2.2  # cm, the holding paragraph's exact height
TOP = 0.2  # cm, the shapes' top below the paragraph's top
FILL = "2E74B5"
SIZE = 6.5  # pt
INSET = 0.0  # cm, the text frame's left and right insets (the preset's text box already clears
# the notch and the point)
ADJ = 25000  # the preset's point depth, in thousandths of the height (Word's default 50000)

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def chevron_xml(text: str, index: int, width: float, shape_id: int) -> str:
    """One run holding an anchored shape (see the module) at ``index`` × ``width`` cm from
    the column's left edge, ``homePlate`` for index 0, else ``chevron``."""
    cx, cy = round(width * EMU_CM), round(HEIGHT * EMU_CM)
    x, y = round(index * width * EMU_CM), round(TOP * EMU_CM)
    prst = "homePlate" if index == 0 else "chevron"
    inset = round(INSET * EMU_CM)
    half = round(SIZE * 2)
    return (
        f"<w:r {_NS}><w:drawing>"
        f'<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        f'relativeHeight="{251659264 + shape_id}" behindDoc="0" locked="0" layoutInCell="1" '
        f'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapNone/><wp:docPr id="{shape_id}" name="Chevron {shape_id}"/>'
        f"<wp:cNvGraphicFramePr/>"
        f"<a:graphic><a:graphicData "
        f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:cNvSpPr/><wps:spPr>"
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="{prst}"><a:avLst><a:gd name="adj" fmla="val {ADJ}"/></a:avLst></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{FILL}"/></a:solidFill><a:ln><a:noFill/></a:ln>'
        f"</wps:spPr><wps:txbx><w:txbxContent><w:p>"
        f'<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
        f'<w:jc w:val="center"/></w:pPr>'
        f'<w:r><w:rPr><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="{half}"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="{inset}" tIns="0" '
        f'rIns="{inset}" bIns="0" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        f"</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )


def chevron_paragraph(names: list[str], first_id: int) -> object:
    """The paragraph holding one chevron a name (see the module)."""
    from docx.oxml import parse_xml

    width = min(TEXT_WIDTH / len(names), MAX_WIDTH)
    twips = round(LINE / 2.54 * 1440)
    par = parse_xml(
        f'<w:p {_NS}><w:pPr><w:keepNext w:val="0"/>'
        f'<w:spacing w:before="0" w:after="0" w:line="{twips}" w:lineRule="exact"/></w:pPr></w:p>'
    )
    for index, name in enumerate(names):
        par.append(parse_xml(chevron_xml(name, index, width, first_id + index)))
    return par


def _cell_text(cell: object) -> str:
    from docx.oxml.ns import qn

    return "".join(t.text or "" for t in cell.iter(qn("w:t")))  # type: ignore[attr-defined]


def steps_tables(body: object) -> list[tuple[object, list[str]]]:
    """The body's steps tables (first cell « Etape ») and their step names, in order."""
    from docx.oxml.ns import qn

    found = []
    for table in body.findall(qn("w:tbl")):  # type: ignore[attr-defined]
        rows = table.findall(qn("w:tr"))
        cells = [row.findall(qn("w:tc")) for row in rows]
        if not cells or _cell_text(cells[0][0]).strip() != "Etape":
            continue
        names = [_cell_text(row[0]).strip() for row in cells[1:]]
        found.append((table, [name for name in names if name and name != "Etape"]))
    return found


def add_chevrons(path: Path, expected: int = 12) -> Path:
    """The .docx at ``path`` with a row of chevrons after each steps table; saved in place."""
    from docx import Document

    doc = Document(str(path))
    tables = steps_tables(doc.element.body)
    if len(tables) != expected:
        raise ValueError(f"{len(tables)} steps tables found, {expected} expected")
    shape_id = 5000
    for table, names in tables:
        table.addnext(chevron_paragraph(names, shape_id))
        shape_id += len(names)
    doc.save(str(path))
    return path


__all__ = ["add_chevrons", "chevron_paragraph", "chevron_xml", "steps_tables"]
