"""The seed 000 deck whose every slide but the first fades into a WHITE GRADIENT MIST
(hundred-and-ninetieth held-out set, ``cot000_pptxbrume``): as the LAST shape of each slide's
tree (so over its title, objectives, tables and everything else), one rectangle
(:data:`MIST`, no line, no text) filled with a vertical linear gradient of white whose
opacity runs from :data:`TOP_ALPHA` at its top edge to :data:`FOOT_ALPHA` at its foot
(:func:`mist`, ``a:gradFill`` stops with ``a:alpha``), added when the next slide starts or
the deck is finished (:meth:`PptxBrumeSlides.slide`, :meth:`PptxBrumeSlides.finish`).

Every slide as :class:`tests.generators.slides_office._PptxSlides` draws it: 15 slides, every
text ``cot000_pptx``'s, printed paler under the mist. Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

MIST = (0.0, 180.0, 720.0, 225.0)  # pt: x, top, width, height (y 180 → 405)
TOP_ALPHA, FOOT_ALPHA = 0, 70000  # a:alpha, thousandths of a percent of opacity
DOWN = "5400000"  # a:lin's angle for a gradient from the shape's top to its foot (90°)


def mist(slide: object) -> None:
    """The mist rectangle on ``slide``, on top of what is already there."""
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.oxml.xmlchemy import OxmlElement
    from pptx.util import Pt

    x, top, w, h = MIST
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Pt(x), Pt(top), Pt(w), Pt(h))  # type: ignore[attr-defined]
    shape.line.fill.background()
    shape.shadow.inherit = False
    sp_pr = shape._element.spPr
    for child in list(sp_pr):
        if child.tag.endswith(("}solidFill", "}noFill", "}gradFill")):
            sp_pr.remove(child)
    grad = OxmlElement("a:gradFill")
    grad.set("rotWithShape", "1")
    stops = OxmlElement("a:gsLst")
    for position, alpha in ((0, TOP_ALPHA), (100000, FOOT_ALPHA)):
        stop = OxmlElement("a:gs")
        stop.set("pos", str(position))
        rgb = OxmlElement("a:srgbClr")
        rgb.set("val", "FFFFFF")
        opacity = OxmlElement("a:alpha")
        opacity.set("val", str(alpha))
        rgb.append(opacity)
        stop.append(rgb)
        stops.append(stop)
    grad.append(stops)
    lin = OxmlElement("a:lin")
    lin.set("ang", DOWN)
    lin.set("scaled", "0")
    grad.append(lin)
    geometry = sp_pr.find("{http://schemas.openxmlformats.org/drawingml/2006/main}prstGeom")
    geometry.addnext(grad)


class PptxBrumeSlides(_PptxSlides):
    """``cot000_pptx``'s slides; a white gradient mist over the lower part of every slide but
    the first, the last shape of each."""

    def _mist_current(self) -> None:
        if self.current is not None and self.page >= 2:
            mist(self.current)

    def slide(self) -> None:
        self._mist_current()
        super().slide()

    def finish(self) -> object:
        self._mist_current()
        return super().finish()


__all__ = ["FOOT_ALPHA", "MIST", "TOP_ALPHA", "PptxBrumeSlides", "mist"]
