"""The seed 000 deck on a communication department's PHOTO TEMPLATE (forty-first held-out set,
``cot000_pptxphoto``): a full-bleed photograph as every slide's background picture (``p:bg``
with a stretched ``a:blipFill``) and, over it but under every other shape, a white panel at
82 % opacity carrying the title bars, texts and tables.

The photograph is drawn here (a landscape of ochre and green field bands under a pale sky,
seeded noise), a JPEG of quality 80. Every slide otherwise as
:class:`tests.generators.slides_office._PptxSlides` draws it; the values are the seed's.
"""

from __future__ import annotations

import io
import random
from functools import cache

from tests.generators.slides_office import _PptxSlides

SIZE_PX = (1600, 900)
QUALITY = 80
PANEL = (8.0, 8.0, 704.0, 389.0)  # x, y, width, height in pt
ALPHA = 82000  # 82 % opacity, thousandths of a percent
_FIELDS = ((196, 160, 82), (108, 142, 72), (214, 186, 110), (86, 120, 60), (170, 150, 90))


@cache
def photo_jpeg() -> bytes:
    """A landscape photograph stand-in: a pale sky gradient, slanted field bands, seeded grain."""
    from PIL import Image, ImageDraw

    width, height = SIZE_PX
    image = Image.new("RGB", SIZE_PX)
    draw = ImageDraw.Draw(image)
    horizon = int(height * 0.36)
    for y in range(horizon):  # sky: pale blue to near white at the horizon
        t = y / horizon
        draw.line(
            [(0, y), (width, y)],
            fill=(int(150 + 90 * t), int(190 + 55 * t), int(230 + 20 * t)),
        )
    rng = random.Random(41)
    top = horizon
    band = 0
    while top < height:  # field bands widening towards the viewer, slightly slanted
        depth = 18 + int((top - horizon) * 0.45)
        slant = rng.randint(-40, 40)
        colour = _FIELDS[band % len(_FIELDS)]
        draw.polygon(
            [(0, top), (width, top + slant), (width, top + slant + depth), (0, top + depth)],
            fill=colour,
        )
        top += depth - abs(slant) // 4
        band += 1
    pixels = image.load()
    for _ in range(60000):  # grain
        x, y = rng.randrange(width), rng.randrange(horizon, height)
        r, g, b = pixels[x, y]
        d = rng.randint(-18, 18)
        pixels[x, y] = (max(0, min(255, r + d)), max(0, min(255, g + d)), max(0, min(255, b + d)))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=QUALITY)
    return out.getvalue()


class PptxPhotoSlides(_PptxSlides):
    """``cot000_pptx``'s slides, each on the photograph with the translucent white panel as
    its first shape."""

    def slide(self) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.oxml import parse_xml
        from pptx.oxml.ns import qn
        from pptx.util import Pt

        super().slide()
        slide = self.current
        _, rid = slide.part.get_or_add_image_part(io.BytesIO(photo_jpeg()))  # type: ignore[attr-defined]
        background = parse_xml(
            "<p:bg xmlns:p='http://schemas.openxmlformats.org/presentationml/2006/main'"
            " xmlns:a='http://schemas.openxmlformats.org/drawingml/2006/main'"
            " xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'>"
            "<p:bgPr><a:blipFill dpi='0' rotWithShape='1'>"
            f"<a:blip r:embed='{rid}'/><a:srcRect/><a:stretch><a:fillRect/></a:stretch>"
            "</a:blipFill><a:effectLst/></p:bgPr></p:bg>"
        )
        c_sld = slide._element.find(qn("p:cSld"))  # type: ignore[attr-defined]
        c_sld.insert(0, background)
        x, y, w, h = PANEL
        panel = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Pt(x), Pt(y), Pt(w), Pt(h))  # type: ignore[attr-defined]
        panel.fill.solid()
        panel.fill.fore_color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        colour = panel.fill._xPr.find(qn("a:solidFill")).find(qn("a:srgbClr"))
        colour.append(
            parse_xml(
                "<a:alpha xmlns:a='http://schemas.openxmlformats.org/drawingml/2006/main'"
                f" val='{ALPHA}'/>"
            )
        )
        panel.line.fill.background()
