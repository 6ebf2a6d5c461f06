"""The seed 000 deck opening on a CONTENTS SLIDE (two-hundred-and-twenty-sixth held-out set,
``cot000_pptxboussole``): ``cot000_pptx``'s slides (:class:`PptxBoussoleSlides`) and, SECOND,
right after the cover, a « Sommaire » slide (:meth:`PptxBoussoleSlides.contents`) as a COPIL
deck opens on it: the deck's title band holding :data:`TITLE`, then six entries from y
:data:`TOP` pt, :data:`STEP` pt apart, each a :data:`FILL` square (:data:`SQUARE` pt at x
:data:`SQUARE_X`) holding its number bold white and, from x :data:`TEXT_X`, the title of the
slide its part starts with, verbatim (:data:`ENTRIES`). The slide is added last and moved
second in the presentation's slide list (``p:sldIdLst``).

16 slides. Only the layout comes from here: every value is the seed's (the contents slide is
page furniture: « Sommaire », six numbers and six slide titles repeated).
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides, _Title

TITLE = "Sommaire"  # not in the seed
ENTRIES = (
    "Le contrat d'objectif territorial",
    "Rappel des résultats de l'audit CAE",
    "Résultat de l'audit Eci",
    "Le volet Climat Air Energie",
    "Les orientations stratégiques",
    "Le calendrier",
)
TOP, STEP = 72.0, 48.0  # pt, the first entry's top and the entries' pitch
SQUARE_X, SQUARE = 60.0, 28.0  # pt
TEXT_X, TEXT_W = 104.0, 560.0  # pt
FILL = "0073B3"
NUMBER_SIZE, ENTRY_SIZE = 14.0, 15.0  # pt
TEXT_COLOUR = (0.12, 0.12, 0.12)  # #1F1F1F, the deck's text


class PptxBoussoleSlides(_PptxSlides):
    """``cot000_pptx``'s slides, a contents slide second."""

    def __init__(self, base: object) -> None:
        super().__init__(base)
        self.titles: list[str] = []

    def title(self, value: str, size: float | None = None) -> float:
        self.titles.append(value)
        return super().title(value, size)

    def _square(self, y: float, number: int) -> None:
        """The entry's numbered square, its top at ``y``."""
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
        from pptx.util import Pt

        shape = self.current.shapes.add_shape(  # type: ignore[attr-defined]
            MSO_SHAPE.RECTANGLE, Pt(SQUARE_X), Pt(y), Pt(SQUARE), Pt(SQUARE)
        )
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(FILL)
        shape.line.fill.background()
        shape.shadow.inherit = False
        frame = shape.text_frame
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        frame.word_wrap = False
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        par = frame.paragraphs[0]
        par.alignment = PP_ALIGN.CENTER
        self._run(par, str(number), NUMBER_SIZE, True, (1.0, 1.0, 1.0))

    def contents(self) -> None:
        """The « Sommaire » slide, added last (see the module)."""
        from pptx.enum.text import MSO_ANCHOR

        missing = [entry for entry in ENTRIES if entry not in self.titles]
        if missing:
            raise ValueError(f"no slide titled {missing}")
        self.slide()
        _Title.title(self, TITLE)
        for index, entry in enumerate(ENTRIES):
            y = TOP + index * STEP
            self._square(y, index + 1)
            frame = self._box(TEXT_X, y, TEXT_W, SQUARE)
            frame.vertical_anchor = MSO_ANCHOR.MIDDLE
            self._run(frame.paragraphs[0], entry, ENTRY_SIZE, False, TEXT_COLOUR)

    def finish(self) -> object:
        self.contents()
        slides = self.prs.slides._sldIdLst  # noqa: SLF001
        added = list(slides)[-1]
        slides.remove(added)
        slides.insert(1, added)
        return super().finish()


__all__ = ["ENTRIES", "TITLE", "PptxBoussoleSlides"]
