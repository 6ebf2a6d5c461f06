"""The seed 000 deck whose presenter made every axis row a SECTION BAR (hundred-and-forty-
third held-out set, ``cot000_pptxjoint``): in each progress table, EVERY ▼ AXIS ROW'S FOUR
CELLS MERGED INTO ONE (« Fusionner les cellules »), holding one bold paragraph — the axis'
label as composed, then a tab and each of its three figures — on RIGHT TAB STOPS at the
number columns' text right edges (:data:`STOPS`, from the merged cell's text left), so the
figures stand under their column labels with no column rule between them; the ▶ rows as
before.

The table is ``cot000_pptx``'s (where it stands, its columns, header, bands, margins and
stored 12 pt rows); every other slide as
:class:`tests.generators.progress_deck.PptxProgressSlides` draws it. Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, SIZE, PptxProgressSlides, tab_stops
from tests.generators.slides_office import filled_cell, seed_cell

# pt from the merged cell's text left (4 pt in): each number column's right edge less the
# 4 pt margins, the last 2 pt short of the cell's text edge (a stop on it wraps its figure)
STOPS = {False: (456.0, 570.0, 682.0), True: (476.0, 580.0, 682.0)}  # by ``eci``


class PptxJointSlides(PptxProgressSlides):
    """Progress tables whose axis rows are one merged cell, the figures after tabs."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        _, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        for r, row, fill in self._body_rows(table, rows):
            if not seed_cell(row, 0)[1]:  # a ▶ row as before
                self._seed_cells(table, r, row, fill)
                continue
            table.cell(r, 0).merge(table.cell(r, 3))  # type: ignore[attr-defined]
            for c in range(1, 4):  # the covered cells keep the row's band
                filled_cell(table, r, c, fill)
            par = filled_cell(table, r, 0, fill)
            tab_stops(par, STOPS[eci])
            text = "\t".join(seed_cell(row, c)[0] for c in range(4))
            self._run(par, text, SIZE, True, DARK)
