"""The seed 000 deck whose four orientation slides list their objectives as a SmartArt
« LISTE À PUCES NUMÉROTÉE » CONVERTED TO SHAPES (hundred-and-sixty-seventh held-out set,
``cot000_pptxmedaillons``): under each orientation's title bar (and « Objectifs obligatoires »
tag) as ``cot000_pptx`` draws them, one ROUNDED BAR an objective (:data:`BAR_X`, #EAF1FA, its
text :data:`SIZE` pt with the seed's bold runs, anchored in the middle, a :data:`INSET` pt
left inset), then a #0073B3 CIRCLE laid over the bar's left end, centred on its middle,
holding the objective's code (bold white): code and text two shapes, no bullet.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it: 15
slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.seed000_content import _ORIENTATIONS
from tests.generators.slides_office import _PptxSlides, _rgb

BAR_X = (44.0, 690.0)  # pt, the bars' left and right edges
INSET = 30.0  # pt, a bar's left inset: its text from x 74 pt
RIGHT_INSET = 10.0  # pt
V_INSET = 4.0  # pt, a bar's top and bottom insets
SIZE = 11.0  # pt, the objectives' text, as ``cot000_pptx``'s
LEADING = 1.2  # a bar's line pitch, in sizes
MIN_BAR = 28.0  # pt, a one-line bar's height
GAP = 6.0  # pt between two bars
CIRCLE_X = 31.0  # pt, the medallion's left edge
CIRCLE = 26.0  # pt, its diameter
CODE_SIZE = 10.0  # pt
BAR_FILL = (0.918, 0.945, 0.980)  # #EAF1FA
CIRCLE_FILL = (0.0, 0.451, 0.702)  # #0073B3
DARK = (0.12, 0.12, 0.12)  # #1F1F1F
WHITE = (1.0, 1.0, 1.0)
GREY = (0.45, 0.45, 0.45)  # the tag's, as the base deck's
TAG_SIZE = 9.0  # pt
TAG_FLOOR = 370.0  # pt, the lowest baseline of a tag under the list
_ORIENTATION = re.compile(r"ORIENTATION (\d+) : ")


class PptxMedaillonsSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each orientation's objectives as numbered medallions on
    rounded bars."""

    def __init__(self, base: object) -> None:
        super().__init__(base)
        self._swallow = False  # the base's drawing of an orientation's list not drawn

    def slide(self) -> None:
        self._swallow = False
        super().slide()

    def title(self, value: str, size: float | None = None) -> float:
        y = super().title(value, size)
        match = _ORIENTATION.match(value)
        if match is None:
            return y
        _, _, objectives, _, tag_on_top = _ORIENTATIONS[int(match.group(1)) - 1]
        top = y - 4  # 10 pt under the title bar
        if tag_on_top:  # where the base deck sets it
            super().text(700, y + 4, "Objectifs obligatoires", TAG_SIZE, "italic", GREY, "right")
            top += 14
        for code, markup in objectives:
            top = self._medallion(top, code, markup) + GAP
        if not tag_on_top:
            baseline = max(top - GAP + 21, TAG_FLOOR)
            super().text(30, baseline, "Objectifs obligatoires", TAG_SIZE, "italic", GREY)
        self._swallow = True
        return y

    def text(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        if not self._swallow:
            super().text(*args, **kwargs)

    def paragraph(self, x: float, y: float, markup: str, *args, **kwargs) -> float:  # noqa: ANN002, ANN003
        if self._swallow:
            return y
        return super().paragraph(x, y, markup, *args, **kwargs)

    def _medallion(self, top: float, code: str, markup: str) -> float:
        """One objective from ``top`` (pt): its bar, then its medallion over the bar's left
        end; returns the bar's bottom."""
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
        from pptx.util import Pt

        width = BAR_X[1] - BAR_X[0]
        lines = len(self.wrap(markup, SIZE, width - INSET - RIGHT_INSET))
        height = max(MIN_BAR, lines * SIZE * LEADING + 2 * V_INSET)
        bar = self._shape(MSO_SHAPE.ROUNDED_RECTANGLE, BAR_X[0], top, width, height, BAR_FILL)
        frame = bar.text_frame  # type: ignore[attr-defined]
        frame.margin_left, frame.margin_right = Pt(INSET), Pt(RIGHT_INSET)
        frame.margin_top = frame.margin_bottom = Pt(V_INSET)
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        frame.word_wrap = True
        par = frame.paragraphs[0]
        par.alignment = PP_ALIGN.LEFT
        for index, chunk in enumerate(markup.split("**")):
            if chunk:
                self._run(par, chunk, SIZE, index % 2 == 1, DARK)
        circle_top = top + (height - CIRCLE) / 2
        circle = self._shape(MSO_SHAPE.OVAL, CIRCLE_X, circle_top, CIRCLE, CIRCLE, CIRCLE_FILL)
        frame = circle.text_frame  # type: ignore[attr-defined]
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        frame.word_wrap = False
        par = frame.paragraphs[0]
        par.alignment = PP_ALIGN.CENTER
        self._run(par, code, CODE_SIZE, True, WHITE)
        return top + height

    def _shape(self, kind: object, x: float, top: float, w: float, h: float, fill: tuple) -> object:
        """An autoshape ``kind`` filled with ``fill``, no outline (the theme's shadow kept, as
        :meth:`rect` leaves it)."""
        from pptx.dml.color import RGBColor
        from pptx.util import Pt

        shape = self.current.shapes.add_shape(kind, Pt(x), Pt(top), Pt(w), Pt(h))  # type: ignore[attr-defined]
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(_rgb(fill))
        shape.line.fill.background()
        shape.shadow.inherit = False
        return shape
