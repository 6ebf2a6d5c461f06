"""The seed 000 deck with a « RETOUR AU SOMMAIRE » BUTTON ON EVERY SLIDE AFTER THE COVER
(two-hundred-and-fifty-second held-out set, ``cot000_pptxsextant``): ``cot000_pptx``'s
slides (:class:`PptxSextantSlides`), and on slides 2 to 15, as a presenter's working deck
lets him come back to its second slide while he talks, a rounded rectangle at x :data:`X`,
y :data:`Y` pt, :data:`WIDTH` × :data:`HEIGHT` pt, #0073B3 fill, no outline, holding
:data:`TEXT` (DejaVu Sans Condensed :data:`SIZE` pt bold white, centred, no wrap), whose
SHAPE carries a click action: a slide jump to slide 2
(``p:cNvPr/a:hlinkClick action="ppaction://hlinksldjump"``), added last on each slide.

15 slides. Only the layout comes from here: every value is the seed's (the button is a
control: words of navigation).
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

X, Y, WIDTH, HEIGHT = 24.0, 381.0, 118.0, 16.0  # pt
SIZE = 8.0  # pt
FILL = (0.0, 0.45, 0.70)  # #0073B3, the deck's accent
TEXT = "◂ Retour au sommaire"
TARGET = 2  # the slide the buttons jump to
SLIDE_JUMP = "ppaction://hlinksldjump"
_SLIDE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide"


class PptxSextantSlides(_PptxSlides):
    """``cot000_pptx``'s slides, every one after the cover with a « Retour au sommaire »
    button."""

    def _button(self, slide: object, target: object) -> None:
        """The button on ``slide``, its shape a slide jump to ``target``."""
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN

        current = self.current
        self.current = slide
        try:
            self.rect(X, Y, WIDTH, HEIGHT, FILL, None, radius=4.0)
        finally:
            self.current = current
        shape = slide.shapes[-1]  # type: ignore[attr-defined]
        frame = shape.text_frame
        frame.word_wrap = False
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        par = frame.paragraphs[0]
        par.alignment = PP_ALIGN.CENTER
        self._run(par, TEXT, SIZE, True, (1.0, 1.0, 1.0))
        rel = slide.part.relate_to(target.part, _SLIDE_REL)  # type: ignore[attr-defined]
        c_nv_pr = shape._element.nvSpPr.cNvPr
        click = c_nv_pr.makeelement(
            "{http://schemas.openxmlformats.org/drawingml/2006/main}hlinkClick", {}
        )
        click.set("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id", rel)
        click.set("action", SLIDE_JUMP)
        c_nv_pr.append(click)

    def finish(self) -> object:
        prs = super().finish()
        slides = list(prs.slides)  # type: ignore[attr-defined]
        if len(slides) != 15:
            raise ValueError(f"{len(slides)} slides, not cot000_pptx's 15")
        for slide in slides[1:]:
            self._button(slide, slides[TARGET - 1])
        return prs


__all__ = ["TEXT", "PptxSextantSlides"]
