"""The seed 000 deck whose progress tables STAND IN THEIR SLIDE'S TITLE BAR (hundred-and-fifty-
sixth held-out set, ``cot000_pptxvisiere``), as a presenter does who, short of room under the
title, stretches the title bar :data:`STRETCH` pt down and pulls the table up into it, taking
off the header row's fill so that its labels stand on the bar's blue: the bar
:data:`BAR_FILL`, :data:`BAR` pt high (not 44), the title where ``cot000_pptx`` has it, the
table's header row (unfilled, its labels bold white) the bar's lowest :data:`ROW` pt, the
body rows under the bar as ``cot000_pptx`` draws them.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import HEADS, ROW, WHITE, PptxProgressSlides

BAR_FILL = (0.0, 0.32, 0.55)  # the title bar's #00528C, as every slide's
TITLE_SIZE = 18.0  # pt
TITLE_BAR = 44.0  # pt, the usual bar the title is centred in
STRETCH = 14.0  # pt the bar is stretched down
BAR = TITLE_BAR + STRETCH
TOP = BAR - ROW  # the table's top: its header row the bar's lowest ROW pt


class PptxVisiereSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; each progress table's header row inside the title bar."""

    def _bar_title(self, title: str) -> None:
        """A new slide's title bar stretched to :data:`BAR` pt, its one-line title where
        ``cot000_pptx``'s stands (centred in the first :data:`TITLE_BAR` pt)."""
        lines = self.wrap(title, TITLE_SIZE, 680, bold=True)
        assert len(lines) == 1, title  # the two progress slides' titles hold on one line
        self.rect(0, 0, 720, BAR, BAR_FILL)
        y = (TITLE_BAR - TITLE_SIZE * 1.2) / 2 + TITLE_SIZE * 0.95
        self.draw_line(20, y, lines[0], TITLE_SIZE, WHITE)

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        self.slide()
        self._bar_title(title)
        table = self._progress_grid(TOP, len(rows), eci)
        self._head_row(table, [header, *HEADS], {c: PP_ALIGN.RIGHT for c in range(1, 4)})
        for c in range(4):
            table.cell(0, c).fill.background()  # type: ignore[attr-defined]
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill)
        table.rows[0].height = Pt(ROW)  # type: ignore[attr-defined]
