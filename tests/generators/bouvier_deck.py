"""The seed 000 deck whose four orientation slides set their objectives as a WINDING ROADMAP
(« feuille de route en lacet », hundred-and-eighty-first held-out set,
``cot000_pptxbouvier``): under each orientation's title bar (and « Objectifs obligatoires »
tag) as ``cot000_pptx`` draws them, ONE ROUNDED BOX AN OBJECTIVE
(:meth:`PptxBouvierSlides._box_shape`, ``prstGeom roundRect``, :data:`BOX_FILL`), all of one
size (:func:`box_width`) over :data:`LEFT` → :data:`RIGHT`: the first ⌈n/2⌉ in an upper row
FROM LEFT TO RIGHT, joined by :data:`ARROW_FILL` right arrows in the :data:`GAP` between
them, a curved arrow (``curvedLeftArrow``) at the row's right end turning down, the rest in a
lower row FROM RIGHT TO LEFT — the next objective under the upper row's last box, the one
after it to its left — joined by left arrows (boustrophedon, :func:`slots`). Each box holds
one centred white paragraph — the objective's code in bold, a space, its text (the seed's
bold runs bold) — anchored in the middle, at the largest of :data:`SIZES` whose lines fit
(:meth:`PptxBouvierSlides.fit_size`); no bullet.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it: 15
slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.seed000_content import _ORIENTATIONS
from tests.generators.slides_office import _PptxSlides, _rgb

LEFT, RIGHT = 30.0, 650.0  # pt, the boxes' span (the turn's arrow beyond it)
GAP = 24.0  # pt between two boxes of a row, an arrow in it
ROW_GAP = 22.0  # pt between the rows
TURN_WIDTH = 34.0  # pt, the curved arrow's width at the upper row's right end
MAX_HEIGHT = 120.0  # pt, a box's highest
FLOOR = 388.0  # pt, the lowest a lower row may reach
INSET = 6.0  # pt, the boxes' text insets
FILL_SHARE = 0.85  # the share of its height the text may take
SIZES = (11.0, 10.5, 10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0)  # pt, tried in turn
LEADING = 1.2  # a line's pitch, in sizes
BOX_FILL = (0.122, 0.435, 0.545)  # #1F6F8B
ARROW_FILL = (0.949, 0.663, 0.0)  # #F2A900
WHITE = (1.0, 1.0, 1.0)
GREY = (0.45, 0.45, 0.45)  # the tag's, as the base deck's
TAG_SIZE = 9.0  # pt
TAG_FLOOR = 370.0  # pt, the lowest baseline of a tag under the roadmap
_ORIENTATION = re.compile(r"ORIENTATION (\d+) : ")


def box_width(count: int) -> float:
    """The width of each box when the upper row holds ⌈``count`` / 2⌉ of them."""
    per_row = (count + 1) // 2
    return (RIGHT - LEFT - GAP * (per_row - 1)) / per_row


def slots(count: int) -> list[tuple[int, int]]:
    """(row, column) of each of ``count`` objectives in seed order: the upper row left to
    right, then the lower row right to left from under the upper row's last box."""
    per_row = (count + 1) // 2
    return [(0, k) if k < per_row else (1, 2 * per_row - 1 - k) for k in range(count)]


class PptxBouvierSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each orientation's objectives as a winding roadmap."""

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
        width = box_width(count)
        rows = 2 if count > 1 else 1
        floor = FLOOR - (0 if tag_on_top else 24)
        height = min(MAX_HEIGHT, (floor - top - ROW_GAP * (rows - 1)) / rows)
        places = slots(count)
        for (row, column), (code, markup) in zip(places, objectives, strict=True):
            x = LEFT + column * (width + GAP)
            self._box_shape(x, top + row * (height + ROW_GAP), width, height, code, markup)
        for (row, column), (next_row, _) in zip(places, places[1:], strict=False):
            if row != next_row:  # the turn, at the upper row's right end
                self._arrow("turn", RIGHT + 2, top + height / 2, TURN_WIDTH, height + ROW_GAP)
                continue
            mid = top + row * (height + ROW_GAP) + height / 2
            if row == 0:  # the gap after this box
                x = LEFT + column * (width + GAP) + width
            else:  # the gap before this box, the next one to its left
                x = LEFT + column * (width + GAP) - GAP
            self._arrow("right" if row == 0 else "left", x + 3, mid - 8, GAP - 6, 16)
        bottom = top + rows * height + ROW_GAP * (rows - 1)
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
        """The largest of :data:`SIZES` at which ``markup`` fits the box's text room."""
        for size in SIZES:
            lines = len(self.wrap(markup, size, width - 2 * INSET))
            if lines * size * LEADING <= height * FILL_SHARE:
                return size
        return SIZES[-1]

    def _plain(self, shape: object, fill: tuple) -> None:
        """``shape`` filled with ``fill``, no outline, no theme style (no shadow)."""
        from pptx.dml.color import RGBColor
        from pptx.oxml.ns import qn

        shape.fill.solid()  # type: ignore[attr-defined]
        shape.fill.fore_color.rgb = RGBColor.from_string(_rgb(fill))  # type: ignore[attr-defined]
        shape.line.fill.background()  # type: ignore[attr-defined]
        style = shape._element.find(qn("p:style"))  # type: ignore[attr-defined]  # noqa: SLF001
        if style is not None:
            shape._element.remove(style)  # type: ignore[attr-defined]  # noqa: SLF001

    def _arrow(self, kind: str, x: float, top: float, width: float, height: float) -> None:
        """An amber arrow: ``right``, ``left`` or the ``turn`` (a curved left arrow)."""
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.util import Pt

        preset = {
            "right": MSO_SHAPE.RIGHT_ARROW,
            "left": MSO_SHAPE.LEFT_ARROW,
            "turn": MSO_SHAPE.CURVED_LEFT_ARROW,
        }[kind]
        shape = self.current.shapes.add_shape(preset, Pt(x), Pt(top), Pt(width), Pt(height))  # type: ignore[attr-defined]
        self._plain(shape, ARROW_FILL)

    def _box_shape(
        self, x: float, top: float, width: float, height: float, code: str, markup: str
    ) -> None:
        """One objective's rounded box at (``x``, ``top``)."""
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
        from pptx.util import Pt

        text = f"**{code}** {markup}"
        size = self.fit_size(text, width, height)
        shape = self.current.shapes.add_shape(  # type: ignore[attr-defined]
            MSO_SHAPE.ROUNDED_RECTANGLE, Pt(x), Pt(top), Pt(width), Pt(height)
        )
        self._plain(shape, BOX_FILL)
        frame = shape.text_frame
        frame.margin_left = frame.margin_right = Pt(INSET)
        frame.margin_top = frame.margin_bottom = Pt(INSET)
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        frame.word_wrap = True
        par = frame.paragraphs[0]
        par.alignment = PP_ALIGN.CENTER
        par.line_spacing = Pt(size * LEADING)
        for part, chunk in enumerate(text.split("**")):
            if chunk:
                self._run(par, chunk, size, part % 2 == 1, WHITE)


__all__ = ["PptxBouvierSlides", "box_width", "slots"]
