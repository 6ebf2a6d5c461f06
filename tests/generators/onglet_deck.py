"""The seed 000 deck in a corporate template with a CHAPTER TAB (« onglet ») at the left edge
of every slide but the first (seventy-seventh held-out set, ``cot000_pptxonglet``): one text
box from x = 0 to x = 12 pt, from the title bar's foot to the slide's bottom, filled
#0073B3, no outline, no inset, its body turned a quarter turn (``vert="vert270"``: reading
bottom to top), one centred paragraph « COT Grand Auch Cœur de Gascogne — Comité de
pilotage » bold white 7 pt, drawn after the slide's other shapes. The progress tables
unchanged, 2 pt right of the strip.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

TAB = "COT Grand Auch Cœur de Gascogne — Comité de pilotage"  # not in the seed
WIDTH = 12.0  # pt
SLIDE_W, SLIDE_H = 720.0, 405.0  # pt
BLUE = "0073B3"
SIZE = 7.0  # pt
EMU = 12700  # a point


def bar_foot(slide: object) -> float:
    """The y (pt) of the foot of ``slide``'s title bar (a rectangle at the top left as wide as
    the slide), 0 where it has none."""
    feet = [
        (shape.top + shape.height) / EMU
        for shape in slide.shapes  # type: ignore[attr-defined]
        if shape.left == 0 and shape.top == 0 and round(shape.width / EMU) == SLIDE_W
    ]
    return max(feet, default=0.0)


def add_tab(slide: object) -> None:
    """The chapter tab on ``slide``, over its other shapes."""
    from pptx.dml.color import RGBColor
    from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
    from pptx.util import Pt

    top = bar_foot(slide)
    box = slide.shapes.add_textbox(Pt(0), Pt(top), Pt(WIDTH), Pt(SLIDE_H - top))  # type: ignore[attr-defined]
    box.fill.solid()
    box.fill.fore_color.rgb = RGBColor.from_string(BLUE)
    box.line.fill.background()
    frame = box.text_frame
    frame.word_wrap = False
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
    frame._txBody.bodyPr.set("vert", "vert270")  # noqa: SLF001 - no python-pptx API for it
    par = frame.paragraphs[0]
    par.alignment = PP_ALIGN.CENTER
    run = par.add_run()
    run.text = TAB
    run.font.size = Pt(SIZE)
    run.font.bold = True
    run.font.name = "DejaVu Sans Condensed"
    run.font.color.rgb = RGBColor.from_string("FFFFFF")


class PptxOngletSlides(_PptxSlides):
    """``cot000_pptx``'s slides, a turned chapter tab at the left of all but the first."""

    def finish(self) -> object:
        for slide in list(self.prs.slides)[1:]:
            add_tab(slide)
        return self.prs
