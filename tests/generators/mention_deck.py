"""The seed 000 deck whose progress tables carry A NOTE CALL AFTER EVERY AXIS LABEL
(two-hundred-and-thirty-third held-out set, ``cot000_pptxmention``), as a report cites the
referential its axes come from: after the first cell's text (marker and label, bold) of every
▼ axis row, a run « 1 » of its own marked « Exposant » (``baseline="30000"``: raised and
smaller, bold and dark as the label), no space before it; the ▶ rows, the figures and the
header unchanged; and at the foot of each table's slide a text box as wide as the table
(:data:`NOTE_TOP`) holding one note line (:data:`NOTE`, 6.5 pt grey italic, its call raised).

Each table ``cot000_pptx``'s real PowerPoint table (place, widths, banded look); every other
slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes
from here: every value is the seed's (the calls and the note are not).
"""

from __future__ import annotations

from tests.generators.progress_deck import (
    DARK,
    SIZE,
    PptxProgressSlides,
    note_paragraph,
    note_run,
)

SUPERSCRIPT = "30000"  # DrawingML baseline offset, thousandths of a percent
CALL = "1"
NOTE = (
    "Axe du référentiel Territoire Engagé Transition Écologique (ADEME) ; points et "
    "pourcentages de l'état des lieux de la collectivité."
)
NOTE_SIZE = 6.5
NOTE_TOP = 388.0  # pt, the note box's top, at the slide's foot


def raised(run: object) -> None:
    """``run`` marked superscript (« Exposant »)."""
    run._r.get_or_add_rPr().set("baseline", SUPERSCRIPT)  # type: ignore[attr-defined]


class PptxMentionSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides, a note call after every axis label of the progress tables
    and the note at the table slides' foot."""

    def __init__(self, base: object) -> None:
        super().__init__(base)
        self.calls = 0  # the calls written

    def _called(self, par: object, column: int, value: str, axis: bool) -> None:
        self._run(par, value, SIZE, axis, DARK)
        if column == 0 and axis:
            self._run(par, CALL, SIZE, axis, DARK)
            raised(par.runs[-1])  # type: ignore[attr-defined]
            self.calls += 1

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self._noted_table(title, header, rows, eci, self._called)
        frame = self._note_frame(NOTE_TOP, NOTE_SIZE * 1.3)
        par = note_paragraph(frame, 0)
        for part in (CALL, " " + NOTE):
            note_run(par, part, NOTE_SIZE)
        raised(par.runs[0])  # type: ignore[attr-defined]

    def finish(self) -> object:
        assert self.calls > 0, self.calls
        return super().finish()


__all__ = ["CALL", "NOTE", "NOTE_TOP", "PptxMentionSlides"]
