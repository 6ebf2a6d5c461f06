"""The seed 000 deck whose paragraphs were set « INTERLIGNE : 1,5 LIGNE » after it was laid
out (two-hundred-and-third held-out set, ``cot000_pptxpilotis``): every wrapping paragraph
text box :meth:`tests.generators.slides_office._PptxSlides.paragraph` writes (each bullet's
paragraph, the paragraphs of the cover and of the text slides, bold key phrases included)
gets ``a:lnSpc``/``a:spcPct`` :data:`SPACING` (150 %), its box's place and size unchanged,
so a paragraph's lines stand one and a half times their single spacing apart and a long
paragraph runs past its box's foot, toward or over the next bullet.

Every slide, text, table and other shape otherwise as :class:`tests.generators.
slides_office._PptxSlides` draws it (titles, one-line label boxes, the « • »): 15 slides.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

SPACING = 1.5  # « Interligne : 1,5 ligne », a:spcPct 150000


class PptxPilotisSlides(_PptxSlides):
    """``cot000_pptx``'s slides, every wrapping paragraph at 1.5 line spacing."""

    _airy = False

    def _run(self, par: object, text: str, size: float, bold: bool, color: tuple) -> None:
        """:meth:`_PptxSlides._run`, its paragraph spaced 1.5 inside a paragraph box."""
        super()._run(par, text, size, bold, color)
        if self._airy:
            par.line_spacing = SPACING  # type: ignore[attr-defined]

    def paragraph(
        self,
        x: float,
        y: float,
        markup: str,
        size: float,
        width: float,
        color: tuple = (0.12, 0.12, 0.12),
        leading: float = 1.25,
        bold: bool = False,
    ) -> float:
        """:meth:`_PptxSlides.paragraph`'s text box, its paragraph at 1.5 line spacing."""
        self._airy = True
        try:
            return super().paragraph(x, y, markup, size, width, color, leading, bold)
        finally:
            self._airy = False
