"""The seed 000 deck whose progress tables carry A THIN PROGRESS-BAR COLUMN BETWEEN THE
LABELS AND THE NUMBERS (seventy-ninth held-out set, ``cot000_pptxbarrette``): one real
PowerPoint table of five columns — the table's own label (CAE 270, ECI 300 pt), an 80 pt
« Avancement » column (not in the seed) of empty cells, « Points restants », « % Réalisé »,
« % Programmé » (CAE 114, ECI 104 pt each) — and over each empty cell, drawn after the table
row by row, a 64 × 4 pt #D9D9D9 track and a #0073B3 bar of the row's « % Réalisé ».

``cot000_pptx``'s look otherwise; every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, ROW, SIZE, PptxProgressSlides
from tests.generators.slides_office import filled_cell, seed_cell

BAR_COL = 80.0  # pt
TRACK_W, TRACK_H = 64.0, 4.0  # pt
TRACK_DX, TRACK_DY = 8.0, 4.0  # pt from the column's left edge, the row's top
TRACK = (0xD9 / 255, 0xD9 / 255, 0xD9 / 255)
BAR = (0x00 / 255, 0x73 / 255, 0xB3 / 255)
LABEL = "Avancement"


def percent(value: str) -> float:
    """« 16,4 % » → 16.4; an empty value 0."""
    text = value.replace("%", "").replace(",", ".").strip()
    return float(text) if text else 0.0


class PptxBarretteSlides(PptxProgressSlides):
    """Progress tables with an « Avancement » column of drawn progress bars after the labels."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import PP_ALIGN

        widths = (
            (300.0, BAR_COL, 104.0, 104.0, 104.0) if eci else (270.0, BAR_COL, 114.0, 114.0, 114.0)
        )
        y, table = self._sized_grid(title, len(rows), widths)
        self._head_row(table, [header, LABEL, *HEADS], {1: PP_ALIGN.CENTER})
        for r, row, fill in self._body_rows(table, rows):
            for c, seed_column in enumerate((0, None, 1, 2, 3)):
                par = filled_cell(table, r, c, fill)
                value, axis = (
                    seed_cell(row, seed_column) if seed_column is not None else ("", False)
                )
                if value:
                    self._run(par, value, SIZE, axis, DARK)
                else:  # an empty cell's line in the rows' type size, not Impress's 18 pt
                    par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))  # type: ignore[attr-defined]
        left = 14 + widths[0] + TRACK_DX
        for r, row in enumerate(rows, start=1):
            top = y + ROW * r + TRACK_DY
            self.rect(left, top, TRACK_W, TRACK_H, TRACK)
            done = percent(seed_cell(row, 2)[0])
            if done > 0:
                self.rect(left, top, TRACK_W * min(done, 100.0) / 100, TRACK_H, BAR)
