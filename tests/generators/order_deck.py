"""The seed 000 deck whose progress tables' number columns come in ANOTHER ORDER
(thirty-ninth held-out set, ``cot000_pptxorder``): the two percentages first, the points left
last — « % Réalisé », « % Programmé », « Points restants » — as the territory's monitoring
workbook orders them, each value under its own (unchanged) label.

The tables are otherwise ``cot000_pptx``'s real PowerPoint tables (same geometry, fills,
banding and type); every other slide as :class:`tests.generators.slides_office._PptxSlides`
draws it. The values are the seed's, only their columns moved.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides, filled_cell, seed_cell

# seed columns (0: composed label, 1: points, 2: % done, 3: % programmed) in slide order
ORDER = (0, 2, 3, 1)
LABELS = {1: "Points restants", 2: "% Réalisé", 3: "% Programmé"}


class PptxOrderSlides(_PptxSlides):
    """Progress tables as ``cot000_pptx``'s, the number columns reordered."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self.slide()
        self._ordered(self.title(title) - 6, header, rows, eci)

    def _ordered(self, y: float, header: str, rows: list[tuple], eci: bool) -> None:
        """``_banded``'s table (header on #0073B3, body banded #EAF1FA / white from the
        first, 7.5 pt in 12 pt rows), its columns in :data:`ORDER`."""
        from pptx.util import Pt

        table = self._progress_grid(y, len(rows), eci)
        for r in range(len(rows) + 1):
            table.rows[r].height = Pt(12)
            for c, seed_column in enumerate(ORDER):
                if r == 0:
                    par = filled_cell(table, r, c, "0073B3")
                    value = header if seed_column == 0 else LABELS[seed_column]
                    self._run(par, value, 7.5, True, (1.0, 1.0, 1.0))
                    continue
                par = filled_cell(table, r, c, "EAF1FA" if r % 2 else "FFFFFF")
                value, axis = seed_cell(rows[r - 1], seed_column)
                self._run(par, value, 7.5, axis, (0.12, 0.12, 0.12))
