"""The seed 000 deck whose progress tables are laid out as a « PALMARÈS », FIGURES FIRST
(hundred-and-sixty-first held-out set, ``cot000_pptxpalmares``), as a presenter rebuilds them
on a scoreboard slide reused from another deck: each table's columns in the order « Points
restants », « % Réalisé », « % Programmé », THEN THE LABEL COLUMN (the table's own label as
its header), CAE 114 / 114 / 114 / 350 pt, ECI 104 / 104 / 104 / 380 pt; the figures
right-aligned in the three first columns, ``cot000_pptx``'s composed first cell (code,
indent, marker, label) left-aligned in the last; header, banding, type and rows as
``cot000_pptx``'s.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it: 15
slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import (
    DARK,
    HEAD,
    HEADS,
    ROW,
    SIZE,
    WHITE,
    PptxProgressSlides,
)
from tests.generators.slides_office import filled_cell, seed_cell

WIDTHS = {False: (114.0, 114.0, 114.0, 350.0), True: (104.0, 104.0, 104.0, 380.0)}
ORDER = (1, 2, 3, 0)  # the seed column (0: composed label, 1–3: figures) of each slide column


class PptxPalmaresSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; each progress table's figures before its label column."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        _, table = self._sized_grid(title, len(rows), WIDTHS[eci])
        labels = (header, *HEADS)
        for c, seed_column in enumerate(ORDER):
            self._run(self._cell(table, 0, c, HEAD), labels[seed_column], SIZE, True, WHITE)
        table.rows[0].height = Pt(ROW)  # type: ignore[attr-defined]
        for r, row, fill in self._body_rows(table, rows):
            for c, seed_column in enumerate(ORDER):
                par = self._cell(table, r, c, fill)
                value, axis = seed_cell(row, seed_column)
                if value:
                    self._run(par, value, SIZE, axis, DARK)
                else:  # an empty cell's line in SIZE pt, not Impress's 18 pt
                    par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))  # type: ignore[attr-defined]

    @staticmethod
    def _cell(table: object, r: int, c: int, fill: str) -> object:
        """Cell (r, c) filled with ``fill``: the label column (the last) left-aligned, the
        figures right-aligned; returns its paragraph."""
        from pptx.enum.text import PP_ALIGN

        par = filled_cell(table, r, c, fill)
        par.alignment = PP_ALIGN.LEFT if ORDER[c] == 0 else PP_ALIGN.RIGHT  # type: ignore[attr-defined]
        return par
