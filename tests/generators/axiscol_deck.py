"""The seed 000 deck whose progress tables hold their AXIS LABELS IN A COLUMN OF THEIR OWN
(sixty-sixth held-out set, ``cot000_pptxaxiscol``): each table on FIVE columns — « Axe »
(not in the seed), the table's own label, « Points restants », « % Réalisé », « %
Programmé » — of CAE 130 / 220 / 114 / 114 / 114 pt and ECI 150 / 230 / 104 / 104 / 104 pt;
each ▼ axis's label in ONE FIRST-COLUMN CELL MERGED DOWN over its axis row and all its ▶
rows, bold, anchored in the middle, on #D6E3F0; the axis row's second cell empty, its
numbers bold; each ▶ row's label in the second cell; the last four columns banded.

One real PowerPoint table where ``cot000_pptx``'s starts (same header colours, type and
numbers); every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it.
Only the layout comes from here: every value is the seed's (the « Axe » label is not).
"""

from __future__ import annotations

from tests.generators.progress_deck import (
    BANDS,
    DARK,
    HEAD,
    HEADS,
    ROW,
    SIZE,
    WHITE,
    PptxProgressSlides,
)
from tests.generators.slides_office import filled_cell, seed_cell

WIDTHS = {False: (130, 220, 114, 114, 114), True: (150, 230, 104, 104, 104)}  # pt
AXIS_FILL = "D6E3F0"
AXIS_HEAD = "Axe"


def _empty(par: object) -> None:
    """An empty cell's line in the rows' type size, not Impress's 18 pt."""
    par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))  # type: ignore[attr-defined]


def _groups(rows: list[tuple]) -> list[tuple[int, int]]:
    """(first, last) body-row indexes (0-based) of each ▼ axis and its ▶ rows."""
    spans: list[tuple[int, int]] = []
    for i, row in enumerate(rows):
        if seed_cell(row, 0)[1]:
            spans.append((i, i))
        elif spans:
            spans[-1] = (spans[-1][0], i)
    return spans


class PptxAxisColSlides(PptxProgressSlides):
    """Progress tables whose ▼ axis labels sit in a first column merged over their rows."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
        from pptx.util import Pt

        _, table = self._sized_grid(title, len(rows), WIDTHS[eci])
        table.rows[0].height = Pt(ROW)
        for c, label in enumerate((AXIS_HEAD, header, *HEADS)):
            par = filled_cell(table, 0, c, HEAD)
            par.alignment = PP_ALIGN.RIGHT if c >= 2 else PP_ALIGN.LEFT  # type: ignore[attr-defined]
            self._run(par, label, SIZE, True, WHITE)
        for r, row in enumerate(rows, start=1):
            table.rows[r].height = Pt(ROW)
            fill = BANDS[(r - 1) % 2]
            axis = seed_cell(row, 0)[1]
            par = filled_cell(table, r, 0, AXIS_FILL if axis else fill)
            _empty(par)
            par = filled_cell(table, r, 1, fill)
            par.alignment = PP_ALIGN.LEFT  # type: ignore[attr-defined]
            if axis:
                _empty(par)
            else:
                self._run(par, seed_cell(row, 0)[0], SIZE, False, DARK)
            for c in range(1, 4):
                par = filled_cell(table, r, c + 1, fill)
                value = seed_cell(row, c)[0]
                if value:
                    self._run(par, value, SIZE, axis, DARK)
                else:
                    _empty(par)
        for first, last in _groups(rows):
            cell = table.cell(first + 1, 0)
            if last > first:
                cell.merge(table.cell(last + 1, 0))
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE
            par = cell.text_frame.paragraphs[0]
            self._run(par, seed_cell(rows[first], 0)[0], SIZE, True, DARK)
