"""The seed 000 deck whose four orientation slides set their objectives as a SmartArt
« HEXAGONES ALTERNÉS » CONVERTED TO SHAPES (hundred-and-seventy-eighth held-out set,
``cot000_pptxalveoles``): under each orientation's title bar (and « Objectifs obligatoires »
tag) as ``cot000_pptx`` draws them, ONE HEXAGON AN OBJECTIVE (:meth:`PptxAlveolesSlides._cell`,
``prstGeom hexagon``, flat top and bottom), all of one width (:func:`cell_width`) over
:data:`LEFT` → :data:`RIGHT`, the ``k``-th at x ``LEFT + 0.75 w k`` in seed order, the
even-``k`` ones in an upper row and the odd-``k`` ones half a hexagon lower, nested between
them as honeycomb cells are; each filled (:data:`UPPER_FILL` / :data:`LOWER_FILL`) with a
white outline, holding one centred white paragraph — the objective's code in bold, a space,
its text (the seed's bold runs bold) — anchored in the middle, at the largest of
:data:`SIZES` whose lines fit (:func:`fit_size`) in the preset's text rectangle (the middle
:data:`TEXT_SHARE` of the width, :data:`SIDE` pt insets); no bullet. AMENDED once after
the first print: the text box's insets were 0.2 × the width on top of that rectangle, which
left each line a few letters and pushed the text out of its hexagon.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it: 15
slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.seed000_content import _ORIENTATIONS
from tests.generators.slides_office import _PptxSlides, _rgb

LEFT, RIGHT = 30.0, 690.0  # pt, the honeycomb's span
MAX_WIDTH = 170.0  # pt, a hexagon's widest
RATIO = 0.866  # a regular hexagon's height / width
ADJUST = 0.28868  # the preset's point inset for a regular hexagon (w / 4 over the height)
TEXT_SHARE = 2 / 3  # the preset's text rectangle: the middle two thirds of the width
SIDE = 2.0  # pt, the text box's left and right insets inside that rectangle
FILL_SHARE = 0.8  # the share of its height the text may take
V_INSET = 2.0  # pt
SIZES = (10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0)  # pt, tried in turn
LEADING = 1.2  # a line's pitch, in sizes
UPPER_FILL = (0.0, 0.322, 0.549)  # #00528C
LOWER_FILL = (0.180, 0.490, 0.196)  # #2E7D32
WHITE = (1.0, 1.0, 1.0)
OUTLINE = 1.5  # pt, white
GREY = (0.45, 0.45, 0.45)  # the tag's, as the base deck's
TAG_SIZE = 9.0  # pt
TAG_FLOOR = 370.0  # pt, the lowest baseline of a tag under the honeycomb
_ORIENTATION = re.compile(r"ORIENTATION (\d+) : ")


def cell_width(count: int) -> float:
    """The width of each of ``count`` hexagons nested over :data:`LEFT` → :data:`RIGHT`."""
    return min(MAX_WIDTH, (RIGHT - LEFT) / (0.75 * (count - 1) + 1))


class PptxAlveolesSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each orientation's objectives as alternating hexagons."""

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
        count = len(objectives)
        width = cell_width(count)
        height = width * RATIO
        for k, (code, markup) in enumerate(objectives):
            x = LEFT + 0.75 * width * k
            lower = k % 2 == 1
            self._cell(x, top + (height / 2 if lower else 0), width, height, code, markup, lower)
        bottom = top + height + (height / 2 if count > 1 else 0)
        if not tag_on_top:
            super().text(
                30, max(bottom + 21, TAG_FLOOR), "Objectifs obligatoires", TAG_SIZE, "italic", GREY
            )
        self._swallow = True
        return y

    def text(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        if not self._swallow:
            super().text(*args, **kwargs)

    def paragraph(self, x: float, y: float, markup: str, *args, **kwargs) -> float:  # noqa: ANN002, ANN003
        if self._swallow:
            return y
        return super().paragraph(x, y, markup, *args, **kwargs)

    def fit_size(self, markup: str, width: float, height: float) -> float:
        """The largest of :data:`SIZES` at which ``markup`` fits the hexagon's text room."""
        for size in SIZES:
            lines = len(self.wrap(markup, size, width * TEXT_SHARE - 2 * SIDE))
            if lines * size * LEADING <= height * FILL_SHARE:
                return size
        return SIZES[-1]

    def _cell(
        self, x: float, top: float, width: float, height: float, code: str, markup: str, lower: bool
    ) -> None:
        """One objective's hexagon at (``x``, ``top``)."""
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
        from pptx.oxml.ns import qn
        from pptx.util import Pt

        text = f"**{code}** {markup}"
        size = self.fit_size(text, width, height)
        shape = self.current.shapes.add_shape(  # type: ignore[attr-defined]
            MSO_SHAPE.HEXAGON, Pt(x), Pt(top), Pt(width), Pt(height)
        )
        shape.adjustments[0] = ADJUST
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(_rgb(LOWER_FILL if lower else UPPER_FILL))
        shape.line.color.rgb = RGBColor.from_string(_rgb(WHITE))
        shape.line.width = Pt(OUTLINE)
        style = shape._element.find(qn("p:style"))  # noqa: SLF001  # no theme shadow
        if style is not None:
            shape._element.remove(style)  # noqa: SLF001
        frame = shape.text_frame
        frame.margin_left = frame.margin_right = Pt(SIDE)
        frame.margin_top = frame.margin_bottom = Pt(V_INSET)
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        frame.word_wrap = True
        par = frame.paragraphs[0]
        par.alignment = PP_ALIGN.CENTER
        par.line_spacing = Pt(size * LEADING)
        for part, chunk in enumerate(text.split("**")):
            if chunk:
                self._run(par, chunk, size, part % 2 == 1, WHITE)


__all__ = ["PptxAlveolesSlides", "cell_width"]
