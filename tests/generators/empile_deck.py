"""The seed 000 deck whose percentages are printed on STACKED PROGRESS BARS (hundred-and-
sixty-third held-out set, ``cot000_pptxempile``): the consultant redrew each progress table
after the platform's own « barres d'avancement » — réalisé, then programmé, then what is
left, in one bar. Each table one real PowerPoint table where ``cot000_pptx``'s stands (x 14
pt, 692 pt wide, 12 pt rows, 7.5 pt, header bold white on #0073B3, body banded #EAF1FA /
white) but on THREE columns: the table's own label column, « Points restants », then ONE
« Avancement » column for both percentages (CAE 350 / 114 / 228 pt, ECI 380 / 104 / 208
pt), whose header cell holds the two seed labels as a legend (« ■ % Réalisé », « ■ %
Programmé », each square in its bar's colour) and whose body cells stay empty.

Over each body row's third cell, added after the table row by row: a #E3E3E3 track 8 pt
high (6 pt in from the column's sides, 2 pt under the row's top), a #7DBB5A « réalisé »
segment from its left end, « % Réalisé » / 100 of it long, a #CFE8BF « programmé » segment
right after it, « % Programmé » / 100 of it long (a 0 % segment not drawn), no outline; and
the two seed percentages as word-wrap-off text boxes (6.5 pt #1F1F1F, bold on ▼ axis rows):
the first 2 pt right of the track's left end, the second 2 pt right of its own segment's
start but never less than 4 pt after the first one's text — each row's two percentages in
one column, the second at an x its first value sets.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it: 15
slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.inbar_deck import percent
from tests.generators.progress_deck import (
    DARK,
    HEAD,
    HEADS,
    ROW,
    SIZE,
    WHITE,
    PptxProgressSlides,
)
from tests.generators.slides_office import filled_cell, seed_cell

WIDTHS = {False: (350.0, 114.0, 228.0), True: (380.0, 104.0, 208.0)}
LEFT = 14.0  # pt, the table's left edge
TRACK = "E3E3E3"
SEGMENTS = ("7DBB5A", "CFE8BF")  # réalisé, programmé
INSET = 6.0  # pt, the track's ends in from the column's sides
BAR_TOP = 2.0  # pt, under the row's top
BAR_HEIGHT = 8.0  # pt
VALUE_SIZE = 6.5  # pt
TEXT_INSET = 2.0  # pt, a value's start right of its segment's start
TEXT_GAP = 4.0  # pt, at least between the two values' texts
LEGEND_GAP = "   "  # between the legend's two items


class PptxEmpileSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; each progress table's percentages on stacked bars."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        widths = WIDTHS[eci]
        y, table = self._sized_grid(title, len(rows), widths)
        for c, label in enumerate((header, HEADS[0])):
            self._run(filled_cell(table, 0, c, HEAD), label, SIZE, True, WHITE)
        legend = filled_cell(table, 0, 2, HEAD)
        legend.alignment = PP_ALIGN.LEFT  # type: ignore[attr-defined]
        for k, label in enumerate(HEADS[1:]):
            self._run(legend, "■", SIZE, True, _rgb(SEGMENTS[k]))
            self._run(legend, f" {label}" + (LEGEND_GAP if k == 0 else ""), SIZE, True, WHITE)
        table.rows[0].height = Pt(ROW)  # type: ignore[attr-defined]
        for r, row, fill in self._body_rows(table, rows):
            for c in range(3):
                par = filled_cell(table, r, c, fill)
                if c < 2:
                    value, axis = seed_cell(row, c)
                    self._run(par, value, SIZE, axis, DARK)
                else:  # the bar's cell stays empty, its empty line in SIZE pt
                    par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))  # type: ignore[attr-defined]
        track_left = LEFT + widths[0] + widths[1] + INSET
        track = widths[2] - 2 * INSET
        for r, row in enumerate(rows, start=1):
            top = y + ROW * r + BAR_TOP
            done, axis = seed_cell(row, 2)
            planned = seed_cell(row, 3)[0]
            done_length = percent(done) / 100 * track
            planned_length = percent(planned) / 100 * track
            self._rect(track_left, top, track, TRACK)
            if done_length:
                self._rect(track_left, top, done_length, SEGMENTS[0])
            if planned_length:
                self._rect(track_left + done_length, top, planned_length, SEGMENTS[1])
            font = "bold" if axis else "regular"
            first = track_left + TEXT_INSET
            self._value(first, top, done, axis)
            second = max(
                track_left + done_length + TEXT_INSET,
                first + self.width(done, VALUE_SIZE, font) + TEXT_GAP,
            )
            self._value(second, top, planned, axis)

    def _rect(self, x: float, top: float, length: float, fill: str) -> None:
        """A bar piece: a rectangle ``length`` pt long, :data:`BAR_HEIGHT` high, filled
        ``fill``, no outline, no shadow."""
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.util import Pt

        shape = self.current.shapes.add_shape(  # type: ignore[attr-defined]
            MSO_SHAPE.RECTANGLE, Pt(x), Pt(top), Pt(length), Pt(BAR_HEIGHT)
        )
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(fill)
        shape.line.fill.background()
        shape.shadow.inherit = False

    def _value(self, x: float, top: float, value: str, bold: bool) -> None:
        """A percentage's text box at ``x``: word wrap off, no inset, as high as the bar and
        anchored in its middle, ``VALUE_SIZE`` pt dark."""
        from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN

        font = "bold" if bold else "regular"
        frame = self._box(x, top, self.width(value, VALUE_SIZE, font) + 4, BAR_HEIGHT)
        frame.word_wrap = False  # type: ignore[attr-defined]
        frame.auto_size = MSO_AUTO_SIZE.NONE  # type: ignore[attr-defined]
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE  # type: ignore[attr-defined]
        par = frame.paragraphs[0]  # type: ignore[attr-defined]
        par.alignment = PP_ALIGN.LEFT
        self._run(par, value, VALUE_SIZE, bold, DARK)


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    """« 7DBB5A » → the (r, g, b) fractions :meth:`_PptxSlides._run` takes."""
    return tuple(int(hex_colour[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


__all__ = ["PptxEmpileSlides", "SEGMENTS", "TRACK", "WIDTHS"]
