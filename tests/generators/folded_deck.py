"""The seed 000 deck whose progress tables are FOLDED INTO TWO HALVES of one table (forty-fifth
held-out set, ``cot000_pptxfolded``): each progress table one real PowerPoint table of nine
columns — label and three numbers, a 12 pt spacer column, label and three numbers —, the
first ⌈n / 2⌉ seed rows in the left half and the rest in the right half of the same table
rows, as one fits a long list on a slide; the header the four labels twice.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import BANDS, DARK, HEAD, HEADS, ROW, WHITE
from tests.generators.slides_office import _PptxSlides, filled_cell, seed_cell

SIZE = 6.5
HALF = (190.0, 50.0, 50.0, 50.0)  # pt, one half's four columns
SPACER = 12.0  # pt, between the halves
SPACER_COLUMN = 4


class PptxFoldedSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each progress table one 9-column table, rows folded in two."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        self.slide()
        y = self.title(title) - 6
        left = (len(rows) + 1) // 2
        n = left + 1  # table rows: the header and the left half's rows
        shape = self.current.shapes.add_table(n, 9, Pt(14), Pt(y), Pt(692), Pt(ROW * n))
        table = shape.table
        widths = (*HALF, SPACER, *HALF)
        for c, w in enumerate(widths):
            table.columns[c].width = Pt(w)
        heads = [header, *HEADS]
        for r in range(n):
            table.rows[r].height = Pt(ROW)
            filled_cell(table, r, SPACER_COLUMN, "FFFFFF")
            for half in (0, 1):
                for c in range(4):
                    col = c + half * (SPACER_COLUMN + 1)
                    fill = HEAD if r == 0 else BANDS[(r - 1) % 2]
                    par = filled_cell(table, r, col, fill)
                    par.alignment = PP_ALIGN.LEFT if c == 0 else PP_ALIGN.RIGHT
                    if r == 0:
                        self._run(par, heads[c], SIZE, True, WHITE)
                        continue
                    index = r - 1 + half * left
                    if index < len(rows):
                        value, axis = seed_cell(rows[index], c)
                        self._run(par, value, SIZE, axis, DARK)
