"""The seed 000 deck whose progress tables are pasted UNFILLED OVER A TEMPLATE'S ZEBRA
STRIPES drawn for rows of another height (hundred-and-twenty-first held-out set,
``cot000_pptxdecale``): one real PowerPoint table where ``cot000_pptx``'s starts, its header
row as ``cot000_pptx``'s, its body cells with no fill; under it (drawn first) rectangles
:data:`STRIPE` no outline, as wide as the table, :data:`HEIGHT` pt high every
:data:`PITCH` pt from the top of the first body row down to the table's foot (the last one
cut there), so the stripes drift 1 pt a row against the table's 12 pt rows.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import HEADS, ROW, PptxProgressSlides

WIDTHS = {False: (350.0, 114.0, 114.0, 114.0), True: (380.0, 104.0, 104.0, 104.0)}  # eci →
STRIPE = "EAF1FA"
HEIGHT = 13.0  # pt, a stripe (the template's rows)
PITCH = 26.0  # pt, from a stripe's top to the next one's
X = 14.0  # pt, the table's left edge


def stripe(slide: object, top: float, width: float, height: float) -> object:
    """A template stripe: a rectangle ``width`` × ``height`` pt at ``top``, filled
    :data:`STRIPE`, no outline, no shadow."""
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Pt

    shape = slide.shapes.add_shape(  # type: ignore[attr-defined]
        MSO_SHAPE.RECTANGLE, Pt(X), Pt(top), Pt(width), Pt(height)
    )
    shape.fill.solid()
    shape.fill.fore_color.rgb = RGBColor.from_string(STRIPE)
    shape.line.fill.background()
    shape.shadow.inherit = False
    return shape


class PptxDecaleSlides(PptxProgressSlides):
    """Unfilled progress tables over zebra stripes of another pitch than their rows."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        widths = WIDTHS[eci]
        y, table = self._sized_grid(title, len(rows), widths)
        self._head_row(table, [header, *HEADS])
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill)
            for c in range(len(widths)):
                table.cell(r, c).fill.background()  # type: ignore[attr-defined]
        top, foot = y + ROW, y + ROW * (len(rows) + 1)
        stripes = []
        while top < foot:
            height = min(HEIGHT, foot - top)
            stripes.append(stripe(self.current, top, sum(widths), height))
            top += PITCH
        frame = table._graphic_frame._element  # type: ignore[attr-defined]
        for shape in stripes:  # drawn before the table, so under it
            frame.addprevious(shape._element)
