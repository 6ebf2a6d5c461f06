"""The seed 000 deck whose progress tables carry NOTE CALLS GLUED TO THEIR FIGURES
(hundred-and-tenth held-out set, ``cot000_pptxindice``), as a report's tables are annotated:
a superscript digit right after the text, no space — « 1 » after the header label
« % Programmé », « 2 » after every ▼ axis row's « Points restants » value, « 3 » after every
« 0 % » body value of the two percentage columns — each a run of its own marked « Exposant »
(``baseline="30000"``: raised and smaller, the font, weight and colour of its cell); under
each table, 4 pt below it, a text box of the three notes, 6.5 pt grey italic, each opening
with its call digit raised.

Each table ``cot000_pptx``'s real PowerPoint table (place, widths, banded look); every other
slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes
from here: every value is the seed's (the calls and notes are not).
"""

from __future__ import annotations

from tests.generators.progress_deck import (
    DARK,
    SIZE,
    WHITE,
    PptxProgressSlides,
    note_paragraph,
    note_run,
)

SUPERSCRIPT = "30000"  # DrawingML baseline offset, thousandths of a percent
HEAD_CALL = "1"  # after the header label « % Programmé »
AXIS_CALL = "2"  # after every ▼ row's « Points restants »
ZERO_CALL = "3"  # after every « 0 % » body value
ZERO = "0 %"
NOTES = (
    (HEAD_CALL, "Actions engagées ou budgétées, non encore réalisées."),
    (AXIS_CALL, "Total de l'axe, somme de ses sous-axes."),
    (ZERO_CALL, "Aucune action engagée à la date de l'état des lieux."),
)
NOTE_SIZE = 6.5


def raised(run: object) -> None:
    """``run`` marked superscript (« Exposant »)."""
    run._r.get_or_add_rPr().set("baseline", SUPERSCRIPT)  # type: ignore[attr-defined]


class PptxIndiceSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides, note calls glued to the progress tables' figures and the
    notes under each table."""

    def _call(self, par: object, digit: str, bold: bool, colour: tuple) -> None:
        self._run(par, digit, SIZE, bold, colour)
        raised(par.runs[-1])  # type: ignore[attr-defined]

    def _called(self, par: object, column: int, value: str, axis: bool) -> None:
        self._run(par, value, SIZE, axis, DARK)
        if column == 1 and axis:
            self._call(par, AXIS_CALL, axis, DARK)
        elif column > 1 and value == ZERO:
            self._call(par, ZERO_CALL, axis, DARK)

    def _notes(self, top: float) -> None:
        frame = self._note_frame(top, len(NOTES) * NOTE_SIZE * 1.3)
        for index, (digit, text) in enumerate(NOTES):
            par = note_paragraph(frame, index)
            for part in (digit, " " + text):
                note_run(par, part, NOTE_SIZE)
            raised(par.runs[0])  # type: ignore[attr-defined]

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        table, below = self._noted_table(title, header, rows, eci, self._called)
        head = table.cell(0, 3).text_frame.paragraphs[0]  # type: ignore[attr-defined]
        self._call(head, HEAD_CALL, True, WHITE)
        self._notes(below)
