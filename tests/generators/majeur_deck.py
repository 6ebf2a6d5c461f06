"""The seed 000 deck whose author made the FIGURES « RESSORTIR » (hundred-and-fortieth
held-out set, ``cot000_pptxmajeur``): in each progress table, every figure of the three
number columns (« Points restants », « % Réalisé », « % Programmé ») :data:`BIG` pt bold
:data:`BLUE`, on every body row, beside the 7.5 pt labels; every cell top-anchored as
before, so a row's label and its figures are not on one baseline, Impress growing the rows
to the bigger line where it needs.

The table is ``cot000_pptx``'s (where it stands, its columns, header, bands, margins and
stored 12 pt rows); every other slide as
:class:`tests.generators.progress_deck.PptxProgressSlides` draws it. Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, SIZE, PptxProgressSlides

BIG = 9.0  # pt, the figures
BLUE = (0.0, 0x73 / 255, 0xB3 / 255)  # #0073B3


class PptxMajeurSlides(PptxProgressSlides):
    """Progress tables whose figures are set bigger, bold and blue."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        _, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill, write=self._write)

    def _write(self, par: object, c: int, value: str, axis: bool) -> None:
        """A label as before (bold on an axis row); a figure :data:`BIG` pt bold blue."""
        if c == 0:
            self._run(par, value, SIZE, axis, DARK)
        else:
            self._run(par, value, BIG, True, BLUE)
