"""A plan whose fiche fields sit in two FLOATING TEXT BOXES side by side (thirty-sixth held-out
set, ``plan_docx_textbox``), as a communication service lays fiches out with Word's « Zone de
texte ».

Each box a DrawingML shape (``wps:wsp`` with a ``wps:txbx``) in a ``wp:anchor`` of an empty
paragraph under the fiche heading: placed relative to that paragraph and the margin, wrapping
« Haut et bas », its height fitted to its text. The steps follow as a full-grid table. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from itertools import count

from tests.generators.plan_docx import _filled_steps, _grid_borders
from tests.generators.seed001 import FIELD_LABELS, Block, _paragraphs

EMU_PER_CM = 360_000
BOX_WIDTH_CM = 8.3
RIGHT_BOX_CM = 8.7  # the right box's left edge from the left margin
BELOW_ANCHOR_CM = 0.2
INSET_CM = 0.25
FILL = "F2F6FA"
OUTLINE = "9DC3E6"
LABEL = "1F4E79"
HEADER_FILL = "DEEAF6"
STEP_WIDTHS_CM = (3.0, 5.4, 2.0, 2.2, 2.0, 2.4)
LEFT_LABELS = FIELD_LABELS[:3]  # Contexte, Objectifs et résultats attendus, Indicateurs
_IDS = count(1)

# a DrawingML shape holding text (``wps:wsp`` with a ``wps:txbx``) anchored to a paragraph:
# its distance to the text ``dist``, ``overlap`` 0 or 1, its wrapping ``wrap`` (``wrapNone``,
# ``wrapTopAndBottom``), its ``name`` (then its id), its ``geometry``, its ``fill`` (a DrawingML
# element), its outline ``line_w`` (EMU) wide in ``line_colour``, its ``paragraphs``, its insets
# ``ix`` and ``iy``, its text anchored ``text_anchor`` and fitted by ``autofit`` (``noAutofit``,
# ``spAutoFit``)
SHAPE_ANCHOR = """
<w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
  xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
 <wp:anchor distT="0" distB="0" distL="{dist}" distR="{dist}" simplePos="0"
   relativeHeight="{z}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="{overlap}">
  <wp:simplePos x="0" y="0"/>
  <wp:positionH relativeFrom="margin"><wp:posOffset>{x}</wp:posOffset></wp:positionH>
  <wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset></wp:positionV>
  <wp:extent cx="{cx}" cy="{cy}"/>
  <wp:effectExtent l="0" t="0" r="0" b="0"/>
  <wp:{wrap}/>
  <wp:docPr id="{id}" name="{name} {id}"/>
  <wp:cNvGraphicFramePr/>
  <a:graphic>
   <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
    <wps:wsp>
     <wps:cNvSpPr txBox="1"/>
     <wps:spPr>
      <a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
      <a:prstGeom prst="{geometry}"><a:avLst/></a:prstGeom>
      {fill}
      <a:ln w="{line_w}"><a:solidFill><a:srgbClr val="{line_colour}"/></a:solidFill></a:ln>
     </wps:spPr>
     <wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx>
     <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="{ix}" tIns="{iy}" rIns="{ix}"
       bIns="{iy}" anchor="{text_anchor}" anchorCtr="0"><a:{autofit}/></wps:bodyPr>
    </wps:wsp>
   </a:graphicData>
  </a:graphic>
 </wp:anchor>
