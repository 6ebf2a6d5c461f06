"""The seed 000 deck with a SLIDE-NUMBER BADGE IN THE TITLE BAND (two-hundred-and-twenty-third
held-out set, ``cot000_pptxcabochon``): ``cot000_pptx``'s slides (:class:`PptxCabochonSlides`),
each but the cover (« Ne pas afficher sur la diapositive de titre ») carrying, last in its
z-order, an orange disc (:data:`BADGE`, 26 pt at (8, 9), #F39200, no outline, no inset) over
the left end of the title band, holding a SLIDE-NUMBER FIELD (``a:fld type="slidenum"``,
:func:`number_badge`) white bold 11 pt, centred: Impress computes the number (« 2 » …
« 15 »), which stands before a short title and over the first letters of a title whose
first line runs the band's width.

15 slides. Only the layout comes from here: every value is the seed's (the numbers are
page furniture).
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

BADGE = (8.0, 9.0, 26.0)  # x, y, diameter (pt)
FILL = "F39200"
SIZE = 11.0
FIELD_ID = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}"


def number_badge(slide: object) -> object:
    """The disc on ``slide``, last in its z-order, holding the slide-number field."""
    from lxml import etree
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.oxml.ns import qn
    from pptx.util import Pt

    x, y, side = BADGE
    disc = slide.shapes.add_shape(MSO_SHAPE.OVAL, Pt(x), Pt(y), Pt(side), Pt(side))  # type: ignore[attr-defined]
    disc.fill.solid()
    disc.fill.fore_color.rgb = RGBColor.from_string(FILL)
    disc.line.fill.background()
    disc.shadow.inherit = False
    frame = disc.text_frame
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
    frame.word_wrap = False
    par = frame.paragraphs[0]._p  # noqa: SLF001
    par.get_or_add_pPr().set("algn", "ctr")
    field = etree.SubElement(par, qn("a:fld"))
    field.set("id", FIELD_ID)
    field.set("type", "slidenum")
    rpr = etree.SubElement(field, qn("a:rPr"))
    rpr.set("lang", "fr-FR")
    rpr.set("sz", str(int(SIZE * 100)))
    rpr.set("b", "1")
    etree.SubElement(etree.SubElement(rpr, qn("a:solidFill")), qn("a:srgbClr")).set("val", "FFFFFF")
    etree.SubElement(rpr, qn("a:latin")).set("typeface", "DejaVu Sans Condensed")
    etree.SubElement(field, qn("a:t")).text = "‹N°›"
    return disc


class PptxCabochonSlides(_PptxSlides):
    """``cot000_pptx``'s slides; a slide-number badge last on every slide but the cover."""

    def finish(self) -> object:
        for index, slide in enumerate(self.prs.slides):
            if index:
                number_badge(slide)
        return super().finish()


__all__ = ["BADGE", "PptxCabochonSlides", "number_badge"]
