"""The seed 000 deck whose every slide but the first is « stuck » on with MASKING TAPE
(hundred-and-ninety-sixth held-out set, ``cot000_pptxadhesif``): as the LAST TWO shapes of
each slide's tree (so over its title bar, objectives, tables and everything else), two
rectangles (:data:`STRIPS`: centre, size, turn) with no line, no text and no shadow, filled
:data:`TAPE` at :data:`ALPHA` opacity (:func:`tape`), over the top left and top right corners
of the content as a « scrapbook » template lays them; added when the next slide starts or
the deck is finished (:meth:`PptxAdhesifSlides.slide`, :meth:`PptxAdhesifSlides.finish`).

Every slide as :class:`tests.generators.slides_office._PptxSlides` draws it: 15 slides, every
text ``cot000_pptx``'s, under the tape where it lies. Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

# pt: the strip's centre (x, y), its width and height, its turn in degrees (clockwise)
STRIPS = ((34.0, 58.0, 96.0, 22.0, -35.0), (686.0, 58.0, 96.0, 22.0, 35.0))
TAPE, ALPHA = "E9DCAE", 55000  # the tape's colour, its a:alpha (thousandths of a percent)
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def tape(slide: object) -> None:
    """The two tape strips on ``slide``, on top of what is already there."""
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.oxml.xmlchemy import OxmlElement
    from pptx.util import Pt

    for cx, cy, w, h, turn in STRIPS:
        shape = slide.shapes.add_shape(  # type: ignore[attr-defined]
            MSO_SHAPE.RECTANGLE, Pt(cx - w / 2), Pt(cy - h / 2), Pt(w), Pt(h)
        )
        shape.rotation = turn
        shape.line.fill.background()
        shape.shadow.inherit = False
        for ref in shape._element.iter(f"{{{_A}}}effectRef"):  # Impress 7.4 draws the
            ref.set("idx", "0")  # theme's shadow from effectRef despite the empty effectLst
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(TAPE)
        colour = shape._element.spPr.find(f"{{{_A}}}solidFill/{{{_A}}}srgbClr")
        opacity = OxmlElement("a:alpha")
        opacity.set("val", str(ALPHA))
        colour.append(opacity)


class PptxAdhesifSlides(_PptxSlides):
    """``cot000_pptx``'s slides; two masking-tape strips over every slide but the first, the
    last shapes of each."""

    def _tape_current(self) -> None:
        if self.current is not None and self.page >= 2:
            tape(self.current)

    def slide(self) -> None:
        self._tape_current()
        super().slide()

    def finish(self) -> object:
        self._tape_current()
        return super().finish()


__all__ = ["ALPHA", "STRIPS", "TAPE", "PptxAdhesifSlides", "tape"]
