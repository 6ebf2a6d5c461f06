"""The seed 000 deck whose calendar slide shows A PROCESS OF THREE ARROWS
(two-hundred-and-fiftieth held-out set, ``cot000_pptxaiguillage``), as « Insertion › Formes ›
Flèches pleines » draws it: on slide 14 « Le calendrier », under the three columns, a
« pentagone » (``homePlate``) then two « chevrons » at y :data:`TOP` pt, :data:`HEIGHT` pt
high, :data:`WIDTH` pt wide side by side from x :data:`LEFT`, filled :data:`FILL`, no
outline, each holding one of the columns' headings verbatim (:data:`HEADINGS`), DejaVu Sans
Condensed bold :data:`SIZE` pt white, centred.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it: 15
slides. Only the layout comes from here: every value is the seed's (the arrows repeat the
column headings).
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

HEADINGS = ("Organisation et plan d'actions", "Mise en œuvre du plan d'action", "Audits finaux")
SLIDE = 14
TOP, HEIGHT = 300.0, 44.0  # pt
LEFT, WIDTH = 24.0, 224.0  # pt
FILL = "0073B3"
SIZE = 11.0  # pt
INSET = 14.0  # pt


class PptxAiguillageSlides(_PptxSlides):
    """``cot000_pptx``'s slides, a process of three arrows on the calendar slide."""

    def _arrows(self, slide: object) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
        from pptx.util import Pt

        for index, heading in enumerate(HEADINGS):
            kind = MSO_SHAPE.PENTAGON if index == 0 else MSO_SHAPE.CHEVRON
            shape = slide.shapes.add_shape(  # type: ignore[attr-defined]
                kind, Pt(LEFT + index * WIDTH), Pt(TOP), Pt(WIDTH), Pt(HEIGHT)
            )
            shape.fill.solid()
            shape.fill.fore_color.rgb = RGBColor.from_string(FILL)
            shape.line.fill.background()
            shape.shadow.inherit = False
            frame = shape.text_frame
            frame.margin_left = frame.margin_right = Pt(INSET)
            frame.margin_top = frame.margin_bottom = 0
            frame.word_wrap = True
            frame.vertical_anchor = MSO_ANCHOR.MIDDLE
            par = frame.paragraphs[0]
            par.alignment = PP_ALIGN.CENTER
            self._run(par, heading, SIZE, True, (1.0, 1.0, 1.0))

    def finish(self) -> object:
        slide = self.prs.slides[SLIDE - 1]
        texts = " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
        missing = [heading for heading in HEADINGS if heading not in texts]
        if "Le calendrier" not in texts or missing:
            raise ValueError(f"slide {SLIDE} is not the calendar ({missing})")
        self._arrows(slide)
        return super().finish()


__all__ = ["HEADINGS", "PptxAiguillageSlides"]
