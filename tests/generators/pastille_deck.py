"""The seed 000 deck whose progress numbers sit in rounded « pill » shapes, not in the table's
cells (eighty-sixth held-out set, ``cot000_pptxpastille``), as a designer « dresses » a
table: every body number cell is left empty (its band fill kept) and, after the table on the
slide (above it in the z-order), each non-empty seed number is a rounded rectangle
(``roundRect``, its corner radius half its height) 9.5 pt high and 56 pt wide, centred on its
cell as computed from the 12 pt rows, no outline, filled by column (« Points restants »
slate #5B6770, « % Réalisé » green #2E8B57, « % Programmé » blue #0073B3), holding the
number centred in white 7 pt DejaVu Sans Condensed, bold on ▼ axis rows; the pills added
row by row in seed order, a row's three left to right.

One real PowerPoint table where ``cot000_pptx``'s is, in its look; every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, ROW, SIZE, PptxProgressSlides
from tests.generators.slides_office import filled_cell, seed_cell

PILL_H, PILL_W = 9.5, 56.0  # pt
PILL_SIZE = 7.0
FILLS = ("5B6770", "2E8B57", "0073B3")  # points, % réalisé, % programmé


class PptxPastilleSlides(PptxProgressSlides):
    """Progress tables whose number cells are empty, the numbers in pills over them."""

    def _pill(self, x: float, top: float, value: str, fill: str, bold: bool) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
        from pptx.util import Pt

        shape = self.current.shapes.add_shape(  # type: ignore[attr-defined]
            MSO_SHAPE.ROUNDED_RECTANGLE, Pt(x), Pt(top), Pt(PILL_W), Pt(PILL_H)
        )
        shape.adjustments[0] = 0.5
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(fill)
        shape.line.fill.background()
        shape.shadow.inherit = False
        frame = shape.text_frame
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        frame.word_wrap = False
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        par = frame.paragraphs[0]
        par.alignment = PP_ALIGN.CENTER
        self._run(par, value, PILL_SIZE, bold, (1.0, 1.0, 1.0))

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        y, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        for r, row, fill in self._body_rows(table, rows):
            label, axis = seed_cell(row, 0)
            self._run(filled_cell(table, r, 0, fill), label, SIZE, axis, DARK)
            for c in (1, 2, 3):  # empty, at the table's text size
                par = filled_cell(table, r, c, fill)
                par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))  # type: ignore[attr-defined]
        widths = (380, 104, 104, 104) if eci else (350, 114, 114, 114)
        lefts = [14 + sum(widths[:c]) for c in range(4)]
        for r, row in enumerate(rows, start=1):
            top = y + ROW * r + (ROW - PILL_H) / 2
            for c in (1, 2, 3):
                value, axis = seed_cell(row, c)
                if value:
                    x = lefts[c] + (widths[c] - PILL_W) / 2
                    self._pill(x, top, value, FILLS[c - 1], axis)
