"""The seed 000 deck whose progress slides carry the label's badge, a PNG WITH AN ALPHA
CHANNEL, and which is exported « PDF/A-1b » (hundred-and-sixty-fourth held-out set,
``cot000_pptxperenne``): ``cot000_pptx``'s slides, the two progress slides (CAE, ECI) with a
round badge :data:`BADGE_SIZE` pt wide at the right end of their title bar (x :data:`BADGE_X`,
y :data:`BADGE_Y` pt) — a white disc, a #2E8B57 ring and leaf, the corners round it
transparent, its edge anti-aliased —; the export option lives in
:data:`tests.generators.producer_corpus.PDFA1`. PDF/A-1 allows no transparency: LibreOffice
flattens each slide holding the badge into one bitmap of the whole slide.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it: 15
slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import io

from tests.generators.slides_office import _PptxSlides

BADGE_X = 674.0  # pt, the badge's left edge (the title bar ends at 720 pt)
BADGE_Y = 4.0  # pt, its top (the title bar is 44 pt high)
BADGE_SIZE = 36.0  # pt
PIXELS = 240  # the PNG's width and height
GREEN = (46, 139, 87, 255)  # #2E8B57
RING = 12  # px, the ring's width
_SCALE = 4  # drawn 4 × larger, then reduced: anti-aliased edges (partly transparent pixels)


def badge_png() -> bytes:
    """The label's badge as a PNG with an alpha channel: a white disc ringed in green, a
    green leaf of two arcs inside, transparent outside the disc."""
    from PIL import Image, ImageDraw

    size = PIXELS * _SCALE
    image = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((0, 0, size - 1, size - 1), fill=GREEN)
    ring = RING * _SCALE
    draw.ellipse((ring, ring, size - 1 - ring, size - 1 - ring), fill=(255, 255, 255, 255))
    # the leaf: the overlap of two discs (two arcs), a lens leaning right
    leaf = Image.new("L", (size, size), 0)
    a, b = Image.new("L", (size, size), 0), Image.new("L", (size, size), 0)
    ImageDraw.Draw(a).ellipse((size * 0.22, size * 0.10, size * 0.98, size * 0.86), fill=255)
    ImageDraw.Draw(b).ellipse((size * 0.02, size * 0.14, size * 0.78, size * 0.90), fill=255)
    leaf.paste(a, mask=b)
    image.paste(Image.new("RGBA", (size, size), GREEN), mask=leaf)
    image = image.resize((PIXELS, PIXELS), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


class PptxPerenneSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each progress slide with the label's transparent badge at
    its title bar's right end. The rectangles carry no theme style reference (``p:style``),
    as a current PowerPoint's shapes have no shadow: from the python-pptx template's theme
    Impress would draw a soft shadow (a transparent bitmap) under each of them, and the
    PDF/A-1b export would flatten every slide (amended once, after the first export)."""

    def rect(self, x, y, w, h, fill, stroke=None, radius: float = 0.0) -> None:  # noqa: ANN001
        from pptx.oxml.ns import qn

        super().rect(x, y, w, h, fill, stroke, radius)
        shape = self.current.shapes[-1]  # type: ignore[attr-defined]
        style = shape._element.find(qn("p:style"))
        if style is not None:
            shape._element.remove(style)

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        super().table(title, header, rows, eci)
        self.current.shapes.add_picture(  # type: ignore[attr-defined]
            io.BytesIO(badge_png()), Pt(BADGE_X), Pt(BADGE_Y), Pt(BADGE_SIZE), Pt(BADGE_SIZE)
        )
