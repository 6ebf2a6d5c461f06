"""The seed 000 deck with the PRESENTER'S PEN STROKES KEPT (hundred-and-eighty-second
held-out set, ``cot000_pptxmarqueur``), as a deck comes back from the steering committee
where the slides were annotated during the show (« Conserver les annotations manuscrites ? »
› Oui): each stroke kept as a freeform shape, one open polyline of many short segments
(:func:`loop`, :func:`line`), :data:`INK` at :data:`WIDTH` pt, round caps, no fill, no
shadow, drawn after everything else on its slide (:data:`STROKES`, slide → strokes): loops
round figures, wobbly underlines, a tick and an arrow, placed on ``cot000_pptx``'s text.

Every slide and shape as :class:`tests.generators.slides_office._PptxSlides` draws it: 15
slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import math

from tests.generators.slides_office import _PptxSlides

INK = "E02020"
WIDTH = 2.25  # pt
EMU = 12700  # a point

Point = tuple[float, float]


def loop(cx: float, cy: float, rx: float, ry: float, turns: float = 1.15) -> list[Point]:
    """A hand-drawn loop round (cx, cy): an ellipse slightly wobbling and tilted, started at
    its upper left, run ``turns`` times round (so its ends cross, not closed)."""
    steps = int(48 * turns)
    out = []
    for i in range(steps + 1):
        a = math.radians(200) + 2 * math.pi * turns * i / steps
        wobble = 1 + 0.06 * math.sin(3 * a) + 0.04 * i / steps
        x = cx + rx * wobble * math.cos(a)
        y = cy + ry * wobble * math.sin(a) - 0.08 * rx * math.cos(a) * math.sin(a)
        out.append((x, y))
    return out


def line(x0: float, y0: float, x1: float, y1: float, wobble: float = 0.8) -> list[Point]:
    """A hand-drawn stroke from (x0, y0) to (x1, y1), wobbling ``wobble`` pt across."""
    steps = max(8, int(math.hypot(x1 - x0, y1 - y0) / 3))
    dx, dy = x1 - x0, y1 - y0
    norm = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / norm, dx / norm
    return [
        (
            x0 + dx * t + nx * wobble * math.sin(7 * t + 1),
            y0 + dy * t + ny * wobble * math.sin(7 * t + 1),
        )
        for t in (i / steps for i in range(steps + 1))
    ]


# slide → its strokes, placed on cot000_pptx's words (pdfplumber on its committed PDF)
STROKES: dict[int, list[list[Point]]] = {
    3: [loop(108.0, 70.5, 34.0, 13.0)],  # « 23,3 % »
    6: [
        line(572.0, 140.0, 608.0, 139.0),  # under « +11 % »
        loop(590.0, 174.3, 22.0, 9.5),  # « +12 % »
    ],
    7: [
        line(4.0, 66.0, 8.0, 72.0, 0.3) + line(8.0, 72.0, 15.0, 58.0, 0.4)[1:],  # a tick
        loop(578.6, 68.2, 16.0, 8.0),  # « 27 % »
        loop(695.4, 152.2, 12.0, 8.0),  # « 0 % » of « Eclairage public … »
        line(24.0, 218.0, 60.0, 217.0),  # under « ▼ Mobilité »
    ],
    8: [
        loop(688.9, 68.2, 18.0, 8.5),  # « 61,2 % »
        line(640.0, 190.0, 603.0, 168.5, 1.0),  # the arrow's shaft …
        line(603.0, 168.5, 613.0, 169.0, 0.3),  # … its head
        line(603.0, 168.5, 607.0, 177.0, 0.3),
    ],
}


class PptxMarqueurSlides(_PptxSlides):
    """``cot000_pptx``'s slides, the pen strokes of :data:`STROKES` drawn last on theirs."""

    def slide(self) -> None:
        self._ink()
        super().slide()

    def finish(self) -> object:
        self._ink()
        return super().finish()

    def _ink(self) -> None:
        if self.current is None:
            return
        for points in STROKES.get(self.page, []):
            self._stroke(points)

    def _stroke(self, points: list[Point]) -> None:
        """One freeform polyline, the ink's colour and width, no fill, no shape style."""
        from pptx.dml.color import RGBColor
        from pptx.oxml.ns import qn
        from pptx.util import Pt

        (x0, y0), rest = points[0], points[1:]
        builder = self.current.shapes.build_freeform(  # type: ignore[attr-defined]
            round(x0 * EMU), round(y0 * EMU), scale=1.0
        )
        builder.add_line_segments([(round(x * EMU), round(y * EMU)) for x, y in rest], close=False)
        shape = builder.convert_to_shape()
        shape.fill.background()
        shape.line.color.rgb = RGBColor.from_string(INK)
        shape.line.width = Pt(WIDTH)
        element = shape._element  # noqa: SLF001
        style = element.find(qn("p:style"))
        if style is not None:  # python-pptx's default shape style: a shadow in Impress
            element.remove(style)
        ln = element.find(f"{qn('p:spPr')}/{qn('a:ln')}")
        ln.set("cap", "rnd")
        ln.append(ln.makeelement(qn("a:round"), {}))
