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

from tests.generators.progress_deck import DARK, HEADS, PptxProgressSlides
from tests.generators.slides_office import filled_cell, seed_cell

SIZE = 6.5  # pt
ROW = 10.0  # pt, the rows' least height
WIDTHS = {False: (150, 180, 181, 181), True: (200, 164, 164, 164)}  # pt


class PptxBottomSlides(PptxProgressSlides):
    """Progress tables with a narrow, wrapping label column, every cell bottom-anchored."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import MSO_ANCHOR
        from pptx.util import Pt

        self.slide()
        y = self.title(title) - 6
        widths = WIDTHS[eci]
        shape = self.current.shapes.add_table(  # type: ignore[attr-defined]
            len(rows) + 1, 4, Pt(14), Pt(y), Pt(sum(widths)), Pt(ROW * (len(rows) + 1))
        )
        table = shape.table
        for c, w in enumerate(widths):
            table.columns[c].width = Pt(w)
        self._head_row(table, [header, *HEADS], size=SIZE, row=ROW)
        for r, row, fill in self._body_rows(table, rows):
            table.rows[r].height = Pt(ROW)
            for c in range(4):
                par = filled_cell(table, r, c, fill)
                value, axis = seed_cell(row, c)
                if value:
                    self._run(par, value, SIZE, axis, DARK)
                else:  # an empty cell's line in the rows' type size, not Impress's 18 pt
                    par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))  # type: ignore[attr-defined]
        for r in range(len(rows) + 1):
            for c in range(4):
                table.cell(r, c).vertical_anchor = MSO_ANCHOR.BOTTOM
