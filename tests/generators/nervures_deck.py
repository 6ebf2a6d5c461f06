"""The seed 000 deck whose progress tables' rows are told apart by HAND-DRAWN RULES
(hundred-and-fifty-eighth held-out set, ``cot000_pptxnervures``): each progress table where
``cot000_pptx``'s stands, in its look (header row bold white 7.5 pt on #0073B3, 12 pt rows,
cell margins 1 pt / 4 pt, ▼ rows bold, labels left-aligned, numbers right-aligned) BUT ITS
BODY CELLS UNFILLED, and over it one straight LINE SHAPE (a connector, 0.75 pt #8C8C8C) under
each body row across the table's width, as a presenter draws one under the first row and
duplicates it down the table with a 12.25 pt step: the first line 12 pt under the header's
foot, each next 12.25 pt lower, so the lines drift 0.25 pt a row below the rows' true
boundaries, the last ones through the next row's text.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it: 15
slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEAD, HEADS, ROW, SIZE, WHITE
from tests.generators.slides_office import _PptxSlides, filled_cell, seed_cell

LEFT = 14.0  # pt, the table's left side
WIDTHS = {False: (350.0, 114.0, 114.0, 114.0), True: (380.0, 104.0, 104.0, 104.0)}
STEP = 12.25  # pt, the duplicated lines' step (the rows are ROW = 12 pt)
LINE_WIDTH = 0.75  # pt
LINE_COLOUR = "8C8C8C"


class PptxNervuresSlides(_PptxSlides):
    """Each progress table unfilled under its header, hand-drawn rules drifting over it."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self.slide()
        y = self.title(title) - 6
        self._unfilled(y, header, rows, eci)
        self._rules(y, len(rows), sum(WIDTHS[eci]))

    def _unfilled(self, y: float, header: str, rows: list[tuple], eci: bool) -> None:
        """The table at ``y``: the header row filled, the body cells without fill."""
        from pptx.util import Pt

        widths = WIDTHS[eci]
        heads = (header, *HEADS)
        n = len(rows) + 1
        shape = self.current.shapes.add_table(  # type: ignore[attr-defined]
            n, 4, Pt(LEFT), Pt(y), Pt(sum(widths)), Pt(ROW * n)
        )
        table = shape.table
        for c, w in enumerate(widths):
            table.columns[c].width = Pt(w)
        for r in range(n):
            table.rows[r].height = Pt(ROW)
            for c in range(4):
                if r == 0:
                    par = filled_cell(table, r, c, HEAD)
                    value, bold, colour = heads[c], True, WHITE
                else:
                    par = filled_cell(table, r, c, "FFFFFF")
                    table.cell(r, c).fill.background()
                    value, bold = seed_cell(rows[r - 1], c)
                    colour = DARK
                self._run(par, value, SIZE, bold, colour)

    def _rules(self, y: float, n_rows: int, width: float) -> None:
        """One line shape under each of ``n_rows`` body rows, duplicated ``STEP`` apart."""
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_CONNECTOR
        from pptx.util import Pt

        for k in range(n_rows):
            at = y + ROW + ROW + k * STEP
            line = self.current.shapes.add_connector(  # type: ignore[attr-defined]
                MSO_CONNECTOR.STRAIGHT, Pt(LEFT), Pt(at), Pt(LEFT + width), Pt(at)
            )
            line.line.width = Pt(LINE_WIDTH)
            line.line.color.rgb = RGBColor.from_string(LINE_COLOUR)
