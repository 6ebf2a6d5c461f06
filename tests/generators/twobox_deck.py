"""The seed 000 deck whose progress tables are TYPED INTO TWO FACING TEXT BOXES (forty-third
held-out set, ``cot000_pptxtwobox``), as an author fills the « Deux contenus » layout's two
placeholders, no table object: the first column (the table's label, then each row's code,
marker and label) in a left box, the three numbers in a right box on right-aligned tab stops
at the seed columns' right edges; exact 12 pt line spacing in both so a row's two halves face
each other; a blue rule under the header lines.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import HEAD as BLUE
from tests.generators.progress_deck import HEADS, tab_stops
from tests.generators.slides_office import _PptxSlides, seed_cell

DARK = "1F1F1F"
SIZE = 7.5
LINE = 12.0  # exact line spacing, pt


class PptxTwoboxSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each progress table two text boxes side by side."""

    def _column_box(self, x: float, top: float, w: float, lines: list, stops: tuple) -> None:
        """A text box at ``x`` of one paragraph per ``(text, bold, colour)`` line, exact
        12 pt line spacing, no inner margin, no wrap, right-aligned tab stops at ``stops``
        (pt from the box's left edge)."""
        from pptx.dml.color import RGBColor
        from pptx.util import Pt

        box = self.current.shapes.add_textbox(Pt(x), Pt(top), Pt(w), Pt(LINE * len(lines)))
        frame = box.text_frame
        frame.word_wrap = False
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        for n, (text, bold, colour) in enumerate(lines):
            par = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
            par.line_spacing = Pt(LINE)
            if stops:
                tab_stops(par, stops)
            run = par.add_run()
            run.text = text
            run.font.size, run.font.bold, run.font.name = Pt(SIZE), bold, "DejaVu Sans Condensed"
            run.font.color.rgb = RGBColor.from_string(colour)

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_CONNECTOR
        from pptx.util import Pt

        self.slide()
        y = self.title(title) - 6
        split = 410.0 if eci else 380.0
        edges = (494.0, 598.0, 702.0) if eci else (474.0, 588.0, 702.0)
        labels = [(header, True, BLUE)]
        numbers = [("\t" + "\t".join(HEADS), True, BLUE)]
        for row in rows:
            axis = row[0] == "▼"
            labels.append((seed_cell(row, 0)[0], axis, DARK))
            values = [seed_cell(row, c)[0] for c in range(1, 4)]
            numbers.append(("\t" + "\t".join(values), axis, DARK))
        self._column_box(14, y, split - 14, labels, ())
        self._column_box(split, y, 706 - split, numbers, tuple(e - split for e in edges))
        rule = self.current.shapes.add_connector(
            MSO_CONNECTOR.STRAIGHT, Pt(14), Pt(y + LINE + 1), Pt(706), Pt(y + LINE + 1)
        )
        rule.line.color.rgb = RGBColor.from_string(BLUE)
        rule.line.width = Pt(0.75)
