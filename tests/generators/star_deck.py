"""The seed 000 deck whose progress tables carry FOOTNOTE CALLS typed into their cells
(forty-seventh held-out set, ``cot000_pptxstar``): one real PowerPoint table each, as
``cot000_pptx`` draws it, but « * » glued after every axis row's « % Réalisé » value
(« 27 %* ») and « ** » after the header label « % Programmé »; under the table a text box
of the two footnotes, 6.5 pt italic grey, added after the table.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, ROW, SIZE, PptxProgressSlides
from tests.generators.slides_office import filled_cell, seed_cell

NOTE_GREY = "595959"
NOTE_SIZE = 6.5
LEFT = 14.0  # pt, the table's left edge
WIDTH = 692.0  # pt
NOTE_GAP = 4.0  # pt, between the table's bottom and the footnotes
FOOTNOTES = (
    "* Valeurs de l'état des lieux 2023, avant validation par l'auditeur.",
    "** Part des points programmée au plan pluriannuel 2024-2026, hors actions reportées.",
)


class PptxStarSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; footnote calls in the progress tables, footnotes under."""

    def _footnotes(self, top: float) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        frame = self._box(LEFT, top, WIDTH, 2 * NOTE_SIZE * 1.3)
        for index, note in enumerate(FOOTNOTES):
            par = frame.paragraphs[0] if index == 0 else frame.add_paragraph()  # type: ignore[attr-defined]
            par.alignment = PP_ALIGN.LEFT
            run = par.add_run()
            run.text = note
            run.font.size = Pt(NOTE_SIZE)
            run.font.bold = False
            run.font.italic = True
            run.font.name = "DejaVu Sans Condensed"
            run.font.color.rgb = RGBColor.from_string(NOTE_GREY)

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        y, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS[:2], HEADS[2] + "**"])
        for r, row, fill in self._body_rows(table, rows):
            for c in range(4):
                value, axis = seed_cell(row, c)
                if c == 2 and axis:  # the call glued to the value, in its own run
                    value += "*"
                self._run(filled_cell(table, r, c, fill), value, SIZE, axis, DARK)
        self._footnotes(y + ROW * (len(rows) + 1) + NOTE_GAP)
