"""The seed 000 deck whose « % Réalisé » cells carry HARVEY BALLS (two-hundred-and-forty-third
held-out set, ``cot000_pptxzeste``), as the consultant's « Harvey balls » add-in redraws on a
slide Excel's « 5 quarts » icon set (``5Quarters``) of the workbook: every slide as
``cot000_pptx``, the two progress tables too, but after each table (above it in the z-order),
for each body row, ▼ and ▶ alike, a :data:`BALL` pt circle (white fill, :data:`LINE` pt
:data:`INK` outline) at the « % Réalisé » cell's left (its left edge + its :data:`INSET` pt
margin), vertically centred on its 12 pt row, and over it an :data:`INK` ``pie`` of one, two
or three quarters clockwise from twelve o'clock, or the circle filled whole, by
:func:`quarters`: the value's share of its table column's range against Excel's default
thresholds :data:`THRESHOLDS`. The shapes carry no ``p:style`` (no shadow). The percentages
right-aligned in their cells as before.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it: 15
slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.braise_deck import figure
from tests.generators.slides_office import _PptxSlides

BALL = 7.0  # pt, the circle's diameter
LINE = 0.75  # pt, its outline
INK = "404040"
INSET = 4.0  # pt, the cell's left margin
ROW = 12.0  # pt, a body row
DONE = 2  # the « % Réalisé » column
THRESHOLDS = (0.2, 0.4, 0.6, 0.8)  # Excel's « 5 quarts »: percent of the range
PIE_UNIT = 0.6  # python-pptx's adjustment value of one degree (60 000ths / 100 000)


def quarters(value: float, low: float, high: float) -> int:
    """How many quarters of the ball are filled (0 to 4) for ``value`` in ``low``–``high``."""
    share = 0.0 if high == low else (value - low) / (high - low)
    return sum(1 for t in THRESHOLDS if share >= t)


def _plain(shape: object) -> None:
    """``shape`` without its ``p:style`` (no theme shadow, line or fill)."""
    element = shape._element  # type: ignore[attr-defined]
    style = element.find("{http://schemas.openxmlformats.org/presentationml/2006/main}style")
    if style is not None:
        element.remove(style)


class PptxZesteSlides(_PptxSlides):
    """``cot000_pptx``'s slides, a Harvey ball in every « % Réalisé » body cell."""

    def _ball(self, x: float, top: float, filled: int) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.util import Pt

        shapes = self.current.shapes  # type: ignore[attr-defined]
        ring = shapes.add_shape(MSO_SHAPE.OVAL, Pt(x), Pt(top), Pt(BALL), Pt(BALL))
        _plain(ring)
        ring.fill.solid()
        ring.fill.fore_color.rgb = RGBColor.from_string(INK if filled == 4 else "FFFFFF")
        ring.line.color.rgb = RGBColor.from_string(INK)
        ring.line.width = Pt(LINE)
        if 0 < filled < 4:
            pie = shapes.add_shape(MSO_SHAPE.PIE, Pt(x), Pt(top), Pt(BALL), Pt(BALL))
            _plain(pie)
            pie.adjustments[0] = 270 * PIE_UNIT  # from twelve o'clock, clockwise
            pie.adjustments[1] = ((270 + 90 * filled) % 360) * PIE_UNIT
            pie.fill.solid()
            pie.fill.fore_color.rgb = RGBColor.from_string(INK)
            pie.line.fill.background()

    def _banded(
        self,
        y: float,
        header: str,
        rows: list[tuple],
        eci: bool,
        size: float = 7.5,
        row_height: float = 12,
    ) -> None:
        super()._banded(y, header, rows, eci, size, row_height)
        widths = (380, 104, 104, 104) if eci else (350, 114, 114, 114)
        left = 14 + sum(widths[:DONE]) + INSET
        values = [figure(self._seed_cell(row, DONE)[0]) for row in rows]
        numbers = [v for v in values if v is not None]
        low, high = min(numbers), max(numbers)
        for r, value in enumerate(values, start=1):
            if value is not None:
                self._ball(left, y + ROW * r + (ROW - BALL) / 2, quarters(value, low, high))


__all__ = ["BALL", "THRESHOLDS", "PptxZesteSlides", "quarters"]
