"""The seed 000 deck whose progress tables were given POWERPOINT'S TABLE SHADOW « Ombre ›
Externe › Décalage diagonal bas à droite » (hundred-and-thirty-fourth held-out set,
``cot000_pptxombre``): each table as ``cot000_pptx`` draws it, its ``a:tblPr`` carrying an
``a:effectLst`` with one ``a:outerShdw`` (blur radius 4 pt, distance 3 pt, direction 45° —
down and to the right —, black at 40 % opacity), which Impress paints as a blurred bitmap
under the table; the cells, texts and fills unchanged.

Every other slide as ``cot000_pptx`` draws it. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
BLUR = 50800  # EMU: 4 pt
DISTANCE = 38100  # EMU: 3 pt
DIRECTION = 2700000  # 60 000ths of a degree: 45°, down and to the right
ALPHA = 40000  # thousandths of a percent: 40 % opacity
SHADOW = (
    f'<a:effectLst xmlns:a="{_A}"><a:outerShdw blurRad="{BLUR}" dist="{DISTANCE}" '
    f'dir="{DIRECTION}" algn="tl" rotWithShape="0"><a:prstClr val="black">'
    f'<a:alpha val="{ALPHA}"/></a:prstClr></a:outerShdw></a:effectLst>'
)


class PptxOmbreSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each progress table with PowerPoint's outer table shadow."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from lxml import etree

        super().table(title, header, rows, eci)
        table = [s for s in self.current.shapes if s.has_table][-1].table
        table._tbl.tblPr.append(etree.fromstring(SHADOW))  # type: ignore[attr-defined]
