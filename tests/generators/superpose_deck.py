"""The seed 000 deck whose progress figures are TYPED IN TEXT BOXES LAID OVER THE TABLE'S
EMPTY NUMBER CELLS (hundred-and-thirty-second held-out set, ``cot000_pptxsuperpose``), as an
author does who pastes a spreadsheet's columns of figures as text, one text box a column,
over a table whose number cells he left empty, and sets the boxes' line spacing by eye:
« Exactement » :data:`LINE` pt against the table's :data:`~tests.generators.progress_deck.ROW`
pt rows, so each line stands a little higher than the one before it did against its row,
the last ones drifting up to half a row.

The table is ``cot000_pptx``'s (where it stands, its columns, header, bands and label
cells), its three number columns' body cells empty; every other slide as
:class:`tests.generators.progress_deck.PptxProgressSlides` draws it. Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, ROW, SIZE, PptxProgressSlides
from tests.generators.slides_office import filled_cell, seed_cell

LINE = 11.75  # pt, the boxes' exact line spacing
LEFT = 14.0  # pt, the table's left edge
WIDTHS = {False: (350.0, 114.0, 114.0, 114.0), True: (380.0, 104.0, 104.0, 104.0)}
INSET = 4.0  # pt, a box's left and right insets (the cells' margins)


class PptxSuperposeSlides(PptxProgressSlides):
    """Progress tables whose figures are in three text boxes over empty number cells."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        y, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill, columns=range(1))
            for c in range(1, 4):
                par = filled_cell(table, r, c, fill)
                par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))  # type: ignore[attr-defined]
        widths = WIDTHS[eci]
        top = y + ROW
        for c in range(1, 4):
            x = LEFT + sum(widths[:c])
            frame = self._box(x, top, widths[c], ROW * len(rows))
            frame.margin_left = frame.margin_right = Pt(INSET)  # type: ignore[attr-defined]
            for k, row in enumerate(rows):
                par = frame.paragraphs[0] if k == 0 else frame.add_paragraph()  # type: ignore[attr-defined]
                par.alignment = PP_ALIGN.RIGHT
                par.space_before = par.space_after = Pt(0)
                par.line_spacing = Pt(LINE)
                value, axis = seed_cell(row, c)
                if value:
                    self._run(par, value, SIZE, axis, DARK)
                else:
                    par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))
