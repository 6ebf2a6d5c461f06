"""The seed 000 deck made from a template whose bullets are PICTURE BULLETS (hundred-and-
seventy-seventh held-out set, ``cot000_pptxvisa``): « Puces et numéros › Image… », a small
green check mark (:func:`check_mark_png`), so Impress prints every bullet as an image.

Every slide as :class:`tests.generators.slides_office._PptxSlides` draws it, but no « • »
text box: the text box drawn first after a bullet on the bullet's line (an item's paragraph
on slides 2, 3, 4 and 14, an objective's code on slides 10 and 12) moved left to the bullet's
x and widened by as much, its paragraph on a hanging indent of that amount carrying the
picture bullet (``a:buSzPct`` 100 %, ``a:buBlip``; :meth:`PptxVisaSlides._picture_bullet`),
so its text stays where ``cot000_pptx`` puts it: 15 slides. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

import io

from tests.generators.slides_office import _PptxSlides

MARK = (0x2E, 0x7D, 0x32, 0xFF)  # #2E7D32, the template's green
PIXELS = 64  # the PNG's side
DARK = (0.12, 0.12, 0.12)  # #1F1F1F, the base deck's text


def check_mark_png() -> bytes:
    """A 64 × 64 px transparent PNG of a green check mark."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (PIXELS, PIXELS), (0, 0, 0, 0))
    ImageDraw.Draw(image).polygon(
        [(8, 34), (24, 52), (58, 12), (50, 6), (24, 38), (14, 28)], fill=MARK
    )
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


class PptxVisaSlides(_PptxSlides):
    """``cot000_pptx``'s slides; every bullet a picture bullet on the item's first box."""

    def __init__(self, base: object) -> None:
        super().__init__(base)
        self._bullet: tuple[float, float] | None = None  # the « • » not drawn: its x, y
        self._png = check_mark_png()

    def slide(self) -> None:
        self._bullet = None
        super().slide()

    def _take(self, x: float, y: float) -> float | None:
        """The hanging indent (pt) if a bullet waits on the line at ``y`` left of ``x``."""
        if self._bullet is None or abs(self._bullet[1] - y) > 0.01 or self._bullet[0] >= x:
            return None
        hang = x - self._bullet[0]
        self._bullet = None
        return hang

    def text(
        self,
        x: float,
        y: float,
        value: str,
        size: float,
        font: str = "regular",
        color: tuple = DARK,
        anchor: str = "left",
    ) -> None:
        if value == "•":
            self._bullet = (x, y)
            return
        hang = self._take(x, y) if anchor == "left" else None
        if hang is None:
            super().text(x, y, value, size, font, color, anchor)
            return
        frame = self._box(
            x - hang, y - size * 1.0, self.width(value, size, font) + 6 + hang, size * 1.3
        )
        frame.word_wrap = False
        par = frame.paragraphs[0]
        self._picture_bullet(par, hang)
        self._run(par, value, size, font == "bold", color)

    def paragraph(
        self,
        x: float,
        y: float,
        markup: str,
        size: float,
        width: float,
        color: tuple = DARK,
        leading: float = 1.25,
        bold: bool = False,
    ) -> float:
        hang = self._take(x, y)
        if hang is None:
            return super().paragraph(x, y, markup, size, width, color, leading, bold)
        n = len(self.wrap(markup, size, width, bold))
        frame = self._box(x - hang, y - size * 1.0, width + 4 + hang, n * size * leading + 2)
        par = frame.paragraphs[0]
        self._picture_bullet(par, hang)
        for index, chunk in enumerate(markup.split("**")):
            if chunk:
                self._run(par, chunk, size, bold or index % 2 == 1, color)
        return y + n * size * leading

    def _picture_bullet(self, par: object, hang: float) -> None:
        """``par`` on a ``hang`` pt hanging indent, its bullet the check-mark picture."""
        from lxml import etree
        from pptx.oxml.ns import qn

        _, rid = self.current.part.get_or_add_image_part(io.BytesIO(self._png))
        ppr = par._p.get_or_add_pPr()  # type: ignore[attr-defined]  # noqa: SLF001
        emu = str(int(round(hang * 12700)))
        ppr.set("marL", emu)
        ppr.set("indent", f"-{emu}")
        etree.SubElement(ppr, qn("a:buSzPct")).set("val", "100000")
        blip = etree.SubElement(etree.SubElement(ppr, qn("a:buBlip")), qn("a:blip"))
        blip.set(qn("r:embed"), rid)
