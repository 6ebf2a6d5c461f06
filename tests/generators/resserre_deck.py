"""The seed 000 deck whose progress tables' LABEL COLUMN IS SET IN CONDENSED TYPE
(seventy-third held-out set, ``cot000_pptxresserre``), as a presenter does who selects the
first column and chooses « Police › Espacement des caractères : Condensé de 0,8 pt » to keep
the long labels on one line: every run of the first column's body cells (▼ axis rows and ▶
rows, marker, code and label) with a character spacing of −0.8 pt (``a:rPr spc="-80"``); the
header row and the three number columns as ``cot000_pptx`` has them.

One real PowerPoint table where ``cot000_pptx``'s is, in its look; every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, SIZE, PptxProgressSlides

SPACING = -80  # hundredths of a point: « Condensé de 0,8 pt »


class PptxResserreSlides(PptxProgressSlides):
    """Progress tables whose label column's body cells are condensed by 0.8 pt."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        _, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill, write=self._condensed)

    def _condensed(self, par: object, c: int, value: str, axis: bool) -> None:
        self._run(par, value, SIZE, axis, DARK)
        if c == 0:
            par.runs[-1]._r.get_or_add_rPr().set("spc", str(SPACING))  # type: ignore[attr-defined]
