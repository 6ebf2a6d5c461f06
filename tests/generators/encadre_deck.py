"""The seed 000 deck whose progress tables carry RED FRAMES DRAWN BY THE PRESENTER ROUND TWO
AXIS BLOCKS (seventy-fifth held-out set, ``cot000_pptxencadre``): on each progress table, as
``cot000_pptx`` draws it, two « Rectangle : coins arrondis » (``roundRect``) with no fill, a
1.5 pt #C00000 outline, no shadow and no text, drawn over the table from 3 pt left of it to
3 pt right of it, from 1.5 pt above a ▼ axis row's top to 1.5 pt under its last ▶ row's
bottom: round the second ▼ axis block and round the last.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

ROW = 12.0  # pt, ``_banded``'s rows (header included)
LEFT, RIGHT = 14.0, 14.0 + 692.0  # the table's sides (pt)
OUTSIDE, OVER = 3.0, 1.5  # pt beyond the table's sides, into the rows above and below
RED = "C00000"
LINE = 1.5  # pt


def blocks(rows: list[tuple]) -> list[tuple[int, int]]:
    """Each ▼ axis block of ``rows``: its first and last body row indexes (0-based)."""
    starts = [i for i, row in enumerate(rows) if row[0] == "▼"]
    return [(s, e - 1) for s, e in zip(starts, [*starts[1:], len(rows)], strict=True)]


class PptxEncadreSlides(_PptxSlides):
    """``cot000_pptx``'s slides; two red frames round axis blocks over each progress table."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self.slide()
        y = self.title(title) - 6
        self._banded(y, header, rows, eci)
        axes = blocks(rows)
        for first, last in (axes[1], axes[-1]):
            top = y + ROW * (first + 1) - OVER  # body row index + 1 under the header
            bottom = y + ROW * (last + 2) + OVER
            self._frame(LEFT - OUTSIDE, top, RIGHT + OUTSIDE, bottom)

    def _frame(self, x0: float, y0: float, x1: float, y1: float) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.util import Pt

        shape = self.current.shapes.add_shape(  # type: ignore[attr-defined]
            MSO_SHAPE.ROUNDED_RECTANGLE, Pt(x0), Pt(y0), Pt(x1 - x0), Pt(y1 - y0)
        )
        shape.fill.background()
        shape.line.color.rgb = RGBColor.from_string(RED)
        shape.line.width = Pt(LINE)
        shape.shadow.inherit = False
