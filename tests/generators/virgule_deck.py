"""The seed 000 deck whose progress numbers have their DECIMALS SET SMALLER, « dashboard
style » (seventy-eighth held-out set, ``cot000_pptxvirgule``): in the three number columns,
every body number with a decimal part written as two runs, the integer part in 7.5 pt, then
the comma, the decimal digits and what follows (« % » with its space) in 5 pt, same font,
colour and weight, on the same baseline (« 16 » + « ,9 % »); whole numbers one run as before.

One real PowerPoint table where ``cot000_pptx``'s is, in its look; every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, SIZE, PptxProgressSlides

SMALL = 5.0  # pt: the comma, the decimals and what follows them


class PptxVirguleSlides(PptxProgressSlides):
    """Progress tables whose numbers' decimals are 5 pt after a 7.5 pt integer part."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        _, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill, write=self._decimals)

    def _decimals(self, par: object, c: int, value: str, axis: bool) -> None:
        if c > 0 and "," in value:
            whole, decimals = value.split(",", 1)
            self._run(par, whole, SIZE, axis, DARK)
            self._run(par, "," + decimals, SMALL, axis, DARK)
        else:
            self._run(par, value, SIZE, axis, DARK)
