"""The seed 000 deck whose body text is SEMI-TRANSPARENT (hundred-and-ninety-fifth held-out
set, ``cot000_pptxtulle``): its designer's template « softens » the body text, the runs of
every wrapping paragraph text box — each bullet's paragraph, each paragraph of the cover and
of the text slides, bold figures included — coloured with a « Transparence » of 40 %
(``a:srgbClr`` / ``a:alpha val="60000"``, :meth:`PptxTulleSlides._run`), their colour
otherwise unchanged: those lines printed paler, at the same places.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it (the
bullets « • », the one-line boxes, titles, the progress tables and every rectangle and line
unchanged): 15 slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

ALPHA = "60000"  # 60 % opaque: « Transparence 40 % »


class PptxTulleSlides(_PptxSlides):
    """``cot000_pptx``'s slides; every wrapping paragraph's runs 40 % transparent."""

    _soft = False

    def _run(self, par: object, text: str, size: float, bold: bool, color: tuple) -> None:
        """:meth:`_PptxSlides._run`, its colour given an alpha inside a paragraph box."""
        from pptx.oxml.ns import qn
        from pptx.oxml.xmlchemy import OxmlElement

        super()._run(par, text, size, bold, color)
        if self._soft:
            run = par.runs[-1]  # type: ignore[attr-defined]
            alpha = OxmlElement("a:alpha")
            alpha.set("val", ALPHA)
            run._r.get_or_add_rPr().find(qn("a:solidFill")).find(qn("a:srgbClr")).append(alpha)

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
        """:meth:`_PptxSlides.paragraph`'s text box, its runs semi-transparent."""
        self._soft = True
        try:
            return super().paragraph(x, y, markup, size, width, color, leading, bold)
        finally:
            self._soft = False
