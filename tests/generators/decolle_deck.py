"""The seed 000 deck whose progress tables carry POWERPOINT'S « OMBRE PORTÉE » TABLE EFFECT
(hundred-and-thirty-third held-out set, ``cot000_pptxdecolle``), as a presenter does who
picks « Effets > Ombre > Décalage diagonal bas droite » to lift the table off the slide:
each table where ``cot000_pptx``'s stands, in its text, sizes, colours and bands, its
``a:tblPr`` holding an ``a:effectLst/a:outerShdw`` (:data:`DISTANCE` down-right,
:data:`BLUR` blur, black at :data:`ALPHA`), which Impress prints as a blurred bitmap under
the table. (Impress ignores a shadow set on a cell's text runs, hence the table's own.)

Every other slide as ``cot000_pptx`` draws it. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

EMU_PER_PT = 12700
DISTANCE = 4.0  # pt, the shadow's offset
BLUR = 6.0  # pt, its blur radius
DIRECTION = "2700000"  # 45°, down-right (60000ths of a degree)
ALPHA = "40000"  # 40 % opaque


def shadow(table: object) -> None:
    """``table``'s « Ombre portée »: an ``a:outerShdw`` in an ``a:effectLst`` at the head of
    its ``a:tblPr`` (before the table style's id, as PowerPoint writes it)."""
    from pptx.oxml.xmlchemy import OxmlElement

    effects = OxmlElement("a:effectLst")
    outer = OxmlElement("a:outerShdw")
    outer.set("blurRad", str(round(BLUR * EMU_PER_PT)))
    outer.set("dist", str(round(DISTANCE * EMU_PER_PT)))
    outer.set("dir", DIRECTION)
    outer.set("algn", "tl")
    outer.set("rotWithShape", "0")
    colour = OxmlElement("a:prstClr")
    colour.set("val", "black")
    alpha = OxmlElement("a:alpha")
    alpha.set("val", ALPHA)
    colour.append(alpha)
    outer.append(colour)
    effects.append(outer)
    table._tbl.tblPr.insert(0, effects)  # type: ignore[attr-defined]


class PptxDecolleSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each progress table with a drop shadow under it."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self.slide()
        self._banded(self.title(title) - 6, header, rows, eci)
        shadow([s for s in self.current.shapes if s.has_table][-1].table)
