"""The seed 000 deck whose progress tables come PERCENTAGES FIRST WITH A TOTAL ROW ON TOP
(fifty-first held-out set, ``cot000_pptxtoptotal``): the table's own label, « % Réalisé »,
« % Programmé », « Points restants », and right under the header a bold « Total » row (the
▼ axis rows' points summed, the percentages empty; not in the seed), the seed rows under it.

One real PowerPoint table where ``cot000_pptx``'s starts, in its banded look; every other
slide as :class:`tests.generators.slides_office._PptxSlides` draws it.
"""

from __future__ import annotations

from tests.generators.order_deck import LABELS, ORDER
from tests.generators.progress_deck import BANDS, DARK, HEAD, ROW, SIZE, WHITE
from tests.generators.slides_office import _PptxSlides, filled_cell, seed_cell
from tests.generators.total_deck import total_points


class PptxTopTotalSlides(_PptxSlides):
    """Progress tables with the number columns reordered and a « Total » row first."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        self.slide()
        table = self._progress_grid(self.title(title) - 6, len(rows) + 1, eci)
        total = {0: "Total", 1: "", 2: "", 3: total_points(rows)}
        for r in range(len(rows) + 2):
            table.rows[r].height = Pt(ROW)  # type: ignore[attr-defined]
            for c, seed_column in enumerate(ORDER):
                if r == 0:
                    par = filled_cell(table, r, c, HEAD)
                    value = header if seed_column == 0 else LABELS[seed_column]
                    self._run(par, value, SIZE, True, WHITE)
                    continue
                par = filled_cell(table, r, c, BANDS[(r - 1) % 2])
                if r == 1:
                    value, bold = total[c], True
                else:
                    value, bold = seed_cell(rows[r - 2], seed_column)
                if value:
                    self._run(par, value, SIZE, bold, DARK)
                else:  # an empty cell's line in the rows' type size, not Impress's 18 pt
                    par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))
