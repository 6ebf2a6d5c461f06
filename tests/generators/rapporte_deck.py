"""The seed 000 deck whose progress tables were PASTED WITHOUT THEIR LABEL ROW and GIVEN A
HEADER BAR DRAWN BY HAND (hundred-and-seventeenth held-out set, ``cot000_pptxrapporte``): each
progress table a real PowerPoint table of the body rows only (``cot000_pptx``'s columns,
12 pt rows, banded from the first, ▼ rows bold, numbers right-aligned) 12 pt lower than
``cot000_pptx``'s starts, and where the header row was a 692 × 12 pt #0073B3 RECTANGLE (an
autoshape, no outline) holding one paragraph: the table's own label, then « Points
restants », « % Réalisé », « % Programmé » each after a tab, bold white 7.5 pt, on
right-aligned tab stops set by eye, each label's right edge :data:`OFF` pt left of the
numbers' right edge under it.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import HEAD, HEADS, ROW, PptxProgressSlides, tab_stops

LEFT = 14.0  # pt, the table's and the bar's left edge
WIDTH = 692.0  # pt
INSET = 4.0  # pt, the bar's text insets left and right (the cells' margins)
OFF = 6.0  # pt, each label's right edge left of the numbers' right edge
WIDTHS = {False: (350, 114, 114, 114), True: (380, 104, 104, 104)}  # CAE, ECI


def label_stops(eci: bool) -> tuple[float, ...]:
    """The bar's tab stops (pt from its text's left edge): each number column's right edge
    less the cell's right margin and :data:`OFF` (CAE 468 / 582 / 696 pt from the slide's
    left, ECI 488 / 592 / 696 pt)."""
    widths = WIDTHS[eci]
    stops, right = [], LEFT
    for w in widths:
        right += w
        stops.append(right - INSET - OFF - (LEFT + INSET))
    return tuple(stops[1:])


class PptxRapporteSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; each progress table headerless under a drawn label bar."""

    def _bar(self, y: float, header: str, eci: bool) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
        from pptx.util import Pt

        shape = self.current.shapes.add_shape(  # type: ignore[attr-defined]
            MSO_SHAPE.RECTANGLE, Pt(LEFT), Pt(y), Pt(WIDTH), Pt(ROW)
        )
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(HEAD)
        shape.line.fill.background()
        shape.shadow.inherit = False
        frame = shape.text_frame
        frame.margin_left = frame.margin_right = Pt(INSET)
        frame.margin_top = frame.margin_bottom = Pt(0)
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        frame.word_wrap = False
        par = frame.paragraphs[0]
        par.alignment = PP_ALIGN.LEFT
        tab_stops(par, label_stops(eci))
        self._head_run(par, header)
        for label in HEADS:
            self._head_run(par, "\t" + label)

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        self.slide()
        y = self.title(title) - 6
        self._bar(y, header, eci)
        widths = WIDTHS[eci]
        shape = self.current.shapes.add_table(  # type: ignore[attr-defined]
            len(rows), len(widths), Pt(LEFT), Pt(y + ROW), Pt(WIDTH), Pt(15 * len(rows))
        )
        table = shape.table
        for c, w in enumerate(widths):
            table.columns[c].width = Pt(w)
        table.first_row = False  # no header row: the body rows only
        for r, row, fill in self._body_rows(table, rows, first=0):
            self._seed_cells(table, r, row, fill)
