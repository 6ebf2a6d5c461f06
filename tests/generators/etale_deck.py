"""The seed 000 deck whose progress tables' NUMBER COLUMNS ARE SPACED « TRÈS LARGE »
(hundred-and-twenty-seventh held-out set, ``cot000_pptxetale``), as a presenter does who
selects the three number columns and picks « Police › Espacement des caractères : Très
large » to give the figures air: every run of those columns' body cells with a character
spacing of +3 pt (``a:rPr spc="300"``), so each digit, the comma, the space and « % » are
followed by 3 pt more (« 5 8 , 7 »), still right-aligned; the header row and the label
column as ``cot000_pptx`` has them.

One real PowerPoint table where ``cot000_pptx``'s is, in its look; every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, SIZE, PptxProgressSlides

SPACING = 300  # hundredths of a point: « Très large », +3 pt


class PptxEtaleSlides(PptxProgressSlides):
    """Progress tables whose number columns' body cells are spaced by +3 pt."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        _, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill, write=self._spread)

    def _spread(self, par: object, c: int, value: str, axis: bool) -> None:
        self._run(par, value, SIZE, axis, DARK)
        if c > 0 and par.runs:  # type: ignore[attr-defined]
            par.runs[-1]._r.get_or_add_rPr().set("spc", str(SPACING))  # type: ignore[attr-defined]
