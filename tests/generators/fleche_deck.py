"""The seed 000 deck whose every « % Réalisé » cell ENDS WITH A COLOURED TREND ARROW
(ninety-first held-out set, ``cot000_pptxfleche``): as a dashboard template's conditional
icons put it beside the figure, after the seed's value a space, then one arrow glyph in a run
of its own — « ↗ » green where the row's « % Réalisé » is above its « % Programmé », « ↘ »
red where below, « → » grey where equal —: « 13,7 % ↗ ». No legend.

Each table ``cot000_pptx``'s real PowerPoint table otherwise; every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's (the arrows are not).
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, SIZE, PptxProgressSlides
from tests.generators.tendance_deck import trend

UP, DOWN, EVEN = "↗", "↘", "→"  # U+2197, U+2198, U+2192
COLOURS = {UP: "00B050", DOWN: "C00000", EVEN: "7F7F7F"}
DONE = 2  # the « % Réalisé » column


def arrow(row: tuple) -> str:
    """The arrow of a seed progress row: its « % Réalisé » against its « % Programmé »."""
    return trend(row, (UP, DOWN, EVEN))


class PptxFlecheSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; a trend arrow after every body « % Réalisé » value."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.dml.color import RGBColor
        from pptx.util import Pt

        _, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        for r, row, fill in self._body_rows(table, rows):

            def write(par: object, c: int, value: str, axis: bool, row: tuple = row) -> None:
                self._run(par, value, SIZE, axis, DARK)
                if c != DONE:
                    return
                glyph = arrow(row)
                self._run(par, " ", SIZE, axis, DARK)
                run = par.add_run()  # type: ignore[attr-defined]
                run.text = glyph
                run.font.size = Pt(SIZE)
                run.font.bold = False
                run.font.name = "DejaVu Sans Condensed"
                run.font.color.rgb = RGBColor.from_string(COLOURS[glyph])

            self._seed_cells(table, r, row, fill, write=write)
