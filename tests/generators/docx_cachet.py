"""Fiches « TAMPONNÉES » after the steering committee (hundredth held-out set,
``plan_docx_cachet``): in every fiche's last heading line a Word shape — a rounded rectangle
holding text, :data:`STAMP_LINES` — anchored IN FRONT OF THE TEXT (``wp:wrapNone``), with no
fill and a red outline, :data:`STAMP_X_CM` right of the left margin and :data:`STAMP_Y_CM`
below the top of that paragraph, so it lies over the fields table's first value, its words
over the value's own. The fields ``plan_docx_narrowstep``'s table, the steps
``plan_docx_confidentiel``'s (black grids).

Only the layout comes from here: every value is the seed's (the stamp's words are not).
"""

from __future__ import annotations

from itertools import count
from xml.sax.saxutils import escape

EMU_PER_CM = 360_000
STAMP_X_CM = 11.0
STAMP_Y_CM = 0.7
STAMP_WIDTH_CM = 5.4
STAMP_HEIGHT_CM = 1.5
INSET_X_CM, INSET_Y_CM = 0.2, 0.1
RED = "C00000"
OUTLINE_EMU = 28_575  # 2.25 pt
STAMP_LINES = (("FICHE VALIDÉE", True, 24), ("Comité de pilotage du 14/10/2021", False, 16))
_IDS = count(1)

_ANCHOR = """
<w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
  xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
 <wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0"
   relativeHeight="{z}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
  <wp:simplePos x="0" y="0"/>
  <wp:positionH relativeFrom="margin"><wp:posOffset>{x}</wp:posOffset></wp:positionH>
  <wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset></wp:positionV>
  <wp:extent cx="{cx}" cy="{cy}"/>
  <wp:effectExtent l="0" t="0" r="0" b="0"/>
  <wp:wrapNone/>
  <wp:docPr id="{id}" name="Tampon {id}"/>
  <wp:cNvGraphicFramePr/>
  <a:graphic>
   <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
    <wps:wsp>
     <wps:cNvSpPr txBox="1"/>
     <wps:spPr>
      <a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
      <a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom>
      <a:noFill/>
      <a:ln w="{line}"><a:solidFill><a:srgbClr val="{red}"/></a:solidFill></a:ln>
     </wps:spPr>
     <wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx>
     <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="{ix}" tIns="{iy}" rIns="{ix}"
       bIns="{iy}" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
    </wps:wsp>
   </a:graphicData>
  </a:graphic>
 </wp:anchor>
</w:drawing>
"""


def _stamp_paragraph(text: str, bold: bool, half_points: int) -> str:
    """One centred red paragraph of the stamp."""
    weight = "<w:b/>" if bold else ""
    return (
        '<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/></w:pPr>'
        f'<w:r><w:rPr>{weight}<w:color w:val="{RED}"/><w:sz w:val="{half_points}"/></w:rPr>'
        f"<w:t>{escape(text)}</w:t></w:r></w:p>"
    )


def stamp(par: object) -> None:
    """The stamp anchored in a run of its own at the end of paragraph ``par``."""
    from docx.oxml import parse_xml

    shape_id = next(_IDS)
    drawing = parse_xml(
        _ANCHOR.format(
            z=251_660_000 + shape_id,
            x=round(STAMP_X_CM * EMU_PER_CM),
            y=round(STAMP_Y_CM * EMU_PER_CM),
            cx=round(STAMP_WIDTH_CM * EMU_PER_CM),
            cy=round(STAMP_HEIGHT_CM * EMU_PER_CM),
            id=shape_id,
            line=OUTLINE_EMU,
            red=RED,
            ix=round(INSET_X_CM * EMU_PER_CM),
            iy=round(INSET_Y_CM * EMU_PER_CM),
            paragraphs="".join(_stamp_paragraph(*line) for line in STAMP_LINES),
        ).strip()
    )
    par.add_run()._r.append(drawing)  # type: ignore[attr-defined]
