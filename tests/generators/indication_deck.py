"""The seed 000 deck whose Region's COT template left THREE BRACKETED HINTS BESIDE THE
FIGURES THE AGENT TYPED (two-hundred-and-thirty-ninth held-out set,
``cot000_pptxindication``), as a template deck's « [Indiquer …] » prompts typed as text (not
placeholder prompts, which Impress does not print) stay when the figure is typed before
them: on slides 3 and 4, after the score band's « ★ », a text box :data:`SCORE_HINT` (DejaVu
Sans Condensed :data:`SCORE_SIZE` pt italic :data:`HINT_GREY`) its left :data:`GAP` pt right
of the star's end, on the same baseline, no wrapping; on slide 14 the bullet :data:`AMOUNT`
followed in its paragraph by the run :data:`AMOUNT_HINT` (the bullet's size, italic, grey,
not bold), its text box grown to two lines for Impress to wrap it in.

Everything else as :class:`tests.generators.slides_office._PptxSlides` draws it: 15 slides.
Only the layout comes from here: every value is the seed's (the hints are the template's).
"""

from __future__ import annotations

from tests.generators.seed_slides import _RED
from tests.generators.slides_office import _PptxSlides

SCORE_HINT = "[Indiquer le score de l'audit (en %) et le nombre d'étoiles obtenues]"
SCORE_SIZE = 10.0
AMOUNT = "**Versement de 75 000 euros**"
AMOUNT_HINT = "[Indiquer le montant en € HT]"
HINT_GREY = "808080"
GAP = 8.0  # between the star's end and the score hint


class PptxIndicationSlides(_PptxSlides):
    """``cot000_pptx``'s slides, the template's bracketed hints left beside three figures."""

    def __init__(self, base: object) -> None:
        super().__init__(base)
        self.hints = 0  # the hints written

    def _hint_run(self, par: object, text: str, size: float) -> None:
        from pptx.dml.color import RGBColor
        from pptx.util import Pt

        run = par.add_run()  # type: ignore[attr-defined]
        run.text = text
        run.font.size = Pt(size)
        run.font.bold = False
        run.font.italic = True
        run.font.name = "DejaVu Sans Condensed"
        run.font.color.rgb = RGBColor.from_string(HINT_GREY)

    def text(
        self,
        x: float,
        y: float,
        value: str,
        size: float,
        font: str = "regular",
        color: tuple = (0.12, 0.12, 0.12),
        anchor: str = "left",
    ) -> None:
        super().text(x, y, value, size, font, color, anchor)
        if value != "★" or size != 15 or color != _RED or anchor != "left":
            return
        left = x + self.width(value, size, font) + GAP
        width = self.width(SCORE_HINT, SCORE_SIZE) + 6
        frame = self._box(left, y - SCORE_SIZE, width, SCORE_SIZE * 1.3)
        frame.word_wrap = False  # type: ignore[attr-defined]
        self._hint_run(frame.paragraphs[0], SCORE_HINT, SCORE_SIZE)  # type: ignore[attr-defined]
        self.hints += 1

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
        after = super().paragraph(x, y, markup, size, width, color, leading, bold)
        if markup != AMOUNT:
            return after
        from pptx.util import Pt

        shape = self.current.shapes[-1]  # type: ignore[attr-defined]
        lines = len(self.wrap(f"{markup} {AMOUNT_HINT}", size, width, bold))
        shape.height = Pt(lines * size * leading + 2)
        self._hint_run(shape.text_frame.paragraphs[0], f" {AMOUNT_HINT}", size)
        self.hints += 1
        return after  # the next baseline where ``cot000_pptx`` has it

    def finish(self) -> object:
        assert self.hints == 3, self.hints
        return super().finish()


__all__ = ["AMOUNT_HINT", "GAP", "SCORE_HINT", "PptxIndicationSlides"]
