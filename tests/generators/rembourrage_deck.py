"""The seed 000 deck whose progress tables have WIDE LEFT AND RIGHT CELL MARGINS (two-
hundred-and-twenty-second held-out set, ``cot000_pptxrembourrage``): the presenter set
PowerPoint's « Marges de cellule » personnalisées on each progress table, every cell, header
and body, :data:`SIDE` pt (0.6 cm) left and right instead of ``cot000_pptx``'s 4 pt, top and
bottom 1 pt kept so no row grows: each label starts 17 pt into its cell, each number and
right-aligned header label ends 17 pt short of its column's right edge. The tables otherwise
``cot000_pptx``'s (x 14 pt, 692 pt wide, CAE 350 / 114 / 114 / 114 pt, ECI 380 / 104 / 104
/ 104 pt, header bold white on #0073B3, body banded #EAF1FA / white, 7.5 pt in 12 pt rows).

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it: 15
slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

SIDE = 0.6 / 2.54 * 72  # pt, 0.6 cm: each cell's left and right inner margins


class PptxRembourrageSlides(_PptxSlides):
    """``cot000_pptx``'s progress tables, every cell's side margins 0.6 cm wide."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        super().table(title, header, rows, eci)
        frame = [s for s in self.current.shapes if s.has_table][-1]  # type: ignore[attr-defined]
        for r in range(len(rows) + 1):
            for c in range(4):
                cell = frame.table.cell(r, c)
                cell.margin_left = cell.margin_right = Pt(SIDE)


__all__ = ["SIDE", "PptxRembourrageSlides"]
