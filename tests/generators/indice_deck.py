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

from tests.generators.progress_deck import DARK, HEADS, ROW, SIZE, WHITE, PptxProgressSlides

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
NOTE_GREY = "595959"
NOTE_SIZE = 6.5
LEFT = 14.0  # pt, the table's left edge
WIDTH = 692.0  # pt
GAP = 4.0  # pt, between the table's bottom and the notes
INSET = 4.0  # pt


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
        from pptx.dml.color import RGBColor
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        frame = self._box(LEFT, top, WIDTH, len(NOTES) * NOTE_SIZE * 1.3)
        frame.margin_left = frame.margin_right = Pt(INSET)  # type: ignore[attr-defined]
        for index, (digit, text) in enumerate(NOTES):
            par = frame.paragraphs[0] if index == 0 else frame.add_paragraph()  # type: ignore[attr-defined]
            par.alignment = PP_ALIGN.LEFT
            par.space_before = par.space_after = Pt(0)
            for part in (digit, " " + text):
                run = par.add_run()
                run.text = part
                run.font.size = Pt(NOTE_SIZE)
                run.font.italic = True
                run.font.name = "DejaVu Sans Condensed"
                run.font.color.rgb = RGBColor.from_string(NOTE_GREY)
            raised(par.runs[0])

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        y, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        head = table.cell(0, 3).text_frame.paragraphs[0]  # type: ignore[attr-defined]
        self._call(head, HEAD_CALL, True, WHITE)
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill, write=self._called)
        self._notes(y + ROW * (len(rows) + 1) + GAP)
