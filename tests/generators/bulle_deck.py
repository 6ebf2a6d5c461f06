"""The seed 000 deck whose progress tables carry CALLOUT BUBBLES LAID OVER THEM (seventieth
held-out set, ``cot000_pptxbulle``): on each progress table, as ``cot000_pptx`` draws it, two
« Bulle rectangulaire à coins arrondis » (``wedgeRoundRectCallout``, 66 × 16 pt, #FFF2CC,
0.75 pt #BF9000 outline, bold 6.5 pt #7F6000 text) in the « Points restants » column's empty
left part, 4 pt right of the label column, centred on a ▼ axis row's middle, their tails
pointing 24 pt left: « Priorité 2021 » on the second ▼ axis row, « À relancer » on the last.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. Only
the layout comes from here: every value is the seed's (the callouts' words are not).
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

ROW = 12.0  # pt, ``_banded``'s rows (header included)
WIDTH, HEIGHT, GAP, TAIL = 66.0, 16.0, 4.0, 24.0  # pt
LABEL_COLUMN = {False: 350.0, True: 380.0}  # CAE, ECI
FILL, OUTLINE, INK = "FFF2CC", "BF9000", "7F6000"
SECOND, LAST = "Priorité 2021", "À relancer"


class PptxBulleSlides(_PptxSlides):
    """``cot000_pptx``'s slides; two callouts over each progress table."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self.slide()
        y = self.title(title) - 6
        self._banded(y, header, rows, eci)
        axes = [i for i, row in enumerate(rows) if row[0] == "▼"]
        for index, text in ((axes[1], SECOND), (axes[-1], LAST)):
            middle = y + ROW * (index + 1) + ROW / 2  # body row index + 1 under the header
            self._callout(14 + LABEL_COLUMN[eci] + GAP, middle, text)

    def _callout(self, x: float, middle: float, text: str) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
        from pptx.util import Pt

        shape = self.current.shapes.add_shape(  # type: ignore[attr-defined]
            MSO_SHAPE.ROUNDED_RECTANGULAR_CALLOUT,
            Pt(x),
            Pt(middle - HEIGHT / 2),
            Pt(WIDTH),
            Pt(HEIGHT),
        )
        shape.adjustments[0] = -(WIDTH / 2 + TAIL) / WIDTH  # the tail's tip, from the centre
        shape.adjustments[1] = 0.0
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(FILL)
        shape.line.color.rgb = RGBColor.from_string(OUTLINE)
        shape.line.width = Pt(0.75)
        shape.shadow.inherit = False
        frame = shape.text_frame
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = Pt(1)
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        par = frame.paragraphs[0]
        par.alignment = PP_ALIGN.CENTER
        self._run(par, text, 6.5, True, tuple(int(INK[i : i + 2], 16) / 255 for i in (0, 2, 4)))
