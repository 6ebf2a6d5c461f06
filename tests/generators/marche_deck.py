"""The seed 000 deck whose progress tables hold their two levels in TWO OUTLINE COLUMNS
(hundred-and-nineteenth held-out set, ``cot000_pptxmarche``): each table pasted from a
workbook whose outline types the axis labels in column A and the sub-axis labels in column B
under an empty, narrow A, the author merging each axis label's two cells. One real
PowerPoint table where ``cot000_pptx``'s starts, on FIVE grid columns — an 18 pt outline
column, the label column (CAE 332 pt, ECI 362 pt), the three number columns unchanged —; the
header's and every ▼ axis row's first cell merged over the two first columns (``gridSpan``
2), every ▶ row's first cell empty and its label (code, « ▶ », label, no indent) in the
second column.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEAD, HEADS, ROW, SIZE, PptxProgressSlides
from tests.generators.slides_office import filled_cell

OUTLINE = 18.0  # pt, the outline column
WIDTHS = {  # CAE, ECI: the outline column, the label column, the three number columns
    False: (OUTLINE, 350.0 - OUTLINE, 114.0, 114.0, 114.0),
    True: (OUTLINE, 380.0 - OUTLINE, 104.0, 104.0, 104.0),
}


def _empty(par: object) -> None:
    """An empty cell's line in ``SIZE`` pt, not Impress's 18 pt."""
    par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))  # type: ignore[attr-defined]


class PptxMarcheSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; each progress table's levels in two outline columns."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        _, table = self._sized_grid(title, len(rows), WIDTHS[eci])
        self._head_run(filled_cell(table, 0, 0, HEAD), header)
        _empty(filled_cell(table, 0, 1, HEAD))
        for c, label in enumerate(HEADS, start=2):
            self._head_run(filled_cell(table, 0, c, HEAD), label)
        table.cell(0, 0).merge(table.cell(0, 1))  # type: ignore[attr-defined]
        table.rows[0].height = Pt(ROW)  # type: ignore[attr-defined]
        for r, row, fill in self._body_rows(table, rows):
            marker, code, label, *numbers = row
            axis = marker == "▼"
            text = f"{code + ' ' if code else ''}{marker} {label}"
            first = filled_cell(table, r, 0, fill)
            second = filled_cell(table, r, 1, fill)
            second.alignment = PP_ALIGN.LEFT  # type: ignore[attr-defined]
            if axis:
                self._run(first, text, SIZE, True, DARK)
                _empty(second)
                table.cell(r, 0).merge(table.cell(r, 1))  # type: ignore[attr-defined]
            else:
                _empty(first)
                self._run(second, text, SIZE, False, DARK)
            for c, value in enumerate(numbers, start=2):
                self._run(filled_cell(table, r, c, fill), value, SIZE, axis, DARK)
