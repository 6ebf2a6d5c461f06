"""The seed 000 deck whose progress tables' columns are parted by EMPTY GUTTER COLUMNS
(sixty-second held-out set, ``cot000_pptxgutter``): each table on SEVEN COLUMNS — the label
column, a gutter, « Points restants », a gutter, « % Réalisé », a gutter, « % Programmé » —
of CAE 350 / 8 / 106 / 8 / 106 / 8 / 106 pt and ECI 380 / 8 / 96 / 8 / 96 / 8 / 96 pt, every
gutter cell, header row included, empty and filled white, so the blue header band and every
banded row are cut into four blocks by 8 pt white strips.

One real PowerPoint table where ``cot000_pptx``'s starts (same header, banding, type and
numbers); every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import BANDS, DARK, HEAD, HEADS, ROW, SIZE, WHITE
from tests.generators.slides_office import _PptxSlides, filled_cell, seed_cell

GUTTER = 8.0  # pt
WIDTHS = {False: (350, 106), True: (380, 96)}  # label column, each number column (pt)
GUTTER_FILL = "FFFFFF"


def _empty(par: object) -> None:
    """An empty cell's line in the rows' type size, not Impress's 18 pt."""
    par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))  # type: ignore[attr-defined]


class PptxGutterSlides(_PptxSlides):
    """Progress tables whose number columns each follow an empty white gutter column."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        self.slide()
        y = self.title(title) - 6
        label, number = WIDTHS[eci]
        widths = (label, GUTTER, number, GUTTER, number, GUTTER, number)
        shape = self.current.shapes.add_table(  # type: ignore[attr-defined]
            len(rows) + 1, len(widths), Pt(14), Pt(y), Pt(sum(widths)), Pt(15 * (len(rows) + 1))
        )
        table = shape.table
        for c, w in enumerate(widths):
            table.columns[c].width = Pt(w)
        for r in range(len(rows) + 1):
            table.rows[r].height = Pt(ROW)
            fill = HEAD if r == 0 else BANDS[(r - 1) % 2]
            for c in range(len(widths)):
                if c % 2:  # a gutter: empty, white
                    _empty(filled_cell(table, r, c, GUTTER_FILL))
                    continue
                par = filled_cell(table, r, c, fill)
                if r == 0:
                    self._run(par, header if c == 0 else HEADS[c // 2 - 1], SIZE, True, WHITE)
                    continue
                value, axis = seed_cell(rows[r - 1], c // 2)
                if value:
                    self._run(par, value, SIZE, axis, DARK)
                else:
                    _empty(par)
