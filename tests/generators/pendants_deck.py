"""The seed 000 deck whose progress tables are CUT BY COLUMNS OVER TWO SLIDES (hundred-and-
fifty-fifth held-out set, ``cot000_pptxpendants``), as a presenter does who shows the points
still to win on one slide and the progress rates on the next: each table's slide replaced
by TWO SLIDES under the same title bar, each holding one real PowerPoint table where
``cot000_pptx``'s starts (x = 14 pt, its top where the table's is): on the first, the
table's own label column (« Les actions » 350 pt, « Actions Economie circulaire » 380 pt)
and « Points restants » (CAE 114 pt, ECI 104 pt); on the second, the same label column
again, then « % Réalisé » and « % Programmé » (CAE 114 / 114 pt, ECI 104 / 104 pt). Both
tables in ``cot000_pptx``'s look: the header row bold white 7.5 pt on #0073B3, the seed rows
in seed order on 12 pt rows, cell margins 1 pt / 4 pt, body rows banded #EAF1FA / white
from the first, ▼ rows bold, the first column composed as ``cot000_pptx`` composes it,
labels left-aligned, numbers right-aligned.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it: 17
slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import BANDS, DARK, HEAD, HEADS, ROW, SIZE, WHITE
from tests.generators.slides_office import _PptxSlides, filled_cell, seed_cell

LEFT = 14.0  # pt, the tables' left side
LABEL = {False: 350.0, True: 380.0}  # pt, the label column (CAE, ECI) as in cot000_pptx
NUMBER = {False: 114.0, True: 104.0}  # pt, a number column (CAE, ECI) as in cot000_pptx
# the seed columns of each slide's table after the label column: points, then percentages
SLIDES = ((1,), (2, 3))


class PptxPendantsSlides(_PptxSlides):
    """Each progress table over two slides: its labels with the points, then its labels
    with the two percentages."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        for columns in SLIDES:
            self.slide()
            self._part(self.title(title) - 6, header, rows, eci, columns)

    def _part(
        self, y: float, header: str, rows: list[tuple], eci: bool, columns: tuple[int, ...]
    ) -> None:
        """The table at ``y``: the label column then the seed's number ``columns``."""
        from pptx.util import Pt

        seed_columns = (0, *columns)
        widths = [LABEL[eci]] + [NUMBER[eci]] * len(columns)
        heads = (header, *HEADS)
        n = len(rows) + 1
        shape = self.current.shapes.add_table(  # type: ignore[attr-defined]
            n, len(seed_columns), Pt(LEFT), Pt(y), Pt(sum(widths)), Pt(ROW * n)
        )
        table = shape.table
        for c, w in enumerate(widths):
            table.columns[c].width = Pt(w)
        for r in range(n):
            table.rows[r].height = Pt(ROW)
            for c, seed_column in enumerate(seed_columns):
                if r == 0:
                    par = filled_cell(table, r, c, HEAD)
                    value, bold, colour = heads[seed_column], True, WHITE
                else:
                    par = filled_cell(table, r, c, BANDS[(r - 1) % 2])
                    value, bold = seed_cell(rows[r - 1], seed_column)
                    colour = DARK
                self._run(par, value, SIZE, bold, colour)
