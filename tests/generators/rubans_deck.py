"""The seed 000 deck whose progress rows stand on ROUNDED BANDS parted by THICK WHITE
BORDERS (ninety-ninth held-out set, ``cot000_pptxrubans``).

Each progress table at ``cot000_pptx``'s place, widths and look (header row, text, ▼ axis rows
bold, numbers right-aligned), but its body cells unfilled, their top and bottom rules
:data:`BORDER` pt white, no left and right rules (:func:`white_rules`), and under the table
one rounded rectangle a body row (:func:`band`), :data:`INSET` pt inside the row's top and
bottom, :data:`AXIS_FILL` on ▼ axis rows and :data:`FILL` on the others. Every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import HEADS, ROW, PptxProgressSlides
from tests.generators.slides_office import seed_cell

WIDTHS = {False: (350.0, 114.0, 114.0, 114.0), True: (380.0, 104.0, 104.0, 104.0)}  # eci →
FILL = "EEF3FA"
AXIS_FILL = "D6E4F5"
BORDER = 3.0  # pt, white, between the rows
INSET = 1.5  # pt, between a row's edge and its band
X = 14.0  # pt, the table's left edge


def _ln(side: str, width: float) -> object:
    """A cell rule element (``a:lnT``…): ``width`` pt white, or none when 0."""
    from pptx.oxml.xmlchemy import OxmlElement

    ln = OxmlElement(side)
    ln.set("w", str(int(width * 12700)))
    if width:
        fill = OxmlElement("a:solidFill")
        rgb = OxmlElement("a:srgbClr")
        rgb.set("val", "FFFFFF")
        fill.append(rgb)
        ln.append(fill)
    else:
        ln.append(OxmlElement("a:noFill"))
    return ln


def white_rules(cell: object) -> None:
    """The body cell unfilled, its top and bottom rules :data:`BORDER` pt white, no left
    and right rules."""
    cell.fill.background()  # type: ignore[attr-defined]
    tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    for index, (side, width) in enumerate(
        (("a:lnL", 0.0), ("a:lnR", 0.0), ("a:lnT", BORDER), ("a:lnB", BORDER))
    ):
        tc_pr.insert(index, _ln(side, width))


def band(slide: object, top: float, width: float, fill: str) -> object:
    """A rounded band ``width`` pt wide under a body row whose top is ``top`` pt, filled
    ``fill``, no outline, its corners' radius half its height."""
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Pt

    height = ROW - 2 * INSET
    shape = slide.shapes.add_shape(  # type: ignore[attr-defined]
        MSO_SHAPE.ROUNDED_RECTANGLE, Pt(X), Pt(top + INSET), Pt(width), Pt(height)
    )
    shape.adjustments[0] = 0.5
    shape.fill.solid()
    shape.fill.fore_color.rgb = RGBColor.from_string(fill)
    shape.line.fill.background()
    shape.shadow.inherit = False
    return shape


class PptxRubansSlides(PptxProgressSlides):
    """Progress rows on rounded bands under an unfilled table, thick white row borders."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        widths = WIDTHS[eci]
        y, table = self._sized_grid(title, len(rows), widths)
        self._head_row(table, [header, *HEADS])
        bands = []
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill)
            for c in range(len(widths)):
                white_rules(table.cell(r, c))  # type: ignore[attr-defined]
            colour = AXIS_FILL if seed_cell(row, 0)[1] else FILL
            bands.append(band(self.current, y + ROW * r, sum(widths), colour))
        frame = table._graphic_frame._element  # type: ignore[attr-defined]
        for shape in bands:  # drawn before the table, so under it
            frame.addprevious(shape._element)
