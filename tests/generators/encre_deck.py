"""The seed 000 deck whose progress tables keep THE PRESENTER'S PEN STROKES (hundred-and-third
held-out set, ``cot000_pptxencre``), as a deck is saved after a meeting where the figures
were pointed at with the pen: on each progress table, as ``cot000_pptx`` draws it, three
freeform shapes (``custGeom`` polylines, no fill, a :data:`WIDTH` pt :data:`RED` line with
round caps and joins) added after the table: a wobbly UNDERLINE under the first ▼ axis row
(:func:`underline`), a LOOP round the last ▼ axis row's « % Réalisé » value (:func:`loop`),
a TICK beside the second ▼ axis row in the label column's empty right part (:func:`tick`).

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import math

from tests.generators.slides_office import _PptxSlides

ROW = 12.0  # pt, ``_banded``'s rows (header included)
LEFT = 14.0  # pt, the table's left edge
LABEL_COLUMN = {False: 350.0, True: 380.0}  # CAE, ECI
NUMBER_COLUMN = {False: 114.0, True: 104.0}
RED = "FF0000"
WIDTH = 1.5  # pt

Point = tuple[float, float]


def underline(top: float) -> list[Point]:
    """Under a row whose top is ``top``: x 20 → 690 pt, a point every 10 pt, 10.5 pt under
    the top with a ±0.8 pt wobble."""
    return [(20.0 + 10 * i, top + 10.5 + 0.8 * math.sin(1.3 * i)) for i in range(68)]


def loop(cx: float, cy: float) -> list[Point]:
    """Round (``cx``, ``cy``): 49 points from 200° over 1.15 turns, radii 18 × 8 pt growing
    by 6 % over the stroke."""
    points = []
    for i in range(49):
        t = i / 48
        angle = math.radians(200) + t * 1.15 * 2 * math.pi
        grow = 1 + 0.06 * t
        points.append((cx + 18 * grow * math.cos(angle), cy - 8 * grow * math.sin(angle)))
    return points


def tick(x0: float, middle: float) -> list[Point]:
    """A ✓ of three points from (``x0``, ``middle`` − 1)."""
    return [(x0, middle - 1), (x0 + 4, middle + 3.5), (x0 + 12, middle - 5)]


def _row_middle(y: float, index: int) -> float:
    return y + ROW * (index + 1) + ROW / 2  # body row ``index``, under the header


def strokes(y: float, rows: list[tuple], eci: bool) -> list[list[Point]]:
    """The three strokes over the progress table at ``y`` holding ``rows``."""
    axes = [i for i, row in enumerate(rows) if row[0] == "▼"]
    label_right = LEFT + LABEL_COLUMN[eci]
    done_right = label_right + 2 * NUMBER_COLUMN[eci]  # « % Réalisé »'s right edge
    return [
        underline(y + ROW * (axes[0] + 1)),
        loop(done_right - 16, _row_middle(y, axes[-1])),
        tick(label_right - 30, _row_middle(y, axes[1])),
    ]


def draw_stroke(slide: object, points: list[Point]) -> None:
    """``points`` as one freeform polyline on ``slide``: no fill, a red round-capped line."""
    from pptx.dml.color import RGBColor
    from pptx.util import Pt

    builder = slide.shapes.build_freeform(*points[0], scale=Pt(1))  # type: ignore[attr-defined]
    builder.add_line_segments(points[1:], close=False)
    shape = builder.convert_to_shape()
    shape.fill.background()
    shape.line.color.rgb = RGBColor.from_string(RED)
    shape.line.width = Pt(WIDTH)
    shape.shadow.inherit = False
    line = shape.line._get_or_add_ln()
    line.set("cap", "rnd")
    line.append(line.makeelement("{http://schemas.openxmlformats.org/drawingml/2006/main}round"))


class PptxEncreSlides(_PptxSlides):
    """``cot000_pptx``'s slides; three pen strokes over each progress table."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self.slide()
        y = self.title(title) - 6
        self._banded(y, header, rows, eci)
        for points in strokes(y, rows, eci):
            draw_stroke(self.current, points)
