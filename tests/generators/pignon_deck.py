"""The seed 000 deck whose four orientation slides set their objectives as a SmartArt
« PYRAMIDE INVERSÉE » CONVERTED TO SHAPES (hundred-and-seventieth held-out set,
``cot000_pptxpignon``): under each orientation's title bar (and « Objectifs obligatoires »
tag) as ``cot000_pptx`` draws them, ONE LEVEL AN OBJECTIVE from the top down, each level a
freeform TRAPEZOID centred on :data:`CENTRE`, the first level's top edge :data:`TOP_WIDTH`
wide, the sides slanting in by :data:`SLOPE` pt for every point of height all the way down
the stack (the :data:`GAP` between levels included); each level holding one centred
paragraph — the objective's code in bold, a space, its text (the seed's bold runs bold),
:data:`SIZE` pt, anchored in the middle, wrapped within the level's bottom width less
:data:`SIDE` pt either side —, its fill graded from #00528C at the top to #BDD7EE at the
bottom, its text white on the darker half, #1F1F1F on the paler; no bullet.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it: 15
slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.seed000_content import _ORIENTATIONS
from tests.generators.slides_office import _PptxSlides, _rgb

CENTRE = 360.0  # pt, the pyramid's axis
TOP_WIDTH = 660.0  # pt, the first level's top edge (x 30 → 690 pt)
SLOPE = 0.5  # pt each side recedes for every point of height
SIDE = 10.0  # pt, a level's text kept clear of its narrower (bottom) edge's ends
V_INSET = 4.0  # pt, a level's top and bottom insets
SIZE = 10.0  # pt
LEADING = 1.2  # a level's line pitch, in sizes
MIN_LEVEL = 24.0  # pt, a one-line level's height
GAP = 3.0  # pt of white between two levels
TOP_FILL = (0.0, 0.322, 0.549)  # #00528C
BOTTOM_FILL = (0.741, 0.843, 0.933)  # #BDD7EE
DARK = (0.12, 0.12, 0.12)  # #1F1F1F
WHITE = (1.0, 1.0, 1.0)
GREY = (0.45, 0.45, 0.45)  # the tag's, as the base deck's
TAG_SIZE = 9.0  # pt
TAG_FLOOR = 370.0  # pt, the lowest baseline of a tag under the pyramid
_ORIENTATION = re.compile(r"ORIENTATION (\d+) : ")


def width_at(depth: float) -> float:
    """The pyramid's width ``depth`` pt under its top."""
    return TOP_WIDTH - 2 * SLOPE * depth


def fill(index: int, count: int) -> tuple[float, float, float]:
    """The ``index``-th of ``count`` levels' fill, graded top to bottom."""
    t = index / max(count - 1, 1)
    return tuple(a + (b - a) * t for a, b in zip(TOP_FILL, BOTTOM_FILL, strict=True))  # type: ignore[return-value]


def text_colour(index: int, count: int) -> tuple[float, float, float]:
    """White on the darker half of the levels, dark on the paler."""
    return WHITE if index / max(count - 1, 1) < 0.5 else DARK


class PptxPignonSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each orientation's objectives as an inverted pyramid."""

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
        apex = top  # the pyramid's top edge
        for index, (code, markup) in enumerate(objectives):
            top = self._level(apex, top, index, len(objectives), code, markup) + GAP
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

    def _height(self, markup: str, width: float) -> float:
        lines = len(self.wrap(markup, SIZE, width - 2 * SIDE))
        return max(MIN_LEVEL, lines * SIZE * LEADING + 2 * V_INSET)

    def _level(
        self, apex: float, top: float, index: int, count: int, code: str, markup: str
    ) -> float:
        """One objective's level from ``top`` (pt), the pyramid's top edge at ``apex``;
        returns the level's bottom."""
        from pptx.dml.color import RGBColor
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
        from pptx.util import Pt

        text = f"**{code}** {markup}"
        height = MIN_LEVEL
        for _ in range(4):  # the wrap width is the bottom edge's, which the height moves
            height = self._height(text, width_at(top + height - apex))
        upper, lower = width_at(top - apex), width_at(top + height - apex)
        points = [
            (CENTRE - upper / 2, top),
            (CENTRE + upper / 2, top),
            (CENTRE + lower / 2, top + height),
            (CENTRE - lower / 2, top + height),
        ]
        builder = self.current.shapes.build_freeform(  # type: ignore[attr-defined]
            points[0][0], points[0][1], scale=float(Pt(1))
        )  # local units: points
        builder.add_line_segments(points[1:], close=True)
        shape = builder.convert_to_shape()
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(_rgb(fill(index, count)))
        shape.line.fill.background()
        shape.shadow.inherit = False
        frame = shape.text_frame
        inset = (upper - lower) / 2 + SIDE
        frame.margin_left = frame.margin_right = Pt(inset)
        frame.margin_top = frame.margin_bottom = Pt(V_INSET)
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        frame.word_wrap = True
        par = frame.paragraphs[0]
        par.alignment = PP_ALIGN.CENTER
        colour = text_colour(index, count)
        for part, chunk in enumerate(text.split("**")):
            if chunk:
                self._run(par, chunk, SIZE, part % 2 == 1, colour)
        return top + height
