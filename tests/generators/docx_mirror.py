"""A plan laid out for recto-verso printing and binding (thirty-seventh held-out set,
``plan_docx_mirror``): Word's « Marges en miroir », different odd and even headers and the page
number in a disc in the OUTER margin, as Word's « Numéro de page › Marges de la page › Cercle »
inserts it.

The inside margin (3.5 cm) is wider than the outside one (1.5 cm), so the text block, tables
included, stands 2 cm further left on even pages than on odd ones; the steps table's header is
not repeated, so a cut table goes on headless and shifted sideways. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from itertools import count

from tests.generators.plan_docx import (
    _bottom_rule,
    _cell_text,
    _fixed_widths,
    _set_cell_borders,
    _table_borders,
)
from tests.generators.seed001 import Block

EMU_PER_CM = 360_000
INSIDE_CM, OUTSIDE_CM = 3.5, 1.5
PAGE_WIDTH_CM = 21.0
DISC_CM = 1.0
DISC_TOP_CM = 14.35  # the disc centred on the page's mid-height (29.7 / 2 - 0.5)
DISC_X_CM = {"odd": 19.75, "even": 0.25}  # in the outer margin, 0.25 cm from the text
DISC_FILL = "1F4E79"
HEADER_GREY = "595959"
STEP_WIDTHS_CM = (2.8, 5.6, 1.8, 2.0, 1.8, 2.0)  # 16.0 cm, the text width
FIELD_WIDTHS_CM = (4.0, 12.0)
RULE = "A6A6A6"
HEAD = "1F4E79"
_IDS = count(1)

_DISC = """
<w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
  xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
 <wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0"
   relativeHeight="{z}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
  <wp:simplePos x="0" y="0"/>
  <wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH>
  <wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV>
  <wp:extent cx="{d}" cy="{d}"/>
  <wp:effectExtent l="0" t="0" r="0" b="0"/>
  <wp:wrapNone/>
  <wp:docPr id="{id}" name="Ellipse {id}"/>
  <wp:cNvGraphicFramePr/>
  <a:graphic>
   <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
    <wps:wsp>
     <wps:cNvSpPr/>
     <wps:spPr>
      <a:xfrm><a:off x="0" y="0"/><a:ext cx="{d}" cy="{d}"/></a:xfrm>
      <a:prstGeom prst="ellipse"><a:avLst/></a:prstGeom>
      <a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
      <a:ln><a:noFill/></a:ln>
     </wps:spPr>
     <wps:txbx>
      <w:txbxContent>
       <w:p>
        <w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/></w:pPr>
        <w:fldSimple w:instr=" PAGE ">
         <w:r><w:rPr><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="20"/></w:rPr><w:t>1</w:t></w:r>
        </w:fldSimple>
       </w:p>
      </w:txbxContent>
     </wps:txbx>
     <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0"
       anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
    </wps:wsp>
   </a:graphicData>
  </a:graphic>
 </wp:anchor>
</w:drawing>
"""


def mirror_page_setup(doc: object, section: object) -> None:
    """« Marges en miroir » (inside 3.5 cm, outside 1.5 cm, top and bottom 2 cm, header and
    footer 1 cm from the edge) and « Pages paires et impaires différentes »."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    section.left_margin, section.right_margin = Cm(INSIDE_CM), Cm(OUTSIDE_CM)  # type: ignore[attr-defined]
    section.top_margin = section.bottom_margin = Cm(2.0)  # type: ignore[attr-defined]
    section.header_distance = section.footer_distance = Cm(1.0)  # type: ignore[attr-defined]
    settings = doc.settings  # type: ignore[attr-defined]
    settings.odd_and_even_pages_header_footer = True
    root = settings.element
    mirror = OxmlElement("w:mirrorMargins")
    zoom = root.find(qn("w:zoom"))
    if zoom is not None:  # CT_Settings order: w:zoom … w:mirrorMargins
        zoom.addnext(mirror)
    else:
        root.insert(0, mirror)
    _header(section.header, "odd")  # type: ignore[attr-defined]
    _header(section.even_page_header, "even")  # type: ignore[attr-defined]


def _header(header: object, side: str) -> None:
    """One header paragraph (odd: « Programme d'actions » at the right; even: the authority at
    the left), italic 8 pt grey over a thin rule, holding the page-number disc's anchor."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Pt, RGBColor

    header.is_linked_to_previous = False  # type: ignore[attr-defined]
    par = header.paragraphs[0]  # type: ignore[attr-defined]
    for run in list(par.runs):
        run._r.getparent().remove(run._r)
    odd = side == "odd"
    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT if odd else WD_ALIGN_PARAGRAPH.LEFT
    run = par.add_run("Programme d'actions" if odd else "PCAET Grand Auch Cœur de Gascogne")
    run.italic, run.font.size = True, Pt(8)
    run.font.color.rgb = RGBColor.from_string(HEADER_GREY)
    _bottom_rule(par, 4, "808080")
    shape_id = next(_IDS)
    disc = parse_xml(
        _DISC.format(
            z=251_660_288 + shape_id,
            x=round(DISC_X_CM[side] * EMU_PER_CM),
            y=round(DISC_TOP_CM * EMU_PER_CM),
            d=round(DISC_CM * EMU_PER_CM),
            id=1000 + shape_id,
            fill=DISC_FILL,
        ).strip()
    )
    par.add_run()._r.append(disc)


def _ruled(table: object) -> None:
    """Horizontal rules only: 0.5 pt grey above, between and under the rows."""
    thin = f"single:4:{RULE}"
    _table_borders(table, top=thin, bottom=thin, insideH=thin)


def mirror_fields(doc: object, fields: list[tuple[str, str]]) -> None:
    """A 2-column table 16 cm wide (bold labels 4 cm, values 12 cm, 9.5 pt), horizontal
    rules only, no fill."""
    table = doc.add_table(rows=len(fields), cols=2)  # type: ignore[attr-defined]
    _ruled(table)
    for r, (label, value) in enumerate(fields):
        _cell_text(table.cell(r, 0), label, bold=True, size=9.5)
        _cell_text(table.cell(r, 1), value, size=9.5)
    _fixed_widths(table, FIELD_WIDTHS_CM)


def mirror_impl(doc: object, block: Block) -> None:
    """The steps table: six seed columns, bold blue labels between two 1 pt blue rules, a
    0.5 pt grey rule under every body row, no vertical rule, header NOT repeated."""
    from docx.shared import Pt, RGBColor

    table = doc.add_table(rows=1 + len(block.rows), cols=6)  # type: ignore[attr-defined]
    _table_borders(table, top=f"single:8:{HEAD}", insideH=f"single:4:{RULE}")
    for c, label in enumerate(block.header):
        cell = table.cell(0, c)
        _cell_text(cell, label, bold=True, size=9)
        for run in cell.paragraphs[0].runs:
            run.font.color.rgb = RGBColor.from_string(HEAD)
        _set_cell_borders(
            cell,
            top="single",
            top_sz="8",
            top_color=HEAD,
            bottom="single",
            bottom_sz="8",
            bottom_color=HEAD,
        )
    for r, row in enumerate(block.rows, start=1):
        for c in range(len(block.header)):
            cell = table.cell(r, c)
            _cell_text(cell, row[c] if c < len(row) else "", size=9)
            top, size = (HEAD, "8") if r == 1 else (RULE, "4")  # the header's rule again
            _set_cell_borders(
                cell,
                top="single",
                top_sz=size,
                top_color=top,
                bottom="single",
                bottom_sz="4",
                bottom_color=RULE,
            )
    _fixed_widths(table, STEP_WIDTHS_CM)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
