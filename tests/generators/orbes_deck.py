"""The seed 000 deck whose progress percentages carry A MINI DOUGHNUT GAUGE EACH
(hundred-and-seventy-sixth held-out set, ``cot000_pptxorbes``), as a consultancy template
dresses its percentages with « jauges en anneau »: each progress table drawn as
``cot000_pptx`` draws it, then, over it, in every body row's « % Réalisé » and « % Programmé »
cells, a :data:`BOX` pt square :data:`INSET` pt right of the cell's left edge, centred in the
row's :data:`ROW` pt: a grey « Anneau » (``prstGeom donut``, :data:`TRACK`) and over it an
« Arc plein » (``prstGeom blockArc``, :data:`DONE` or :data:`PLANNED`) swept clockwise from
12 o'clock over the value's share of the circle (none for « 0 % »), both :data:`THICKNESS`
of the box thick, no outline, no shadow, no text.

Every other slide and shape as :class:`tests.generators.slides_office._PptxSlides` draws it:
15 slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides, seed_cell

BOX = 9.0  # pt, a doughnut's square
INSET = 6.0  # pt, from the cell's left edge
ROW = 12.0  # pt, the base deck's row height (header and body)
LEFT = 14.0  # pt, the table's left edge
TRACK = "D9D9D9"
DONE = "70AD47"  # « % Réalisé »
PLANNED = "0073B3"  # « % Programmé »
THICKNESS = 0.25  # of the box, both shapes
TOP = 270.0  # degrees, 12 o'clock in DrawingML's clockwise angles


def _share(value: str) -> float:
    """« 27 % » → 0.27, « 16,4 % » → 0.164."""
    return float(value.replace("%", "").replace(",", ".").strip()) / 100


def _plain(shape: object, colour: str) -> None:
    """``shape`` filled ``colour``, no outline, no shadow: an empty ``a:effectLst`` and no
    ``p:style`` (whose effect reference Impress prints as a soft shadow even so)."""
    from pptx.dml.color import RGBColor
    from pptx.oxml.ns import qn

    shape.fill.solid()  # type: ignore[attr-defined]
    shape.fill.fore_color.rgb = RGBColor.from_string(colour)  # type: ignore[attr-defined]
    shape.line.fill.background()  # type: ignore[attr-defined]
    shape.shadow.inherit = False  # type: ignore[attr-defined]
    sp = shape._element  # type: ignore[attr-defined]
    style = sp.find(qn("p:style"))
    if style is not None:
        sp.remove(style)


class PptxOrbesSlides(_PptxSlides):
    """``cot000_pptx``'s slides, a mini doughnut beside every progress percentage."""

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
        widths = [380, 104, 104, 104] if eci else [350, 114, 114, 114]
        for r, row in enumerate(rows, start=1):
            top = y + r * ROW + (ROW - BOX) / 2
            for c, colour in ((2, DONE), (3, PLANNED)):
                value, _ = seed_cell(row, c)
                self.doughnut(LEFT + sum(widths[:c]) + INSET, top, _share(value), colour)

    def doughnut(self, x: float, y: float, share: float, colour: str) -> None:
        """The grey ring at (x, y) and, over it, the arc of ``share`` in ``colour``."""
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.util import Pt

        shapes = self.current.shapes  # type: ignore[attr-defined]
        ring = shapes.add_shape(MSO_SHAPE.DONUT, Pt(x), Pt(y), Pt(BOX), Pt(BOX))
        ring.adjustments[0] = THICKNESS
        _plain(ring, TRACK)
        if share <= 0:
            return
        arc = shapes.add_shape(MSO_SHAPE.BLOCK_ARC, Pt(x), Pt(y), Pt(BOX), Pt(BOX))
        # DrawingML angles in 60 000ths of a degree, python-pptx's in 100 000ths of that unit
        arc.adjustments[0] = TOP * 0.6
        arc.adjustments[1] = ((TOP + 360 * share) % 360) * 0.6
        arc.adjustments[2] = THICKNESS
        _plain(arc, colour)
