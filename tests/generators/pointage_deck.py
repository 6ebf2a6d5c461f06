"""The seed 000 deck's lists as CHECKLISTS (two-hundred-and-twenty-fourth held-out set,
``cot000_pptxpointage``), as a « bilan » template shows its points: every « • » bullet (a
text box of its own in ``cot000_pptx``, slides 2, 3, 4, 10, 12 and 14) DRAWN AS A TICKED
CHECK BOX in shapes — for a bullet of size s at (x, baseline y) a square :data:`SIDE` s wide
from x, its top :data:`RISE` s above the baseline, white, outlined :data:`BLUE`, and a tick
of two 1.25 pt connectors (:data:`TICK`, in s from the square's top left corner) —, no
character in its place.

Everything else as :class:`tests.generators.slides_office._PptxSlides` draws it: 15 slides.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

BLUE = (0.0, 0.32, 0.55)  # #00528C, the bullets' colour
SIDE = 0.65  # the square's side, in the bullet's size
RISE = 0.7  # its top above the baseline, in the bullet's size
TICK = ((0.2, 0.35), (0.4, 0.55), (0.6, 0.1))  # the tick's three points
TICK_WIDTH = 1.25  # pt


class PptxPointageSlides(_PptxSlides):
    """``cot000_pptx``'s slides, every « • » bullet a ticked check box of shapes."""

    def text(
        self,
        x: float,
        y: float,
        value: str,
        size: float,
        font: str = "regular",
        color: tuple = (0.12, 0.12, 0.12),
        anchor: str = "left",
    ) -> None:
        if value != "•":
            super().text(x, y, value, size, font, color, anchor)
            return
        top = y - RISE * size
        self.rect(x, top, SIDE * size, SIDE * size, (1.0, 1.0, 1.0), BLUE)
        points = [(x + a * size, top + b * size) for a, b in TICK]
        for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
            self.line(x0, y0, x1, y1, BLUE, TICK_WIDTH)
