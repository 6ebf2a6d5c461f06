"""The seed 000 deck whose progress tables were PASTED FROM A WORKBOOK WITH THEIR CONDITIONAL
FORMATTING (« feux ») KEPT AS FIXED FILLS (seventy-second held-out set, ``cot000_pptxfeux``):
each table where and as ``cot000_pptx`` draws it, but every « % Réalisé » and « % Programmé »
body cell filled by its own value — 0 % dark red #C00000 with white text, below 15 % light
orange #F8CBAD, below 30 % yellow #FFE699, 30 % and over green #00B050 with white text — and,
6 pt under the table's nominal bottom, a one-line colour legend (« Avancement : » then a
7 × 7 pt square of each fill and its text, 6.5 pt #404040).

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the
layout comes from here: every value is the seed's (the legend is not).
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, ROW, SIZE, WHITE, PptxProgressSlides
from tests.generators.remarks_deck import _percent
from tests.generators.slides_office import filled_cell, seed_cell

WIDTHS = {False: (350, 114, 114, 114), True: (380, 104, 104, 104)}  # CAE, ECI (pt)
# (fill, text colour, legend text), from 0 % up: 0 %, below 15 %, below 30 %, 30 % and over
CLASSES = (
    ("C00000", WHITE, "0 %"),
    ("F8CBAD", DARK, "moins de 15 %"),
    ("FFE699", DARK, "15 à 30 %"),
    ("00B050", WHITE, "30 % et plus"),
)
LEGEND = "Avancement :"
LEGEND_SIZE = 6.5
LEGEND_GREY = (0.25, 0.25, 0.25)  # #404040
SQUARE = 7.0  # pt


def feu(value: str) -> tuple[str, tuple[float, float, float], str]:
    """The class of a percentage: its fill, its text colour and its legend text."""
    v = _percent(value)
    if v == 0:
        return CLASSES[0]
    if v < 15:
        return CLASSES[1]
    if v < 30:
        return CLASSES[2]
    return CLASSES[3]


def _hex(color: str) -> tuple[float, float, float]:
    return (int(color[0:2], 16) / 255, int(color[2:4], 16) / 255, int(color[4:6], 16) / 255)


class PptxFeuxSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; each progress table's percentages filled by value, a legend
    under it."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        top, table = self._sized_grid(title, len(rows), WIDTHS[eci])
        self._head_row(table, [header, *HEADS])
        for r, row, band in self._body_rows(table, rows):
            for c in range(4):
                value, axis = seed_cell(row, c)
                fill, colour = band, DARK
                if c >= 2:
                    fill, colour, _ = feu(value)
                self._run(filled_cell(table, r, c, fill), value, SIZE, axis, colour)
        self._legend(top + (len(rows) + 1) * ROW + 6)

    def _legend(self, y: float) -> None:
        """The legend line whose squares' tops are at ``y``."""
        base = y + SQUARE - 0.5
        x = 14.0
        self.text(x, base, LEGEND, LEGEND_SIZE, "regular", LEGEND_GREY)
        x += self.width(LEGEND, LEGEND_SIZE) + 10
        for fill, _, label in CLASSES:
            self.rect(x, y, SQUARE, SQUARE, _hex(fill))
            x += SQUARE + 3
            self.text(x, base, label, LEGEND_SIZE, "regular", LEGEND_GREY)
            x += self.width(label, LEGEND_SIZE) + 14
