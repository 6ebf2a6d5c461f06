"""Seed 001 kept in a workbook whose agent TYPED EVERY STEP'S DESCRIPTION IN AN EXCEL « ZONE
DE TEXTE » LAID OVER ITS CELL (hundred-and-twenty-ninth held-out set, ``plan_xlsx_zones``):
an .xlsx written with openpyxl, printed to PDF by LibreOffice Calc, as an agent keeps long
texts that Excel cells show badly.

One sheet « Plan d'actions » as :func:`tests.generators.xlsx_titlerows.plan_headed` writes
it (each fiche's steps under a header row of their own, every row's height stored as
estimated from its values, the description included); but every step's « Descriptif » cell
(column B) left empty, still boxed, and its value in a DrawingML text box (``xdr:sp``,
``txBox="1"``) of the sheet's drawing, anchored from the cell's top-left corner to its
bottom-right corner (``twoCellAnchor``), no fill, no outline, wrapped, top-anchored, insets
:data:`INSET_EMU`, Liberation Sans :data:`SIZE` pt. openpyxl writes no shapes, so the drawing
is added to the saved package. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from tests.generators.seed001 import _paragraphs
from tests.generators.xlsx_titlerows import plan_headed

DESCRIPTION = 2  # column B, 1-based
SIZE = 9.0  # pt
INSET_EMU = 18000  # 0.05 cm
DRAWING = "xl/drawings/drawing1.xml"
REL_ID = "rIdZones1"

_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _paragraph(text: str) -> str:
    run = (
        f'<a:r><a:rPr lang="fr-FR" sz="{round(SIZE * 100)}" b="0">'
        '<a:solidFill><a:srgbClr val="000000"/></a:solidFill>'
        '<a:latin typeface="Liberation Sans"/></a:rPr>'
        f"<a:t>{escape(text)}</a:t></a:r>"
    )
    return f"<a:p>{run}</a:p>"


def text_box(n: int, row: int, value: str) -> str:
    """Text box ``n`` (1-based) over column B of sheet row ``row`` (1-based), holding
    ``value``'s paragraphs."""
    corner = "<xdr:col>{}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{}</xdr:row><xdr:rowOff>0</xdr:rowOff>"
    inset = INSET_EMU
    body = (
        f'<a:bodyPr wrap="square" lIns="{inset}" tIns="{inset}" rIns="{inset}" bIns="{inset}"'
        ' rtlCol="0" anchor="t"><a:noAutofit/></a:bodyPr><a:lstStyle/>'
    )
    return (
        '<xdr:twoCellAnchor editAs="twoCell">'
        f"<xdr:from>{corner.format(DESCRIPTION - 1, row - 1)}</xdr:from>"
        f"<xdr:to>{corner.format(DESCRIPTION, row)}</xdr:to>"
        '<xdr:sp macro="" textlink="">'
        f'<xdr:nvSpPr><xdr:cNvPr id="{n + 1}" name="ZoneTexte {n}"/>'
        '<xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>'
        '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln>'
        "</xdr:spPr>"
        f"<xdr:txBody>{body}{''.join(_paragraph(p) for p in _paragraphs(value))}</xdr:txBody>"
        "</xdr:sp><xdr:clientData/></xdr:twoCellAnchor>"
    )


def add_drawing(path: Path, boxes: list[str]) -> None:
    """The package at ``path`` rewritten with a drawing of ``boxes`` on its first sheet."""
    drawing = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<xdr:wsDr xmlns:xdr="{_XDR}" xmlns:a="{_A}">{"".join(boxes)}</xdr:wsDr>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="{REL_ID}" Type="{_R}/drawing" Target="../drawings/drawing1.xml"/>'
        "</Relationships>"
    )
    override = (
        f'<Override PartName="/{DRAWING}" '
        'ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'
    )
    with zipfile.ZipFile(path) as source:
        parts = [(info, source.read(info.filename)) for info in source.infolist()]
    names = {info.filename for info, _ in parts}
    if "xl/worksheets/_rels/sheet1.xml.rels" in names:
        raise ValueError("the sheet already has relationships")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in parts:
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                head, _, rest = text.partition("<worksheet ")
                if "xmlns:r=" not in rest.split(">", 1)[0]:
                    rest = f'xmlns:r="{_R}" ' + rest
                text = head + "<worksheet " + rest
                text = text.replace("</worksheet>", f'<drawing r:id="{REL_ID}"/></worksheet>')
                data = text.encode("utf-8")
            elif info.filename == "[Content_Types].xml":
                data = data.decode("utf-8").replace("</Types>", override + "</Types>").encode()
            target.writestr(info, data)
        target.writestr(DRAWING, drawing)
        target.writestr("xl/worksheets/_rels/sheet1.xml.rels", rels)


def plan_xlsx_zones(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, every step's description in a text box over its
    empty cell."""
    boxes: list[str] = []

    def finish(ws: Any, rows: list[int]) -> None:
        for r in rows:
            cell = ws.cell(row=r, column=DESCRIPTION)
            value = str(cell.value) if cell.value is not None else ""
            if not value.strip():
                continue
            cell.value = None
            boxes.append(text_box(len(boxes) + 1, r, value))

    plan_headed(path, finish)
    add_drawing(path, boxes)
    return path
