"""The seed 000 deck whose body text is CENTRED (two-hundred-and-seventh held-out set,
``cot000_pptxsymetrie``), as a presenter does who centres a slide's text: every wrapping
paragraph text box — each bullet item's box right of its « • », each paragraph that is no
bullet — « Centré » (``a:pPr algn="ctr"``, :meth:`PptxSymetrieSlides.paragraph`), each line
centred in its box, Impress breaking the lines; the « • » text boxes where they stood.

Every other slide, title, one-line box and table as :class:`tests.generators.
slides_office._PptxSlides` draws it: 15 slides. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides


class PptxSymetrieSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each wrapping paragraph centred in its text box."""

    def paragraph(  # noqa: PLR0913
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
        from pptx.enum.text import PP_ALIGN

        n = len(self.wrap(markup, size, width, bold))
        frame = self._box(x, y - size * 1.0, width + 4, n * size * leading + 2)
        par = frame.paragraphs[0]  # type: ignore[attr-defined]
        par.alignment = PP_ALIGN.CENTER
        for index, chunk in enumerate(markup.split("**")):
            if chunk:
                self._run(par, chunk, size, bold or index % 2 == 1, color)
        return y + n * size * leading


__all__ = ["PptxSymetrieSlides"]
