"""The seed 000 deck whose progress tables keep the habits of a range PASTED FROM A WORKBOOK
(sixty-fifth held-out set, ``cot000_pptxbottom``): all text 6.5 pt in rows of 10 pt at least,
a NARROW LABEL COLUMN and wide number columns (CAE 150 / 180 / 181 / 181 pt, ECI 200 / 164 /
164 / 164 pt) so that the longer labels wrap onto two lines and Impress grows their rows, and
EVERY CELL, header and body, ANCHORED AT THE BOTTOM (Excel's default vertical alignment): a
wrapped row's numbers stand level with the second line of its label.

One real PowerPoint table where ``cot000_pptx``'s starts, in its colours; every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import HEADS, PptxProgressSlides

SIZE = 6.5  # pt
ROW = 10.0  # pt, the rows' least height
WIDTHS = {False: (150, 180, 181, 181), True: (200, 164, 164, 164)}  # pt


class PptxBottomSlides(PptxProgressSlides):
    """Progress tables with a narrow, wrapping label column, every cell bottom-anchored."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import MSO_ANCHOR
        from pptx.util import Pt

        _, table = self._sized_grid(title, len(rows), WIDTHS[eci], ROW)
        self._head_row(table, [header, *HEADS], size=SIZE, row=ROW)
        for r, row, fill in self._body_rows(table, rows):
            table.rows[r].height = Pt(ROW)
            self._seed_cells(table, r, row, fill, SIZE)
        for r in range(len(rows) + 1):
            for c in range(4):
                table.cell(r, c).vertical_anchor = MSO_ANCHOR.BOTTOM
