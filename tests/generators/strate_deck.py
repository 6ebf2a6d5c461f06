"""The seed 000 deck as a PDF-TO-POWERPOINT CONVERSION writes it (two-hundred-and-first
held-out set, ``cot000_pptxstrate``): every wrapping paragraph text box — each bullet's
paragraph, each paragraph of the cover and of the text slides, bold figures included — cut
into ONE TEXT BOX PER LINE (:meth:`PptxStrateSlides.paragraph`): the paragraph's lines as
the deck measures them (:meth:`tests.generators.seed_slides._Slides.wrap`), each a text box
of its own as wide as the paragraph's box, at the line's left edge and place (the
paragraph's top + the line's index × size × leading), holding the line's runs, bold runs
bold; the line fits its box, so Impress breaks no line. (Amended once: drawn first as
no-wrap boxes, ``wrap="none"``, which Impress grows about their centre, printing every line
centred in the paragraph's width; the boxes now wrap, ``wrap="square"``, as
``cot000_pptx``'s paragraph boxes do.)

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it (the
bullets « • », the one-line boxes, titles, the progress tables and every rectangle and line
unchanged): 15 slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides


class PptxStrateSlides(_PptxSlides):
    """``cot000_pptx``'s slides; every wrapping paragraph one text box a line."""

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
        """:meth:`_PptxSlides.paragraph`'s lines, each a text box of its own."""
        lines = self.wrap(markup, size, width, bold)
        for index, line in enumerate(lines):
            top = y - size * 1.0 + index * size * leading
            frame = self._box(x, top, width + 4, size * leading + 2)
            par = frame.paragraphs[0]  # type: ignore[attr-defined]
            for fragment, is_bold in line:
                if fragment:
                    self._run(par, fragment, size, bold or is_bold, color)
        return y + len(lines) * size * leading
