"""The seed 000 deck whose progress tables put EVERY ▼ AXIS ROW UNDER ITS ▶ ROWS (eightieth
held-out set, ``cot000_pptxpied``), as a pivot table pasted from a spreadsheet whose
« lignes de synthèse sous le détail » are on: each axis's ▶ rows first, in seed order, then
its ▼ row unchanged (marker, label, numbers, bold); the axes in seed order, the banding
counted over the rows in their new order.

One real PowerPoint table where ``cot000_pptx``'s is, in its look; every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import HEADS, PptxProgressSlides
from tests.generators.slides_office import seed_cell


def summary_below(rows: list[tuple]) -> list[tuple]:
    """The seed rows with each axis row moved after the sub-axis rows that follow it."""
    out: list[tuple] = []
    axis: tuple | None = None
    for row in rows:
        if seed_cell(row, 0)[1]:
            if axis is not None:
                out.append(axis)
            axis = row
        else:
            out.append(row)
    if axis is not None:
        out.append(axis)
    return out


class PptxPiedSlides(PptxProgressSlides):
    """Progress tables whose axis rows close their block instead of opening it."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        _, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        for r, row, fill in self._body_rows(table, summary_below(rows)):
            self._seed_cells(table, r, row, fill)
