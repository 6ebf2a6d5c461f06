"""The seed 000 deck whose progress tables tell A ROW'S LEVEL BY THE TYPE SIZE OF ITS LABEL
ONLY (ninety-fifth held-out set, ``cot000_pptxpalier``), as a consultancy's template shows a
referential's levels: the first cell without ▼ / ▶ marker, indent nor bold — the seed code
where there is one, a space, the label —, an axis row's 9.5 pt, a sub-axis row's 6.5 pt,
both regular; the numbers 7.5 pt regular on every row.

One real PowerPoint table where ``cot000_pptx``'s starts, in its banded look; every other
slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, PptxProgressSlides
from tests.generators.slides_office import filled_cell

AXIS_SIZE = 9.5  # pt, an axis row's label
SUB_SIZE = 6.5  # pt, a sub-axis row's label


class PptxPalierSlides(PptxProgressSlides):
    """Progress tables whose labels carry no marker, indent nor bold: their size alone
    tells an axis from a sub-axis."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        _, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        for r, row, fill in self._body_rows(table, rows):
            marker, code, label = row[:3]
            par = filled_cell(table, r, 0, fill)
            size = AXIS_SIZE if marker == "▼" else SUB_SIZE
            self._run(par, f"{code + ' ' if code else ''}{label}", size, False, DARK)
            self._seed_cells(table, r, row, fill, columns=range(1, 4), bold=False)
