"""The seed 000 deck whose progress percentages are written INSIDE DATA BARS (forty-sixth
held-out set, ``cot000_pptxinbar``): one real PowerPoint table each, as ``cot000_pptx``
draws it, but the « % Réalisé » and « % Programmé » body cells empty; over each of those
cells a rectangle p / 100 of the column long carries the seed percentage as its own text,
left-aligned inside the bar's left end, word wrap off — « des barres de progression » drawn
by hand. The bars are added after the table, row by row.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, ROW, SIZE, PptxProgressSlides
from tests.generators.slides_office import filled_cell, seed_cell

BAR_FILLS = ("9DC3E6", "C5E0B4")  # « % Réalisé », « % Programmé »
BAR_SIZE = 6.5
LEFT = 14.0  # pt, the table's left edge
BAR_INSET = 4.0  # pt, from the column's left edge
BAR_TOP = 2.0  # pt, below the row's top
BAR_HEIGHT = 8.0  # pt


def percent(value: str) -> float:
    """« 16,4 % » → 16.4."""
    return float(value.replace("%", "").replace(",", ".").strip())


def _end_size(par: object, size: float) -> None:
    """An empty paragraph's size (``a:endParaRPr``), as the table's font size selected over
    the whole table sets it: without it an empty cell keeps the 18 pt default and its row
    grows."""
    from pptx.oxml.xmlchemy import OxmlElement

    end = OxmlElement("a:endParaRPr")
    end.set("lang", "fr-FR")
    end.set("sz", str(round(size * 100)))
    par._p.append(end)  # type: ignore[attr-defined]


class PptxInbarSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; each progress table's percentages inside data bars."""

    def _bar(self, x: float, y: float, length: float, fill: str, value: str, bold: bool) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
        from pptx.util import Pt

        shape = self.current.shapes.add_shape(
            MSO_SHAPE.RECTANGLE, Pt(x), Pt(y), Pt(length), Pt(BAR_HEIGHT)
        )
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(fill)
        shape.line.fill.background()
        frame = shape.text_frame
        frame.word_wrap = False
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.margin_left = Pt(2)
        frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        par = frame.paragraphs[0]
        par.alignment = PP_ALIGN.LEFT
        self._run(par, value, BAR_SIZE, bold, DARK)

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        y, table = self._new_grid(title, rows, eci)
        widths = (380.0, 104.0, 104.0, 104.0) if eci else (350.0, 114.0, 114.0, 114.0)
        self._head_row(table, [header, *HEADS])
        for r, row, fill in self._body_rows(table, rows):
            for c in range(4):
                par = filled_cell(table, r, c, fill)
                if c < 2:
                    value, axis = seed_cell(row, c)
                    self._run(par, value, SIZE, axis, DARK)
                else:  # the percentages' cells stay empty, their empty paragraph at 7.5 pt
                    _end_size(par, SIZE)
        for r, row in enumerate(rows, start=1):
            top = y + ROW * r + BAR_TOP
            for k, c in enumerate((2, 3)):
                value, axis = seed_cell(row, c)
                width = widths[c]
                x = LEFT + sum(widths[:c]) + BAR_INSET
                length = max(percent(value) / 100 * (width - 2 * BAR_INSET), 1.0)
                self._bar(x, top, length, BAR_FILLS[k], value, axis)
