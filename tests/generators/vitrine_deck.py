"""The seed 000 deck whose two audit slides show their score line as « CHIFFRES CLÉS »
TILES (hundred-and-seventy-first held-out set, ``cot000_pptxvitrine``): on slides 3 and 4,
in place of ``cot000_pptx``'s one-line strip « Score 23,3 % et obtention d'une ★ »
(« Score 15,1 % et 0 ★ »), two rounded tiles side by side (:data:`TILES`), each a grey
caption over a large red figure (:func:`_tiles`) — the seed's line cut in four, in its
order —; the slide's bullets and paragraph :data:`DROP` pt lower.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.slides_office import _PptxSlides, _rgb

TILES = ((20.0, 200.0), (236.0, 200.0))  # pt, each tile's left edge and width
TILE_H = 78.0  # pt
FILL = (0.99, 0.9, 0.75)  # #FCE6BF, the strip's
CAPTION = (0.35, 0.35, 0.35)  # #595959
FIGURE = (0.72, 0.1, 0.12)  # #B81A1F, the strip's text colour
CAPTION_SIZE, FIGURE_SIZE = 11.0, 32.0  # pt
INSET_X, INSET_Y = 10.0, 8.0  # pt, a tile's text margins
DROP = 56.0  # pt, how much lower the bullets and paragraph go
_SCORE = re.compile(r"Score (\S+ %) (et .*)$")


class PptxVitrineSlides(_PptxSlides):
    """``cot000_pptx``'s slides; the audit slides' score line as two key-figure tiles."""

    def __init__(self, base: object) -> None:
        super().__init__(base)
        self._audit = False  # on an audit slide, after its strip
        self._strip: tuple | None = None  # the strip's rectangle, held until its text
        self._drop = False  # past the strip's star: the slide's bullets and paragraph lower

    def slide(self) -> None:
        self._audit = False
        self._strip = None
        self._drop = False
        super().slide()

    def rect(self, x, y, w, h, fill, stroke=None, radius: float = 0.0) -> None:  # noqa: ANN001
        if self.page in (3, 4) and not self._audit and w == 680 and h == 30:
            self._strip = (x, y)  # the score strip: drawn as tiles once its text comes
            return
        super().rect(x, y, w, h, fill, stroke, radius)

    def text(self, x, y, value, size, font="regular", color=(0.12, 0.12, 0.12), anchor="left"):  # noqa: ANN001, ANN201
        if self._strip is not None and not self._audit:
            match = _SCORE.match(value)
            if match is not None:
                self._tiles(self._strip[1], match.group(1), match.group(2))
                return None
        if self._audit and value == "★":
            self._audit = False  # the strip's star: in the second tile already
            self._drop = True
            return None
        if self.page in (3, 4) and self._drop:
            y += DROP
        return super().text(x, y, value, size, font, color, anchor)

    def paragraph(self, x: float, y: float, markup: str, *args, **kwargs) -> float:  # noqa: ANN002, ANN003
        if self.page in (3, 4) and self._drop:
            return super().paragraph(x, y + DROP, markup, *args, **kwargs) - DROP
        return super().paragraph(x, y, markup, *args, **kwargs)

    def _tiles(self, top: float, score: str, rest: str) -> None:
        """The two tiles at ``top``: « Score » over ``score``; the rest of the line's words
        over the star (« et obtention d'une » / « ★ », or « et » / « 0 ★ »)."""
        words = rest.split(" ")
        if words[-1] == "0":  # « et 0 » then the star: the figure « 0 ★ »
            second = (" ".join(words[:-1]), "0 ★")
        else:
            second = (rest, "★")
        for (x, w), (caption, figure) in zip(TILES, (("Score", score), second), strict=True):
            self._tile(x, top, w, caption, figure)
        self._audit = True

    def _tile(self, x: float, top: float, w: float, caption: str, figure: str) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
        from pptx.util import Pt

        shape = self.current.shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE, Pt(x), Pt(top), Pt(w), Pt(TILE_H)
        )
        shape.shadow.inherit = False
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(_rgb(FILL))
        shape.line.fill.background()
        frame = shape.text_frame
        frame.word_wrap = True
        frame.vertical_anchor = MSO_ANCHOR.TOP
        frame.margin_left = frame.margin_right = Pt(INSET_X)
        frame.margin_top = frame.margin_bottom = Pt(INSET_Y)
        first = frame.paragraphs[0]
        first.alignment = PP_ALIGN.LEFT
        self._run(first, caption, CAPTION_SIZE, True, CAPTION)
        second = frame.add_paragraph()
        second.alignment = PP_ALIGN.LEFT
        self._run(second, figure, FIGURE_SIZE, True, FIGURE)
