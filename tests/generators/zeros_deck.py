"""The seed 000 deck whose progress tables print every ZERO PERCENTAGE AS A DASH
(hundred-and-fifth held-out set, ``cot000_pptxzeros``): each « 0 % » cell reads « - », the
official statistics' conventional sign for a nil result (« résultat nul »), and under each
table a 6.5 pt grey italic note « Signe conventionnel utilisé : - Résultat nul ».

Each table ``cot000_pptx``'s real PowerPoint table (place, widths, banded look); every other
slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes
from here: every value is the seed's (« - » standing for « 0 % »; the note is not).
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, ROW, SIZE, PptxProgressSlides

ZERO = "0 %"
NIL = "-"  # hyphen-minus: « résultat nul »
NOTE = "Signe conventionnel utilisé : - Résultat nul"
NOTE_GREY = "595959"
NOTE_SIZE = 6.5
LEFT = 14.0  # pt, the table's left edge
WIDTH = 692.0  # pt
GAP = 4.0  # pt, between the table's bottom and the note
INSET = 4.0  # pt


class PptxZerosSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides, « 0 % » printed « - », a conventional sign's note."""

    def _nil(self, par: object, column: int, value: str, axis: bool) -> None:
        self._run(par, NIL if column > 1 and value == ZERO else value, SIZE, axis, DARK)

    def _note(self, top: float) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        frame = self._box(LEFT, top, WIDTH, NOTE_SIZE * 1.3)
        frame.margin_left = frame.margin_right = Pt(INSET)  # type: ignore[attr-defined]
        par = frame.paragraphs[0]  # type: ignore[attr-defined]
        par.alignment = PP_ALIGN.LEFT
        run = par.add_run()
        run.text = NOTE
        run.font.size = Pt(NOTE_SIZE)
        run.font.italic = True
        run.font.name = "DejaVu Sans Condensed"
        run.font.color.rgb = RGBColor.from_string(NOTE_GREY)

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        y, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill, write=self._nil)
        self._note(y + ROW * (len(rows) + 1) + GAP)
