"""The seed 000 deck whose progress tables were ENLARGED FOR LEGIBILITY AND SQUEEZED BACK
ONTO THEIR SLIDE BY THEIR LINE SPACING (hundred-and-thirty-first held-out set,
``cot000_pptxpresse``): each table where ``cot000_pptx``'s stands, its colours and bands, but
ALL ITS TEXT 9 pt, EVERY PARAGRAPH'S LINE SPACING 70 % (PowerPoint's « Interligne : Multiple
0,7 », ``a:lnSpc``/``a:spcPct``), every cell's top and bottom margins 0 and every row 6 pt
high (Impress growing each to its lines).

Every other slide as ``cot000_pptx`` draws it. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

SIZE = 9.0  # pt, header and body
ROW = 6.0  # pt, grown by Impress to the row's lines
SPACING = 70000  # a:spcPct, thousandths of a percent: 70 %


class PptxPresseSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each progress table in 9 pt type at a 70 % line spacing."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.oxml.xmlchemy import OxmlElement
        from pptx.util import Pt

        self.slide()
        self._banded(self.title(title) - 6, header, rows, eci, size=SIZE, row_height=ROW)
        table = [s for s in self.current.shapes if s.has_table][-1].table
        for row in table.rows:
            for cell in row.cells:
                cell.margin_top = cell.margin_bottom = Pt(0)
                for par in cell.text_frame.paragraphs:
                    p_pr = par._p.get_or_add_pPr()
                    spacing = OxmlElement("a:lnSpc")
                    percent = OxmlElement("a:spcPct")
                    percent.set("val", str(SPACING))
                    spacing.append(percent)
                    p_pr.insert(0, spacing)