</w:drawing>
"""


def shape_anchor(
    shape_id: int,
    z: int,
    box_cm: tuple[float, float, float, float],
    inset_cm: tuple[float, float],
    wrap: tuple[str, int, int],
    outline: tuple[int, str],
    **fields: object,
) -> object:
    """The ``w:drawing`` element of :data:`SHAPE_ANCHOR`: shape ``shape_id`` at depth ``z``,
    its x, y, width and height ``box_cm``, its left and right then top and bottom insets
    ``inset_cm`` (cm), its ``wrap`` (wrapping, distance to the text, overlap), its ``outline``
    (width in EMU, colour), the rest ``fields``."""
    from docx.oxml import parse_xml

    x, y, cx, cy = (round(v * EMU_PER_CM) for v in box_cm)
    ix, iy = (round(v * EMU_PER_CM) for v in inset_cm)
    kind, dist, overlap = wrap
    line_w, line_colour = outline
    return parse_xml(
        SHAPE_ANCHOR.format(
            id=shape_id,
            z=z,
            x=x,
            y=y,
            cx=cx,
            cy=cy,
            ix=ix,
            iy=iy,
            wrap=kind,
            dist=dist,
            overlap=overlap,
            line_w=line_w,
            line_colour=line_colour,
            **fields,
        ).strip()
    )


def _box_paragraphs(doc: object, fields: list[tuple[str, str]]) -> list[object]:
    """The box's paragraphs, written at the body's end then moved into the box: each label
    bold 9 pt over its value paragraphs (9 pt, 3 pt after each)."""
    from docx.shared import Pt, RGBColor

    out = []
    for label, value in fields:
        par = doc.add_paragraph()  # type: ignore[attr-defined]
        par.paragraph_format.space_after = Pt(1)
        run = par.add_run(label)
        run.bold, run.font.size = True, Pt(9)
        run.font.color.rgb = RGBColor.from_string(LABEL)
        out.append(par)
        for part in _paragraphs(value):
            par = doc.add_paragraph()  # type: ignore[attr-defined]
            par.paragraph_format.space_after = Pt(3)
            par.add_run(part).font.size = Pt(9)
            out.append(par)
    return out


def _text_box(doc: object, anchor: object, x_cm: float, fields: list[tuple[str, str]]) -> None:
    """One floating text box in ``anchor``'s own run, holding ``fields``."""
    from docx.oxml.ns import qn

    shape_id = next(_IDS)
    drawing = shape_anchor(
        shape_id,
        251_659_264 + shape_id,
        (x_cm, BELOW_ANCHOR_CM, BOX_WIDTH_CM, 1.0),  # 1 cm high: « Ajuster la forme au texte »
        (INSET_CM, INSET_CM),
        ("wrapTopAndBottom", 114300, 0),  # « Haut et bas », 0.32 cm from the text
        (9525, OUTLINE),
        name="Zone de texte",
        geometry="rect",
        fill=f'<a:solidFill><a:srgbClr val="{FILL}"/></a:solidFill>',
        paragraphs="",
        text_anchor="t",
        autofit="spAutoFit",
    )
    content = drawing.find(".//" + qn("w:txbxContent"))
    for par in _box_paragraphs(doc, fields):
        content.append(par._p)  # type: ignore[attr-defined]  # moved out of the body
    anchor.add_run()._r.append(drawing)  # type: ignore[attr-defined]


def textbox_fields(doc: object, fields: list[tuple[str, str]]) -> None:
    """An empty anchor paragraph holding the two boxes: Contexte, Objectifs, Indicateurs at
    the left margin; Publics cibles, EES, Liens 8.7 cm to the right."""
    anchor = doc.add_paragraph()  # type: ignore[attr-defined]
    left = [(label, value) for label, value in fields if label in LEFT_LABELS]
    right = [(label, value) for label, value in fields if label not in LEFT_LABELS]
    _text_box(doc, anchor, 0.0, left)
    _text_box(doc, anchor, RIGHT_BOX_CM, right)


def textbox_impl(doc: object, block: Block) -> None:
    """The steps table: six seed columns, bold header on #DEEAF6 repeated, thin grey grid."""
    from docx.shared import Cm, Pt

    table = doc.add_table(rows=1 + len(block.rows), cols=6)  # type: ignore[attr-defined]
    table.autofit = False
    _grid_borders(table, "808080")
    for c, width in enumerate(STEP_WIDTHS_CM):
        table.columns[c].width = Cm(width)
        for r in range(1 + len(block.rows)):
            table.cell(r, c).width = Cm(width)
    _filled_steps(table, block, HEADER_FILL)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
