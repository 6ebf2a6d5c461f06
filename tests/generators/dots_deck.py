"""The seed 000 deck whose progress percentages are COLOURED PASTILLES LEFT OF THE TABLE
(fifty-fourth held-out set, ``cot000_pptxdots``): each progress table one real PowerPoint
table of two columns — the table's own label and « Points restants » — from x = 88 pt, in
``cot000_pptx``'s banded look; each row's « % Réalisé » and « % Programmé » drawn left of it
as two ellipse shapes (34 × 11 pt at x = 14 and 50 pt) filled by value, the percentage the
shape's own bold white 6 pt text; their two labels in a #0073B3 band beside the header. The
pastilles are added after the table, row by row.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.inbar_deck import percent
from tests.generators.progress_deck import HEAD, HEADS, ROW, SIZE, WHITE, PptxProgressSlides
from tests.generators.slides_office import filled_cell, seed_cell

TABLE_LEFT = 88.0  # pt
WIDTHS = (514.0, 104.0)  # label, « Points restants »
DOT_X = (14.0, 50.0)  # « % Réalisé », « % Programmé »
DOT_W, DOT_H = 34.0, 11.0
DOT_SIZE = 6.0
LABEL_SIZE = 5.5
BAND = (14.0, 70.0)  # x, width of the labels' band


def dot_fill(value: str) -> str:
    """≥ 50 %: green, ≥ 20 %: orange, else grey."""
    p = percent(value)
    return "70AD47" if p >= 50 else "ED7D31" if p >= 20 else "A5A5A5"


class PptxDotsSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; each progress table's percentages as pastilles at its left."""

    def _shape(self, kind: object, x: float, y: float, w: float, h: float, fill: str) -> object:
        from pptx.dml.color import RGBColor
        from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
        from pptx.util import Pt

        shape = self.current.shapes.add_shape(kind, Pt(x), Pt(y), Pt(w), Pt(h))
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(fill)
        shape.line.fill.background()
        shape.shadow.inherit = False
        frame = shape.text_frame
        frame.word_wrap = False
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        frame.paragraphs[0].alignment = PP_ALIGN.CENTER
        return frame

    def _label(self, x: float, y: float, value: str) -> None:
        from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
        from pptx.util import Pt

        box = self.current.shapes.add_textbox(Pt(x), Pt(y), Pt(DOT_W), Pt(ROW))
        frame = box.text_frame
        frame.word_wrap = False
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        par = frame.paragraphs[0]
        par.alignment = PP_ALIGN.CENTER
        self._run(par, value, LABEL_SIZE, True, WHITE)

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        self.slide()
        y = self.title(title) - 6
        shape = self.current.shapes.add_table(
            len(rows) + 1, 2, Pt(TABLE_LEFT), Pt(y), Pt(sum(WIDTHS)), Pt(15 * (len(rows) + 1))
        )
        table = shape.table
        for c, w in enumerate(WIDTHS):
            table.columns[c].width = Pt(w)
        self._head_row(table, [header, HEADS[0]], {1: PP_ALIGN.RIGHT})
        for r, row, fill in self._body_rows(table, rows):
            for c in range(2):
                par = filled_cell(table, r, c, fill)
                value, axis = seed_cell(row, c)
                self._run(par, value, SIZE, axis, (0.12, 0.12, 0.12))
        self._shape(MSO_SHAPE.RECTANGLE, BAND[0], y, BAND[1], ROW, HEAD)
        for k, label in enumerate(HEADS[1:]):
            self._label(DOT_X[k], y, label)
        for r, row in enumerate(rows, start=1):
            top = y + ROW * r + (ROW - DOT_H) / 2
            for k, c in enumerate((2, 3)):
                value, axis = seed_cell(row, c)
                frame = self._shape(MSO_SHAPE.OVAL, DOT_X[k], top, DOT_W, DOT_H, dot_fill(value))
                self._run(frame.paragraphs[0], value, DOT_SIZE, True, WHITE)
