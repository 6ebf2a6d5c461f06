"""The seed 000 deck whose progress tables line their decimal commas up as an agent does
without decimal tabs (hundred-and-twenty-second held-out set, ``cot000_pptxmoitie``): EVERY
NUMBER COLUMN SPLIT INTO TWO CELLS AT THE DECIMAL COMMA, the integer part right-aligned
against the shared edge (0 pt right margin), the comma, decimals and « % » left-aligned from
it (0 pt left margin), the header labels merged across each pair.

One real PowerPoint table of seven columns where ``cot000_pptx``'s starts; every other
slide as :class:`tests.generators.progress_deck.PptxProgressSlides` (``cot000_pptx``) draws
it. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.progress_deck import DARK, HEADS, ROW, SIZE, PptxProgressSlides
from tests.generators.slides_office import filled_cell, seed_cell

LABEL = {False: 350.0, True: 380.0}  # pt, the label column (CAE, ECI)
INTEGER = {False: 70.0, True: 64.0}  # pt, a number's integer cell
FRACTION = {False: 44.0, True: 40.0}  # pt, its fraction cell


def split_number(value: str) -> tuple[str, str]:
    """``value`` cut before its decimal comma (« 16,4 % » → « 16 », « ,4 % »; « 27 % » →
    « 27 », «  % »; « 43 » → « 43 », « »)."""
    match = re.match(r"(\d+)(.*)", value)
    return (match.group(1), match.group(2)) if match else (value, "")


class PptxMoitieSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; each progress table's numbers cut at the decimal comma into
    two cells."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        widths = (LABEL[eci], *(w for _ in HEADS for w in (INTEGER[eci], FRACTION[eci])))
        _, table = self._sized_grid(title, len(rows), widths)
        for c in (1, 3, 5):
            table.cell(0, c).merge(table.cell(0, c + 1))  # type: ignore[attr-defined]
        for c, label in zip((0, 1, 3, 5), [header, *HEADS], strict=True):
            par = filled_cell(table, 0, c, "0073B3")
            self._head_run(par, label)
        table.rows[0].height = Pt(ROW)  # type: ignore[attr-defined]
        for r, row, fill in self._body_rows(table, rows):
            label, axis = seed_cell(row, 0)
            self._run(filled_cell(table, r, 0, fill), label, SIZE, axis, DARK)
            for k in range(3):
                whole, rest = split_number(seed_cell(row, k + 1)[0])
                left = 1 + 2 * k
                par = filled_cell(table, r, left, fill)
                table.cell(r, left).margin_right = Pt(0)  # type: ignore[attr-defined]
                self._run(par, whole, SIZE, axis, DARK)
                par = filled_cell(table, r, left + 1, fill)
                table.cell(r, left + 1).margin_left = Pt(0)  # type: ignore[attr-defined]
                par.alignment = PP_ALIGN.LEFT  # type: ignore[attr-defined]
                if rest:
                    self._run(par, rest, SIZE, axis, DARK)
                else:
                    par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))  # type: ignore[attr-defined]
