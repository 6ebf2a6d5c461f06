"""The seed 000 deck whose progress tables are « DÉDOUBLÉES » BY COLUMNS OVER TWO SLIDES
(hundred-and-fifty-fourth held-out set, ``cot000_pptxdedouble``): to comment the points left
first and the rates of progress next, the presenter duplicated each progress table's slide,
deleted the two percentage columns on the first copy and the « Points restants » column on
the second, PowerPoint narrowing the table by each deleted column's width. So each table
(CAE, ECI) is printed on two consecutive slides under the same title bar, each a real
PowerPoint table where ``cot000_pptx``'s stands: its label column and :data:`PARTS`' columns
(« Points restants »; then « % Réalisé » and « % Programmé »), the widths ``cot000_pptx``'s
(CAE 350 / 114 / 114 / 114 pt, ECI 380 / 104 / 104 / 104 pt) — the seed rows in seed order
on both, every label printed twice —, the header row bold white on #0073B3, the body banded
#EAF1FA / white, 7.5 pt text in 12 pt rows: 17 slides.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides, filled_cell, seed_cell

LEFT = 14.0  # pt, the tables' left side, as ``cot000_pptx``'s
HEADS = ("Points restants", "% Réalisé", "% Programmé")  # the number columns 1–3
PARTS = ((1,), (2, 3))  # the number columns kept on the first slide, then on the second
WIDTHS = {False: (350.0, 114.0, 114.0, 114.0), True: (380.0, 104.0, 104.0, 104.0)}  # CAE, ECI
SIZE, ROW = 7.5, 12.0  # pt, the text and the rows
HEAD_FILL, BANDS = "0073B3", ("EAF1FA", "FFFFFF")
WHITE, DARK = (1.0, 1.0, 1.0), (0.12, 0.12, 0.12)


class PptxDedoubleSlides(_PptxSlides):
    """Each progress table on two slides: the label column with « Points restants », then
    the label column with the two percentages."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        for part in PARTS:
            self.slide()
            self._part(self.title(title) - 6, header, rows, eci, (0, *part))

    def _part(
        self, y: float, header: str, rows: list[tuple], eci: bool, columns: tuple[int, ...]
    ) -> None:
        """The table at ``y`` on the current slide keeping the seed ``columns`` (0 the label
        column): the header row, then a row a seed row, banded from the first."""
        from pptx.util import Pt

        widths = [WIDTHS[eci][c] for c in columns]
        n = len(rows) + 1
        shape = self.current.shapes.add_table(  # type: ignore[attr-defined]
            n, len(columns), Pt(LEFT), Pt(y), Pt(sum(widths)), Pt(15 * n)
        )
        table = shape.table
        for k, w in enumerate(widths):
            table.columns[k].width = Pt(w)
        heads = (header, *HEADS)
        for r in range(n):
            table.rows[r].height = Pt(ROW)
            for k, c in enumerate(columns):
                if r == 0:
                    par = filled_cell(table, r, k, HEAD_FILL)
                    value, bold, colour = heads[c], True, WHITE
                else:
                    par = filled_cell(table, r, k, BANDS[(r - 1) % 2])
                    value, bold = seed_cell(rows[r - 1], c)
                    colour = DARK
                self._run(par, value, SIZE, bold, colour)


__all__ = ["PARTS", "PptxDedoubleSlides"]
