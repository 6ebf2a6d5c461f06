"""The seed 000 deck whose paragraphs are ALIGNED « DISTRIBUÉ » (two-hundredth held-out set,
``cot000_pptxlaize``), a template's « tidy » body text: every wrapping paragraph text box
:meth:`tests.generators.slides_office._PptxSlides.paragraph` writes (each bullet's paragraph,
the paragraphs of the cover and of the text slides, bold key phrases included) gets
``a:pPr algn="dist"`` (:data:`DISTRIBUTED`), which spreads every line, the last one and
one-line paragraphs included, across the box's full width.

Every slide, text, table and other shape otherwise as :class:`tests.generators.
slides_office._PptxSlides` draws it (titles, one-line label boxes, the « • »): 15 slides.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

DISTRIBUTED = "dist"  # « Distribué »


class PptxLaizeSlides(_PptxSlides):
    """``cot000_pptx``'s slides, every wrapping paragraph aligned « distribué »."""

    _spread = False

    def _run(self, par: object, text: str, size: float, bold: bool, color: tuple) -> None:
        """:meth:`_PptxSlides._run`, its paragraph distributed inside a paragraph box."""
        super()._run(par, text, size, bold, color)
        if self._spread:
            par._p.get_or_add_pPr().set("algn", DISTRIBUTED)  # type: ignore[attr-defined]  # noqa: SLF001

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
        """:meth:`_PptxSlides.paragraph`'s text box, its paragraph distributed."""
        self._spread = True
        try:
            return super().paragraph(x, y, markup, size, width, color, leading, bold)
        finally:
            self._spread = False
