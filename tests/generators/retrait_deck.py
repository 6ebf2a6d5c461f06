"""The seed 000 deck whose progress labels' ▼ / ▶ MARKERS ARE PARAGRAPH BULLETS (hundred-and-
forty-fourth held-out set, ``cot000_pptxretrait``): each table as ``cot000_pptx`` draws it
(where it stands, its columns, rows, fills and texts) but every body label cell's paragraph
a PowerPoint bullet (``a:buChar`` « ▼ » on an axis row, « ▶ » on a sub-axis row, DejaVu
Sans, #0073B3) on a hanging indent (:data:`MARGIN` pt, :data:`INDENT` pt), its typed text
only the seed code (when the row has one) and the label: no typed marker, no indent spaces.

Every other slide as ``cot000_pptx`` draws it. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides, seed_cell

MARGIN = {True: 9.0, False: 21.0}  # pt, the paragraph's left margin: axis, sub-axis rows
INDENT = -9.0  # pt, its first line's: the bullet hangs in the margin
BULLET_FONT = "DejaVu Sans"
BULLET_COLOUR = "0073B3"


class PptxRetraitSlides(_PptxSlides):
    """``cot000_pptx``'s slides; the progress labels' markers as paragraph bullets."""

    def _progress_grid(self, y: float, n_rows: int, eci: bool) -> object:
        self._grid = super()._progress_grid(y, n_rows, eci)
        return self._grid

    @staticmethod
    def _seed_cell(row: tuple, column: int) -> tuple[str, bool]:
        marker, code, label = row[:3]
        if column == 0:
            return f"{code} {label}" if code else label, marker == "▼"
        return seed_cell(row, column)

    def _banded(
        self,
        y: float,
        header: str,
        rows: list[tuple],
        eci: bool,
        size: float = 7.5,
        row_height: float = 12,
    ) -> None:
        from lxml import etree
        from pptx.oxml.ns import qn
        from pptx.util import Pt

        super()._banded(y, header, rows, eci, size, row_height)
        for r, row in enumerate(rows, start=1):
            axis = row[0] == "▼"
            par = self._grid.cell(r, 0).text_frame.paragraphs[0]  # type: ignore[attr-defined]
            ppr = par._p.get_or_add_pPr()
            ppr.set("marL", str(int(Pt(MARGIN[axis]))))
            ppr.set("indent", str(int(Pt(INDENT))))
            colour = etree.SubElement(ppr, qn("a:buClr"))
            etree.SubElement(colour, qn("a:srgbClr")).set("val", BULLET_COLOUR)
            etree.SubElement(ppr, qn("a:buFont")).set("typeface", BULLET_FONT)
            etree.SubElement(ppr, qn("a:buChar")).set("char", row[0])
