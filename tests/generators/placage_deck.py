"""The seed 000 deck whose paragraph boxes were given 9 pt of room above their text after it
was laid out (two-hundred-and-sixth held-out set, ``cot000_pptxplacage``): every wrapping
paragraph text box :meth:`tests.generators.slides_office._PptxSlides.paragraph` writes (each
bullet's paragraph, the paragraphs of the cover and of the text slides, bold key phrases
included) gets a TOP INNER MARGIN of :data:`BEFORE` pt (« Texte › Espacement jusqu'aux
bordures : Haut 0,32 cm », ``a:bodyPr tIns``), its box's place and size unchanged, so each
such paragraph opens 9 pt below its box's top (a bullet's first line 9 pt lower than its
« • ») and a long paragraph runs past its box's foot.

Drawn first as « Espacement avant le paragraphe : 9 pt » (``a:spcBef``), which Impress 7.4
ignores on a text box's first paragraph (the PDF identical to ``cot000_pptx``'s); amended once
to the box's top margin, which it prints.

Every slide, text, table and other shape otherwise as :class:`tests.generators.
slides_office._PptxSlides` draws it (titles, one-line label boxes, the « • »): 15 slides.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from pptx.util import Pt

from tests.generators.slides_office import _PptxSlides

BEFORE = 9  # 9 pt above the text inside the box, a:bodyPr tIns 114300


class PptxPlacageSlides(_PptxSlides):
    """``cot000_pptx``'s slides, every wrapping paragraph box 9 pt of room above its text."""

    _spaced = False

    def _box(self, x: float, top: float, w: float, h: float) -> object:
        """:meth:`_PptxSlides._box`, its top inner margin 9 pt inside a paragraph box."""
        frame = super()._box(x, top, w, h)
        if self._spaced:
            frame.margin_top = Pt(BEFORE)  # type: ignore[attr-defined]
        return frame

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
        """:meth:`_PptxSlides.paragraph`'s text box, 9 pt of room above its paragraph."""
        self._spaced = True
        try:
            return super().paragraph(x, y, markup, size, width, color, leading, bold)
        finally:
            self._spaced = False
