"""The seed 000 deck whose body text is « ALIGNÉ À DROITE » (hundred-and-ninety-eighth
held-out set, ``cot000_pptxtribord``): its designer's template sets the body text right
(Ctrl+R), every wrapping paragraph text box — each bullet's paragraph, each paragraph of the
cover and of the text slides, bold figures included — aligned ``a:pPr algn="r"``
(:meth:`PptxTribordSlides.paragraph`): each of its lines ending at the box's right edge, the
left ends ragged, the bullets « • » left where they were drawn.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it (the
bullets, the one-line boxes, titles, the progress tables and every rectangle and line
unchanged): 15 slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides


class PptxTribordSlides(_PptxSlides):
    """``cot000_pptx``'s slides; every wrapping paragraph aligned right."""

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
        """:meth:`_PptxSlides.paragraph`'s text box, its paragraph aligned right."""
        from pptx.enum.text import PP_ALIGN

        n = len(self.wrap(markup, size, width, bold))
        frame = self._box(x, y - size * 1.0, width + 4, n * size * leading + 2)
        par = frame.paragraphs[0]  # type: ignore[attr-defined]
        par.alignment = PP_ALIGN.RIGHT
        for index, chunk in enumerate(markup.split("**")):
            if chunk:
                self._run(par, chunk, size, bold or index % 2 == 1, color)
        return y + n * size * leading
