"""A plan circulated as a draft (thirty-eighth held-out set, ``plan_docx_watermark``): Word's
text watermark « PROJET » as « Création › Filigrane › Filigrane personnalisé › Filigrane texte »
inserts it — a VML WordArt in the header, silver, semi-transparent, turned 315° (« Diagonale »),
centred on the margin box, behind the text —, so the same word stands across every page.

Fiches flow; the fields are a grey-grid table with shaded labels, the steps a grey full grid
whose body cells have no fill (the watermark shows through them), header repeated. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_docx import (
    _cell_text,
    _filled_steps,
    _fixed_widths,
    _grid_borders,
    _repeat_header,
    _shade,
)
from tests.generators.seed001 import Block

WATERMARK = "PROJET"
GRID = "808080"
LABEL_FILL = "F2F2F2"
HEAD_FILL = "D9E2F3"
FIELD_WIDTHS_CM = (4.5, 12.5)
STEP_WIDTHS_CM = (2.8, 5.4, 2.0, 2.4, 2.0, 2.4)  # 17.0 cm, the text width

# Word's « Filigrane texte » as it saves it: the WordArt shape type 136 (text on a path) and
# the shape, in a run of the header's paragraph
_VML = """
<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
 <w:rPr><w:noProof/></w:rPr>
 <w:pict>
  <v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800"
    path="m@7,l@8,m@5,21600l@6,21600e">
   <v:formulas>
    <v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/>
    <v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>
    <v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/>
    <v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/>
    <v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/>
   </v:formulas>
   <v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800"
     o:connectangles="270,180,90,0"/>
   <v:textpath on="t" fitshape="t"/>
   <v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>
   <o:lock v:ext="edit" text="t" shapetype="t"/>
  </v:shapetype>
  <v:shape id="PowerPlusWaterMarkObject357476642" o:spid="_x0000_s2049" type="#_x0000_t136"
    style="position:absolute;margin-left:0;margin-top:0;width:412.4pt;height:164.95pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin"
    o:allowincell="f" fillcolor="silver" stroked="f">
   <v:fill opacity=".5"/>
   <v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="{text}"/>
   <w10:wrap xmlns:w10="urn:schemas-microsoft-com:office:word" anchorx="margin" anchory="margin"/>
  </v:shape>
 </w:pict>
</w:r>
"""


def watermark_header(section: object, text: str = WATERMARK) -> None:
    """The watermark shape appended to the header's first paragraph (the running header's)."""
    from docx.oxml import parse_xml

    par = section.header.paragraphs[0]  # type: ignore[attr-defined]
    par._p.append(parse_xml(_VML.format(text=text).strip()))


def watermark_fields(doc: object, fields: list[tuple[str, str]]) -> None:
    """A 2-column table 17 cm wide (bold labels 4.5 cm on a light grey fill, values 12.5 cm,
    9.5 pt), a thin grey full grid."""
    table = doc.add_table(rows=len(fields), cols=2)  # type: ignore[attr-defined]
    _grid_borders(table, GRID)
    for r, (label, value) in enumerate(fields):
        _cell_text(table.cell(r, 0), label, bold=True, size=9.5)
        _shade(table.cell(r, 0), LABEL_FILL)
        _cell_text(table.cell(r, 1), value, size=9.5)
    _fixed_widths(table, FIELD_WIDTHS_CM)


def watermark_impl(doc: object, block: Block) -> None:
    """The steps table: six seed columns, bold labels on a pale blue fill, header repeated, a
    thin grey full grid, body cells without fill."""
    from docx.shared import Pt

    table = doc.add_table(rows=1 + len(block.rows), cols=6)  # type: ignore[attr-defined]
    _grid_borders(table, GRID)
    _filled_steps(table, block, HEAD_FILL)
    _fixed_widths(table, STEP_WIDTHS_CM)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]


def grey_steps_grid(doc: object, block: Block, body_rows: int) -> object:
    """A steps table of ``body_rows`` rows under its header, as the tables built on this
    layout's draw it: a thin grey full grid, the seed's labels bold 9 pt on the pale blue
    fill, the header repeated, the columns ``STEP_WIDTHS_CM``; returns the table."""
    ncols = len(block.header)
    table = doc.add_table(rows=1 + body_rows, cols=ncols)  # type: ignore[attr-defined]
    _grid_borders(table, GRID)
    for c, label in enumerate(block.header):
        _cell_text(table.cell(0, c), label, bold=True, size=9)
        _shade(table.cell(0, c), HEAD_FILL)
    _repeat_header(table.rows[0])
    _fixed_widths(table, STEP_WIDTHS_CM)
    return table
