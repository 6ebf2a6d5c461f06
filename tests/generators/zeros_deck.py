"""The seed 000 deck whose progress tables print every ZERO PERCENTAGE AS A DASH
(hundred-and-fifth held-out set, ``cot000_pptxzeros``): each « 0 % » cell reads « - », the
official statistics' conventional sign for a nil result (« résultat nul »), and under each
table a 6.5 pt grey italic note « Signe conventionnel utilisé : - Résultat nul ».

Each table ``cot000_pptx``'s real PowerPoint table (place, widths, banded look); every other
slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes
from here: every value is the seed's (« - » standing for « 0 % »; the note is not).
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, SIZE, PptxProgressSlides, note_run

ZERO = "0 %"
NIL = "-"  # hyphen-minus: « résultat nul »
NOTE = "Signe conventionnel utilisé : - Résultat nul"
NOTE_SIZE = 6.5


class PptxZerosSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides, « 0 % » printed « - », a conventional sign's note."""

    def _nil(self, par: object, column: int, value: str, axis: bool) -> None:
        self._run(par, NIL if column > 1 and value == ZERO else value, SIZE, axis, DARK)

    def _note(self, top: float) -> None:
        from pptx.enum.text import PP_ALIGN

        par = self._note_frame(top, NOTE_SIZE * 1.3).paragraphs[0]  # type: ignore[attr-defined]
        par.alignment = PP_ALIGN.LEFT
        note_run(par, NOTE, NOTE_SIZE)

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self._note(self._noted_table(title, header, rows, eci, self._nil)[1])
