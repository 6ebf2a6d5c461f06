"""The seed 000 deck whose progress tables are headed by a DOUBLE-ENTRY CORNER CELL CUT BY A
DIAGONAL (hundred-and-twenty-ninth held-out set, ``cot000_pptxtrait``), as French
administrative tables split their first header cell: « Indicateurs » (:data:`CORNER`, not
in the seed) right-aligned on its first line, the table's own label left-aligned on the
second, in a :data:`HEAD_ROW` pt header row, and a white :data:`LINE_PT` pt straight line
shape drawn over the table from the cell's top-left corner to its bottom-right corner
(Impress draws no diagonal cell border, so its users draw a line).

Every other slide as :class:`tests.generators.progress_deck.PptxProgressSlides`
(``cot000_pptx``) draws it. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import HEAD, HEADS, WHITE, PptxProgressSlides
from tests.generators.slides_office import filled_cell

CORNER = "Indicateurs"
HEAD_ROW = 26.0  # pt
LINE_PT = 0.75
LEFT = 14.0  # pt, the table's left edge
FIRST_WIDTH = {False: 350.0, True: 380.0}  # pt, the label column (CAE, ECI)


class PptxTraitSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; each progress table's first header cell a diagonal corner."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        y, table = self._new_grid(title, rows, eci)
        corner = filled_cell(table, 0, 0, HEAD)
        corner.alignment = PP_ALIGN.RIGHT  # type: ignore[attr-defined]
        self._head_run(corner, CORNER)
        second = table.cell(0, 0).text_frame.add_paragraph()  # type: ignore[attr-defined]
        second.alignment = PP_ALIGN.LEFT
        self._head_run(second, header)
        for c, label in enumerate(HEADS, start=1):
            self._head_run(filled_cell(table, 0, c, HEAD), label)
        table.rows[0].height = Pt(HEAD_ROW)  # type: ignore[attr-defined]
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill)
        self.line(LEFT, y, LEFT + FIRST_WIDTH[eci], y + HEAD_ROW, WHITE, LINE_PT)
