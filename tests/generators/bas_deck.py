"""The seed 000 deck whose progress tables are « ALIGNÉS EN BAS » (hundred-and-forty-fifth
held-out set, ``cot000_pptxbas``), as a presenter does who aligns the text on each row's
foot: every body row :data:`BAS_ROW` pt high and EVERY CELL, header included, anchored at its
bottom (``anchor="b"``) with :data:`MARGINS` (top, bottom, left, right) pt margins, so each
value sits on its row's foot, the row's empty space above it.

One real PowerPoint table where ``cot000_pptx``'s is, in its text, colours, bands and
sizes; every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import HEADS, ROW, PptxProgressSlides

BAS_ROW = 13.5  # pt, a body row (18 pt, as first drawn, ran the CAE table off the slide)
MARGINS = (4.0, 0.0, 4.0, 4.0)  # pt: top, bottom, left, right


def anchor_bottom(table: object, r: int, c: int) -> None:
    """Cell (r, c) of ``table`` anchored at its bottom, :data:`MARGINS`."""
    from pptx.enum.text import MSO_ANCHOR
    from pptx.util import Pt

    cell = table.cell(r, c)  # type: ignore[attr-defined]
    cell.vertical_anchor = MSO_ANCHOR.BOTTOM
    top, bottom, left, right = MARGINS
    cell.margin_top, cell.margin_bottom = Pt(top), Pt(bottom)
    cell.margin_left, cell.margin_right = Pt(left), Pt(right)


class PptxBasSlides(PptxProgressSlides):
    """Progress tables whose every cell sits at its foot, the body rows 13.5 pt high."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        _, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS], {c: PP_ALIGN.RIGHT for c in range(1, 4)})
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill)
            table.rows[r].height = Pt(BAS_ROW)  # type: ignore[attr-defined]
        for r in range(len(rows) + 1):
            for c in range(4):
                anchor_bottom(table, r, c)
        table.rows[0].height = Pt(ROW)  # type: ignore[attr-defined]
