"""The seed 000 deck whose progress tables are laid out « EN GRADINS » (hundred-and-sixtieth
held-out set, ``cot000_pptxgradins``): the presenter set the tables out like a financial
statement, the details in retreat from the totals — every ▶ sub-axis row's three number
cells given a RIGHT MARGIN of 0.75 cm (:data:`DETAIL_MARGIN`, « Marges de cellule ›
Droite ») instead of 4 pt, so their figures end 17.3 pt left of the ▼ axis rows' figures
and of the header labels: every number column has two right edges, the figures stepping in
and out down the table. The tables otherwise ``cot000_pptx``'s (x 14 pt, 692 pt wide, CAE
350 / 114 / 114 / 114 pt, ECI 380 / 104 / 104 / 104 pt, header bold white on #0073B3, body
banded #EAF1FA / white, 7.5 pt in 12 pt rows).

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

DETAIL_MARGIN = 21.3  # pt, 0.75 cm


class PptxGradinsSlides(_PptxSlides):
    """``cot000_pptx``'s progress tables, the sub-axis figures set in from the right."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        super().table(title, header, rows, eci)
        frame = [s for s in self.current.shapes if s.has_table][-1]  # type: ignore[attr-defined]
        for r, row in enumerate(rows, start=1):
            if self._seed_cell(row, 0)[1]:  # a ▼ axis row: flush right, as a total
                continue
            for c in (1, 2, 3):
                frame.table.cell(r, c).margin_right = Pt(DETAIL_MARGIN)


__all__ = ["DETAIL_MARGIN", "PptxGradinsSlides"]
