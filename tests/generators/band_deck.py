"""The seed 000 deck whose progress tables' AXIS ROWS ARE MERGED BANDS (forty-fourth held-out
set, ``cot000_pptxband``): one real PowerPoint table each, as ``cot000_pptx`` draws it, but
every ▼ axis row one cell merged across the four columns (« Fusionner les cellules ») on a
#BDD7EE band, holding one paragraph: the axis label, then its three numbers each after a tab
character on right-aligned tab stops set by eye on the ruler.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import (
    BANDS,
    DARK,
    HEADS,
    SIZE,
    PptxProgressSlides,
    tab_stops,
)
from tests.generators.slides_office import filled_cell, seed_cell

BAND = "BDD7EE"
# right-aligned tab stops of a band, pt from the merged cell's text left edge
STOPS = {False: (454.0, 568.0, 676.0), True: (470.0, 574.0, 676.0)}


class PptxBandSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; each progress table's axis rows merged into one band."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        _, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        band = 0  # ▶ rows since the last band
        for r, row, _ in self._body_rows(table, rows):
            if row[0] == "▼":
                table.cell(r, 0).merge(table.cell(r, 3))  # type: ignore[attr-defined]
                par = filled_cell(table, r, 0, BAND)
                tab_stops(par, STOPS[eci])
                text = "\t".join(seed_cell(row, c)[0] for c in range(4))
                self._run(par, text, SIZE, True, DARK)
                band = 0
                continue
            fill = BANDS[band % 2]
            for c in range(4):
                self._run(filled_cell(table, r, c, fill), seed_cell(row, c)[0], SIZE, False, DARK)
            band += 1
