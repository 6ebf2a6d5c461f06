"""The seed 000 deck with a CONTACT LINE « MASKED » BY BLACK RECTANGLES, THE TEXT LEFT BENEATH
(two-hundred-and-forty-fifth held-out set, ``cot000_pptxescabeau``), as an authority masks a
deck's personal data in PowerPoint before publishing it as open data: every slide but the
cover carries at its foot an ADDED text box (:data:`PARTS` joined, DejaVu Sans Condensed
:data:`SIZE` pt #595959, its left at :data:`LEFT`, its top at :data:`TOP`) and three black
rectangles (``rect``, solid #000000, no line, no shadow) drawn OVER the name, the phone and
the e-mail — each :data:`PAD` pt wider than its string on either side —, the text still in
its box beneath them.

Everything else as :class:`tests.generators.slides_office._PptxSlides` draws it: 15 slides.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

# the line's parts, those masked flagged True
PARTS = (
    ("Contact : ", False),
    ("Élise Marty", True),
    (", chargée de mission COT – ", False),
    ("05 62 67 43 21", True),
    (" – ", False),
    ("elise.marty@grand-auch.fr", True),
)
LEFT, TOP, SIZE = 30.0, 386.0, 7.5
GREY = "595959"
PAD = 1.5


class PptxEscabeauSlides(_PptxSlides):
    """``cot000_pptx``'s slides, a contact line at the foot of all but the cover, its personal
    data under black rectangles."""

    def finish(self) -> object:
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        line = "".join(text for text, _ in PARTS)
        for number, slide in enumerate(self.prs.slides, start=1):  # type: ignore[attr-defined]
            if number == 1:
                continue
            box = slide.shapes.add_textbox(Pt(LEFT), Pt(TOP), Pt(660), Pt(SIZE * 1.4))
            frame = box.text_frame
            frame.margin_left = frame.margin_right = 0
            frame.margin_top = frame.margin_bottom = 0
            frame.word_wrap = True
            frame.paragraphs[0].alignment = PP_ALIGN.LEFT
            run = frame.paragraphs[0].add_run()
            run.text = line
            run.font.size = Pt(SIZE)
            run.font.name = "DejaVu Sans Condensed"
            run.font.color.rgb = RGBColor.from_string(GREY)
            x = LEFT
            for text, masked in PARTS:
                width = self.width(text, SIZE)
                if masked:
                    rect = slide.shapes.add_shape(
                        MSO_SHAPE.RECTANGLE,
                        Pt(x - PAD),
                        Pt(TOP),
                        Pt(width + 2 * PAD),
                        Pt(SIZE * 1.2),
                    )
                    rect.fill.solid()
                    rect.fill.fore_color.rgb = RGBColor(0, 0, 0)
                    rect.line.fill.background()
                    rect.shadow.inherit = False
                x += width
        return super().finish()


__all__ = ["GREY", "LEFT", "PAD", "PARTS", "SIZE", "TOP", "PptxEscabeauSlides"]
