"""The seed 000 deck with a LOGO WHOSE WHITE IS MADE TRANSPARENT on every slide
(two-hundred-and-sixteenth held-out set, ``cot000_pptxrosace``): ``cot000_pptx``'s slides
(:class:`PptxRosaceSlides`), each carrying, last in its z-order, the body's logo at its
top-right corner (:data:`LOGO`, 64 pt square): :func:`rosette_png`, an OPAQUE RGB PNG of a
rosette — eight green petals round a navy heart, no lettering — on a WHITE GROUND, whose
white PowerPoint's « Définir une couleur transparente » removes (``a:blip/a:clrChange``
from #FFFFFF to #FFFFFF at alpha 0), as a logo copied from a letterhead is fixed. Impress
prints it as an image with a soft mask over whatever lies under it (the title's right end
where a title runs that far).

15 slides; no text added. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import io
import math

from tests.generators.slides_office import _PptxSlides

LOGO = (648.0, 8.0, 64.0)  # x, y, side (pt)
PIXELS = 256  # the PNG's side
PETAL = (0x2E, 0x7D, 0x32)  # #2E7D32
HEART = (0x1F, 0x4E, 0x79)  # #1F4E79


def rosette_png() -> bytes:
    """A 256 × 256 px opaque PNG: a green-and-navy rosette on a white ground."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (PIXELS, PIXELS), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    centre, reach, radius = PIXELS / 2, 72, 44
    for k in range(8):
        x = centre + reach * math.cos(k * math.pi / 4)
        y = centre + reach * math.sin(k * math.pi / 4)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=PETAL)
    draw.ellipse((centre - 40, centre - 40, centre + 40, centre + 40), fill=HEART)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


class PptxRosaceSlides(_PptxSlides):
    """``cot000_pptx``'s slides; the logo, its white transparent, last on every slide."""

    def finish(self) -> object:
        from lxml import etree
        from pptx.oxml.ns import qn
        from pptx.util import Pt

        png = rosette_png()
        x, y, side = LOGO
        for slide in self.prs.slides:
            picture = slide.shapes.add_picture(io.BytesIO(png), Pt(x), Pt(y), Pt(side), Pt(side))
            blip = picture._element.find(".//" + qn("a:blip"))  # noqa: SLF001
            change = etree.SubElement(blip, qn("a:clrChange"))
            etree.SubElement(etree.SubElement(change, qn("a:clrFrom")), qn("a:srgbClr")).set(
                "val", "FFFFFF"
            )
            to = etree.SubElement(etree.SubElement(change, qn("a:clrTo")), qn("a:srgbClr"))
            to.set("val", "FFFFFF")
            etree.SubElement(to, qn("a:alpha")).set("val", "0")
        return super().finish()


__all__ = ["LOGO", "PptxRosaceSlides", "rosette_png"]
