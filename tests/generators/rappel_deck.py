"""The seed 000 deck whose progress numbers are « KPI TILES » OF TWO LINES (eighty-first
held-out set, ``cot000_pptxrappel``): every non-empty body number cell holds the seed's
number (7 pt, bold on ▼ rows, an exact 7.5 pt line) over a second paragraph, a grey 4.5 pt
caption recalling its column — « pts restants », « réalisé », « programmé » (not in the
seed) —, both right-aligned; cell margins 0.5 pt top and bottom, body rows 13 pt.

One real PowerPoint table where ``cot000_pptx``'s is, in its look; every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's; the captions are not.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, SIZE, PptxProgressSlides
from tests.generators.slides_office import filled_cell, seed_cell

NUMBER = 7.0  # pt: the number
NUMBER_LINE = 7.5  # pt: its exact line
CAPTION = 4.5  # pt: the caption, on an exact line of the same height
GREY = (0.43, 0.43, 0.43)  # #6E6E6E
CAPTIONS = ("pts restants", "réalisé", "programmé")  # columns 1–3
ROW = 13.0  # pt
MARGIN = 0.5  # pt: the cells' top and bottom margins


def _exact(par: object, points: float) -> None:
    """``par``'s line spacing exactly ``points`` pt."""
    from pptx.util import Pt

    par.line_spacing = Pt(points)  # type: ignore[attr-defined]


class PptxRappelSlides(PptxProgressSlides):
    """Progress tables whose number cells hold the number over a small grey caption."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        _, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        for r, row, fill in self._body_rows(table, rows):
            table.rows[r].height = Pt(ROW)  # type: ignore[attr-defined]
            for c in range(4):
                par = filled_cell(table, r, c, fill)
                cell = table.cell(r, c)  # type: ignore[attr-defined]
                cell.margin_top = cell.margin_bottom = Pt(MARGIN)
                value, axis = seed_cell(row, c)
                if not value:
                    par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))  # type: ignore[attr-defined]
                    continue
                if c == 0:
                    self._run(par, value, SIZE, axis, DARK)
                    continue
                _exact(par, NUMBER_LINE)
                self._run(par, value, NUMBER, axis, DARK)
                below = cell.text_frame.add_paragraph()
                below.alignment = par.alignment  # type: ignore[attr-defined]
                _exact(below, CAPTION)
                self._run(below, CAPTIONS[c - 1], CAPTION, False, GREY)
