"""The seed 000 deck whose progress tables' NUMBER COLUMNS ARE HEADED BY A PICTOGRAM AND NO
WORD (hundred-and-twenty-fifth held-out set, ``cot000_pptxpictos``), as a designer's
dashboard template has them: « ⚑ » over « Points restants », « ✔ » over « % Réalisé »,
« ◔ » over « % Programmé », white 10 pt, the table's own label in the first header cell as
``cot000_pptx``; the three labels written only in a one-line LEGEND text box 4 pt under the
table (7 pt #595959, each glyph #0073B3).

Every other slide as :class:`tests.generators.progress_deck.PptxProgressSlides`
(``cot000_pptx``) draws it. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import (
    HEAD,
    HEADS,
    NOTE_GREY,
    ROW,
    WHITE,
    PptxProgressSlides,
    note_paragraph,
)
from tests.generators.slides_office import filled_cell

PICTOS = ("⚑", "✔", "◔")  # over « Points restants », « % Réalisé », « % Programmé »
PICTO_SIZE = 10.0
LEGEND_SIZE = 7.0
LEGEND_HEIGHT = 11.0  # pt
GAP = "   "  # between two legend entries


class PptxPictosSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; each progress table's number columns headed by pictograms,
    their labels in a legend under the table."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.dml.color import RGBColor
        from pptx.util import Pt

        y, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header])
        for c, picto in enumerate(PICTOS, start=1):
            self._run(filled_cell(table, 0, c, HEAD), picto, PICTO_SIZE, False, WHITE)
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill)
        frame = self._note_frame(y + ROW * (len(rows) + 1) + 4, LEGEND_HEIGHT)
        par = note_paragraph(frame, 0)
        for n, (picto, label) in enumerate(zip(PICTOS, HEADS, strict=True)):
            for text, colour in ((picto, HEAD), (f" {label}" + (GAP if n < 2 else ""), NOTE_GREY)):
                run = par.add_run()  # type: ignore[attr-defined]
                run.text = text
                run.font.size = Pt(LEGEND_SIZE)
                run.font.bold = False
                run.font.name = "DejaVu Sans Condensed"
                run.font.color.rgb = RGBColor.from_string(colour)
