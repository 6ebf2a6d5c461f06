"""The seed 000 deck whose progress tables are restyled in a LIGHT THEME under ABBREVIATED
column labels (eighty-seventh held-out set, ``cot000_pptxraccourci``).

Each progress table is ``cot000_pptx``'s real PowerPoint table (same geometry, rows and
first column) but with no fill anywhere, the header row bold #1F3864 over a single
:data:`HEAD_RULE` pt #1F3864 rule, a :data:`ROW_RULE` pt #BFBFBF rule under every body row,
no vertical rule and no outer box; the number columns' labels abbreviated
(:data:`SHORT_HEADS`, not the seed's). Every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, SIZE
from tests.generators.slides_office import _PptxSlides, cell_rules, seed_cell

SHORT_HEADS = ("Pts rest.", "% réal.", "% prog.")  # as the author typed them
NAVY = "1F3864"
GREY = "BFBFBF"
HEAD_RULE = 1.5  # pt, under the header row
ROW_RULE = 0.5  # pt, under every body row


class PptxRaccourciSlides(_PptxSlides):
    """Progress tables in a light theme, their number columns' labels abbreviated."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        self.slide()
        table = self._progress_grid(self.title(title) - 6, len(rows), eci)
        table.first_row = table.horz_banding = False
        heads = [header, *SHORT_HEADS]
        navy = tuple(int(NAVY[i : i + 2], 16) / 255 for i in (0, 2, 4))
        for r in range(len(rows) + 1):
            table.rows[r].height = Pt(12)
            for c in range(4):
                cell = table.cell(r, c)
                cell.margin_top = cell.margin_bottom = Pt(1)
                cell.margin_left = cell.margin_right = Pt(4)
                cell.fill.background()
                if r == 0:
                    value, bold, colour = heads[c], True, navy
                    bottom = (NAVY, HEAD_RULE)
                else:
                    value, bold = seed_cell(rows[r - 1], c)
                    colour, bottom = DARK, (GREY, ROW_RULE)
                cell_rules(cell, (None, 0), (None, 0), (None, 0), bottom)
                par = cell.text_frame.paragraphs[0]
                par.alignment = PP_ALIGN.LEFT if c == 0 else PP_ALIGN.RIGHT
                self._run(par, value, SIZE, bold, colour)
