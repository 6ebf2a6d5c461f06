"""The seed 000 deck whose progress tables are TWO TABLE OBJECTS SET SIDE BY SIDE BY EYE
(fiftieth held-out set, ``cot000_pptxabut``): a one-column table of the labels (its header
the table's own label) at x = 14 pt where ``cot000_pptx``'s table starts, then, 2 pt right of
its edge and 1.5 pt lower, a three-column table of the numbers (its header the three seed
labels, all right-aligned), added after the first; both in ``cot000_pptx``'s banded look.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, SIZE, PptxProgressSlides
from tests.generators.slides_office import filled_cell, seed_cell

LABEL_WIDTH = {False: 350, True: 380}  # CAE, ECI
NUMBER_WIDTH = {False: 114, True: 104}
GAP = 2.0  # pt between the two tables
DROP = 1.5  # pt the numbers' table stands lower


class PptxAbutSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; each progress table a labels table and a numbers table."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        self.slide()
        y = self.title(title) - 6
        height = Pt(15 * (len(rows) + 1))
        left = self.current.shapes.add_table(
            len(rows) + 1, 1, Pt(14), Pt(y), Pt(LABEL_WIDTH[eci]), height
        ).table
        left.columns[0].width = Pt(LABEL_WIDTH[eci])
        self._head_row(left, [header], {0: PP_ALIGN.LEFT})
        for r, row, fill in self._body_rows(left, rows):
            value, axis = seed_cell(row, 0)
            par = filled_cell(left, r, 0, fill)
            par.alignment = PP_ALIGN.LEFT  # type: ignore[attr-defined]
            self._run(par, value, SIZE, axis, DARK)
        x = 14 + LABEL_WIDTH[eci] + GAP
        right = self.current.shapes.add_table(
            len(rows) + 1, 3, Pt(x), Pt(y + DROP), Pt(3 * NUMBER_WIDTH[eci]), height
        ).table
        for c in range(3):
            right.columns[c].width = Pt(NUMBER_WIDTH[eci])
        self._head_row(right, list(HEADS), {c: PP_ALIGN.RIGHT for c in range(3)})
        for r, row, fill in self._body_rows(right, rows):
            for c in range(3):
                value, axis = seed_cell(row, c + 1)
                par = filled_cell(right, r, c, fill)
                par.alignment = PP_ALIGN.RIGHT  # type: ignore[attr-defined]
                self._run(par, value, SIZE, axis, DARK)
