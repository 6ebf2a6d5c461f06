"""The seed 000 deck SIGNED ON ITS LAST SLIDE (two-hundred-and-forty-seventh held-out set,
``cot000_pptxolivier``): ``cot000_pptx``'s slides (:class:`PptxOlivierSlides`) but the last
one, « Merci de votre attention », carrying at its bottom right, last in its z-order, the
signature block of the copy annexed to the deliberation: « Le Président, » (:data:`TITLE`),
a SIGNATURE PICTURE (:func:`signature_png`, a transparent PNG of navy pen strokes, no
lettering, :data:`SIGNATURE`) and the signatory's name (:data:`NAME`, bold).

15 slides. Only the layout comes from here: every value is the seed's (the block's words,
name and picture are page furniture, no part of any title or value).
"""

from __future__ import annotations

import io
import math

from tests.generators.slides_office import _PptxSlides

GREY = (0.251, 0.251, 0.251)  # #404040
TITLE = ("Le Président,", 500.0, 262.0, False)  # text, x, top, bold
NAME = ("Jean-Pierre Lacoste", 500.0, 334.0, True)
SIGNATURE = (510.0, 282.0, 150.0, 48.0)  # x, y, width, height (pt)
INK = (0x1F, 0x38, 0x64, 255)  # #1F3864


def signature_png() -> bytes:
    """A 600 × 192 px transparent PNG: a pen's flourish — loops, a long stroke, a dash."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (600, 192), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    points = []
    for k in range(161):
        t = k / 160
        x = 30 + 420 * t + 38 * math.cos(9 * math.pi * t)
        y = 100 - 55 * math.sin(9 * math.pi * t) * (1 - 0.6 * t) - 30 * t
        points.append((x, y))
    draw.line(points, fill=INK, width=7, joint="curve")
    draw.line([(60, 150), (330, 138), (560, 118)], fill=INK, width=6)
    draw.line([(470, 60), (520, 70)], fill=INK, width=6)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


class PptxOlivierSlides(_PptxSlides):
    """``cot000_pptx``'s slides; the signature block last on the last slide."""

    def _line(self, text: str, x: float, top: float, bold: bool) -> None:
        """One unwrapped 12 pt grey text box at ``x``, ``top`` on the current (last) slide,
        in the deck's font."""
        frame = self._box(x, top, 200, 18)
        frame.word_wrap = False  # type: ignore[attr-defined]
        self._run(frame.paragraphs[0], text, 12, bold, GREY)  # type: ignore[attr-defined]

    def finish(self) -> object:
        from pptx.util import Pt

        last = self.prs.slides[len(self.prs.slides) - 1]
        if self.current is not last:
            raise ValueError("the last slide is not the current one")
        self._line(*TITLE)
        x, y, width, height = SIGNATURE
        last.shapes.add_picture(io.BytesIO(signature_png()), Pt(x), Pt(y), Pt(width), Pt(height))
        self._line(*NAME)
        return super().finish()


__all__ = ["NAME", "PptxOlivierSlides", "SIGNATURE", "TITLE", "signature_png"]
