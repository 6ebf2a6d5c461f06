"""The seed 000 deck whose progress tables have THICK WHITE CELL BORDERS AND DARK AXIS ROWS
(fifty-seventh held-out set, ``cot000_pptxdarkaxis``): PowerPoint's « Style moyen 2 » look,
every cell's four borders 3 pt white, the header bold white on #0073B3, the non-axis rows
banded #D6E3F0 / #EBF1F8, and every ▼ axis row filled dark navy #1F4E79 with bold white text
(like a second header row), the banding restarting with the light fill after it.

One real PowerPoint table where ``cot000_pptx``'s starts; every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEAD, HEADS, ROW, SIZE, WHITE
from tests.generators.slides_office import _PptxSlides, cell_rules, filled_cell, seed_cell

AXIS = "1F4E79"
BANDS = ("D6E3F0", "EBF1F8")
BORDER = 3.0  # pt, white


def white_borders(cell: object, width: float = BORDER) -> None:
    """The cell's four borders ``width`` pt white (« Bordures », « Toutes les bordures »)."""
    rule = ("FFFFFF", width)
    cell_rules(cell, rule, rule, rule, rule)


class PptxDarkAxisSlides(_PptxSlides):
    """Progress tables with thick white borders and dark ▼ axis rows."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        self.slide()
        table = self._progress_grid(self.title(title) - 6, len(rows), eci)
        band = 0
        for r in range(len(rows) + 1):
            table.rows[r].height = Pt(ROW)  # type: ignore[attr-defined]
            axis = r > 0 and seed_cell(rows[r - 1], 0)[1]
            if r == 0:
                fill = HEAD
            elif axis:
                fill, band = AXIS, 0
            else:
                fill, band = BANDS[band % 2], band + 1
            for c in range(4):
                par = filled_cell(table, r, c, fill)
                white_borders(table.cell(r, c))  # type: ignore[attr-defined]
                if r == 0:
                    self._run(par, header if c == 0 else HEADS[c - 1], SIZE, True, WHITE)
                    continue
                value, _ = seed_cell(rows[r - 1], c)
                if value:
                    self._run(par, value, SIZE, axis, WHITE if axis else DARK)
                else:  # an empty cell's line in the rows' type size, not Impress's 18 pt
                    par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))
