"""The seed 000 deck whose progress tables hold BOTH PERCENTAGES IN ONE CELL (fifty-eighth
held-out set, ``cot000_pptxslash``): three columns — the table's own label, « Points
restants », and one merged column headed « % Réalisé / % Programmé » whose every body cell
reads « <% Réalisé> / <% Programmé> » in one run (« 27 % / 16,4 % »), right-aligned.

One real PowerPoint table where ``cot000_pptx``'s starts (x = 14 pt, 692 pt wide), in its
banded look; every other slide as :class:`tests.generators.slides_office._PptxSlides` draws
it. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import BANDS, DARK, ROW, SIZE, PptxProgressSlides
from tests.generators.slides_office import filled_cell, seed_cell

WIDTHS = {False: (350, 114, 228), True: (380, 104, 208)}  # pt, CAE / ECI
LABELS = ("Points restants", "% Réalisé / % Programmé")


class PptxSlashSlides(PptxProgressSlides):
    """Progress tables on three columns, the two percentages merged in one cell."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        self.slide()
        y = self.title(title) - 6
        n = len(rows) + 1
        shape = self.current.shapes.add_table(n, 3, Pt(14), Pt(y), Pt(692), Pt(15 * n))
        table = shape.table
        for c, width in enumerate(WIDTHS[eci]):
            table.columns[c].width = Pt(width)
        self._head_row(table, [header, *LABELS])
        for r, row in enumerate(rows, start=1):
            table.rows[r].height = Pt(ROW)
            for c in range(3):
                par = filled_cell(table, r, c, BANDS[(r - 1) % 2])
                if c == 2:
                    done, axis = seed_cell(row, 2)
                    value = f"{done} / {seed_cell(row, 3)[0]}"
                else:
                    value, axis = seed_cell(row, c)
                self._run(par, value, SIZE, axis, DARK)
