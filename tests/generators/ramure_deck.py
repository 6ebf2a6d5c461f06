"""The seed 000 deck whose four orientation slides show their objectives as a MIND MAP
pasted as shapes (hundred-and-sixty-eighth held-out set, ``cot000_pptxramure``), as a
mind-mapping tool lays out its « carte radiale » CLOCKWISE: a central « ORIENTATION n »
topic, each objective a rounded box (its text anchored in the middle) on a straight branch
of its colour (:data:`BRANCHES`), the first ⌈n / 2⌉ in a right column from the top down,
the others in a left column FROM THE BOTTOM UP (:func:`_placed`).

Each orientation slide keeps its title bar and its « Objectifs obligatoires » tag; every
other slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.seed000_content import _ORIENTATIONS
from tests.generators.seed_slides import _GREY
from tests.generators.slides_office import _PptxSlides, _rgb

CENTRE = (360.0, 130.0, 44.0)  # pt: the central topic's centre x, width, height
CENTRE_FILL = (0.0, 0.32, 0.55)  # #00528C, the title bars' blue
CENTRE_SIZE = 12.0  # pt
BOX_W = 230.0  # pt, a main topic's width
COLUMNS = (466.0, 24.0)  # pt, the right and left columns' left edges
INSET_X, INSET_Y = 6.0, 3.0  # pt, a box's text margins
SIZE = 9.0  # pt, the objectives
LEADING = 1.2  # a line's height, × the size
GAP = 10.0  # pt between two boxes of a column
BOTTOM = 372.0  # pt, the map's lowest edge
BRANCH_W = 1.25  # pt
BRANCHES = ("00528C", "2E8B57", "C0504D", "D68910", "7D3C98", "17A589", "A04000", "2471A3")
TEXT = "1F1F1F"
TAG = "Objectifs obligatoires"
TAG_SIZE = 9.0  # pt
TAG_LOW = (30.0, 388.0)  # pt, the tag's place (x, baseline) when it is not on top
_ORIENTATION = re.compile(r"ORIENTATION (\d+) : ")


def _placed(n: int) -> list[tuple[int, int]]:
    """(column, place from the top) of each of ``n`` objectives in seed order: column 0 the
    right one, the first ⌈n / 2⌉ from the top down; column 1 the left one, the others from
    the bottom up (clockwise)."""
    right = (n + 1) // 2
    left = n - right
    return [(0, k) for k in range(right)] + [(1, left - 1 - k) for k in range(left)]


class PptxRamureSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each orientation slide's objectives a clockwise mind map."""

    def __init__(self, base: object) -> None:
        super().__init__(base)
        self._swallow = False  # the base's objectives and tag of an orientation slide

    def slide(self) -> None:
        self._swallow = False
        super().slide()

    def title(self, value: str, size: float | None = None) -> float:
        y = super().title(value, size)
        match = _ORIENTATION.match(value)
        if match is not None:
            self._map(y, _ORIENTATIONS[int(match.group(1)) - 1])
            self._swallow = True
        return y

    def text(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        if not self._swallow:
            super().text(*args, **kwargs)

    def paragraph(self, x: float, y: float, markup: str, *args, **kwargs) -> float:  # noqa: ANN002, ANN003
        if self._swallow:
            return y
        return super().paragraph(x, y, markup, *args, **kwargs)

    def _map(self, y: float, orientation: tuple) -> None:
        """The tag and the mind map under the title bar ending ``y`` − 14 pt."""
        number, _label, objectives, _bulleted, tag_on_top = orientation
        if tag_on_top:
            super().text(700, y + 4, TAG, TAG_SIZE, "italic", _GREY, "right")
            top = y + 12
        else:
            super().text(TAG_LOW[0], TAG_LOW[1], TAG, TAG_SIZE, "italic", _GREY)
            top = y - 8
        middle = (top + BOTTOM) / 2
        heights = [
            len(self.wrap(f"**{code}** {markup}", SIZE, BOX_W - 2 * INSET_X)) * SIZE * LEADING + 8
            for code, markup in objectives
        ]
        places = _placed(len(objectives))
        tops: list[float] = [0.0] * len(objectives)
        for column in (0, 1):
            stack = sorted((p, i) for i, (c, p) in enumerate(places) if c == column)
            total = sum(heights[i] for _, i in stack) + GAP * (len(stack) - 1)
            edge = middle - total / 2
            for _, i in stack:
                tops[i] = edge
                edge += heights[i] + GAP
        cx, cw, ch = CENTRE
        for i, (column, _) in enumerate(places):
            colour = BRANCHES[i % len(BRANCHES)]
            mid = tops[i] + heights[i] / 2
            start = cx + cw / 2 if column == 0 else cx - cw / 2
            end = COLUMNS[0] if column == 0 else COLUMNS[1] + BOX_W
            self._branch(start, middle, end, mid, colour)
        self._centre(cx - cw / 2, middle - ch / 2, cw, ch, f"ORIENTATION {number}")
        for i, (code, markup) in enumerate(objectives):
            column = places[i][0]
            self._topic(COLUMNS[column], tops[i], heights[i], code, markup, BRANCHES[i % 8])

    def _branch(self, x0: float, y0: float, x1: float, y1: float, colour: str) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_CONNECTOR
        from pptx.util import Pt

        conn = self.current.shapes.add_connector(
            MSO_CONNECTOR.STRAIGHT, Pt(x0), Pt(y0), Pt(x1), Pt(y1)
        )
        conn.line.color.rgb = RGBColor.from_string(colour)
        conn.line.width = Pt(BRANCH_W)

    def _shape(self, x: float, y: float, w: float, h: float) -> object:
        """A rounded rectangle without shadow; its text frame wrapped, anchored middle."""
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.enum.text import MSO_ANCHOR
        from pptx.util import Pt

        shape = self.current.shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE, Pt(x), Pt(y), Pt(w), Pt(h)
        )
        shape.shadow.inherit = False
        frame = shape.text_frame
        frame.word_wrap = True
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        frame.margin_left = frame.margin_right = Pt(INSET_X)
        frame.margin_top = frame.margin_bottom = Pt(INSET_Y)
        return shape

    def _centre(self, x: float, y: float, w: float, h: float, value: str) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.text import PP_ALIGN

        shape = self._shape(x, y, w, h)
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(_rgb(CENTRE_FILL))
        shape.line.fill.background()
        par = shape.text_frame.paragraphs[0]
        par.alignment = PP_ALIGN.CENTER
        self._run(par, value, CENTRE_SIZE, True, (1.0, 1.0, 1.0))

    def _topic(self, x: float, y: float, h: float, code: str, markup: str, colour: str) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        shape = self._shape(x, y, BOX_W, h)
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shape.line.color.rgb = RGBColor.from_string(colour)
        shape.line.width = Pt(1)
        par = shape.text_frame.paragraphs[0]
        par.alignment = PP_ALIGN.LEFT
        self._run(par, code, SIZE, True, _hex(colour))
        self._run(par, " ", SIZE, False, _hex(TEXT))
        for index, chunk in enumerate(markup.split("**")):
            if chunk:
                self._run(par, chunk, SIZE, index % 2 == 1, _hex(TEXT))


def _hex(value: str) -> tuple[float, float, float]:
    """An RRGGBB colour as the drawing API's (r, g, b) in 0…1."""
    return tuple(int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]
