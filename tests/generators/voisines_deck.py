"""The seed 000 deck whose four orientation slides were MERGED TWO TO A SLIDE (hundred-and-
sixty-fifth held-out set, ``cot000_pptxvoisines``), as a presenter shortens a deck: 13
slides, slide 10 « Les orientations stratégiques (1/2) » holding ORIENTATION 1 in a left
column and ORIENTATION 2 in a right one, slide 11 « (2/2) » ORIENTATION 3 and 4; each
column a bold « ORIENTATION n : … » heading over a rule, then the orientation's objectives
in seed order (:data:`SIZE` pt), the « Objectifs obligatoires » tag where its slide had it;
a vertical rule between the columns.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.seed000_content import _ORIENTATIONS
from tests.generators.slides_office import _PptxSlides

TITLE = "Les orientations stratégiques ({n}/2)"
COLUMNS = (24.0, 376.0)  # pt, the left edges of the left and right columns
WIDTH = 320.0  # pt, a column's width
TOP = 66.0  # pt, the headings' top
RULE_X = 360.0  # pt, the vertical rule between the columns
RULE_Y = (64.0, 385.0)
HEAD_SIZE = 10.5  # pt
SIZE = 9.0  # pt, the objectives
TAG_SIZE = 8.0  # pt
BLUE = (0.0, 0.32, 0.55)  # the title bars' #00528C
DARK = (0.12, 0.12, 0.12)
GREY = (0.45, 0.45, 0.45)
LINE_GREY = (0.65, 0.65, 0.65)  # #A6A6A6
GAP = 5.0  # pt between two objectives
_ORIENTATION = re.compile(r"ORIENTATION (\d+) : ")


class PptxVoisinesSlides(_PptxSlides):
    """``cot000_pptx``'s slides; the orientation slides two to a slide, side by side."""

    def __init__(self, base: object) -> None:
        super().__init__(base)
        self._skip_slide = False  # the next slide() joins the previous orientation's slide
        self._swallow = False  # the base's drawing of an orientation slide not drawn

    def slide(self) -> None:
        if self._skip_slide:
            self._skip_slide = False
            return
        self._swallow = False
        super().slide()

    def title(self, value: str, size: float | None = None) -> float:
        match = _ORIENTATION.match(value)
        if match is None:
            return super().title(value, size)
        number = int(match.group(1))
        if number % 2:  # the first of a pair: a slide of its own, the next one joins it
            super().title(TITLE.format(n=(number + 1) // 2))
            self._skip_slide = True
            super().line(RULE_X, RULE_Y[0], RULE_X, RULE_Y[1], LINE_GREY, 0.75)
        self._column(COLUMNS[(number - 1) % 2], _ORIENTATIONS[number - 1])
        self._swallow = True
        return TOP

    def text(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        if not self._swallow:
            super().text(*args, **kwargs)

    def paragraph(self, x: float, y: float, markup: str, *args, **kwargs) -> float:  # noqa: ANN002, ANN003
        if self._swallow:
            return y
        return super().paragraph(x, y, markup, *args, **kwargs)

    def _column(self, x: float, orientation: tuple) -> None:
        """One orientation in the column from ``x``: heading, rule, tag, objectives."""
        number, label, objectives, bulleted, tag_on_top = orientation
        heading = f"**ORIENTATION {number} : {label}**"
        y = super().paragraph(x, TOP + HEAD_SIZE, heading, HEAD_SIZE, WIDTH, BLUE, 1.2)
        y += 4 - HEAD_SIZE
        super().line(x, y, x + WIDTH, y, BLUE, 1.0)
        y += 6
        if tag_on_top:
            super().text(
                x + WIDTH, y + TAG_SIZE, "Objectifs obligatoires", TAG_SIZE, "italic", GREY, "right"
            )
            y += TAG_SIZE + 6
        y += SIZE
        for code, markup in objectives:
            left = x
            if bulleted:
                super().text(left, y, "•", SIZE, "regular", BLUE)
                left += 10
            super().text(left, y, code, SIZE, "regular", DARK)
            text_x = left + 22
            y = super().paragraph(text_x, y, markup, SIZE, x + WIDTH - text_x, DARK) + GAP
        if not tag_on_top:
            super().text(x, y + 10, "Objectifs obligatoires", TAG_SIZE, "italic", GREY)
