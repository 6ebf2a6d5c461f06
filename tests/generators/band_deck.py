"""The seed 000 deck whose progress tables' AXIS ROWS ARE MERGED BANDS (forty-fourth held-out
set, ``cot000_pptxband``): one real PowerPoint table each, as ``cot000_pptx`` draws it, but
every ▼ axis row one cell merged across the four columns (« Fusionner les cellules ») on a
#BDD7EE band, holding one paragraph: the axis label, then its three numbers each after a tab
character on right-aligned tab stops set by eye on the ruler.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides, filled_cell, seed_cell

HEAD = "0073B3"
BAND = "BDD7EE"
DARK = (0.12, 0.12, 0.12)
WHITE = (1.0, 1.0, 1.0)
SIZE = 7.5
ROW = 12.0  # pt
# right-aligned tab stops of a band, pt from the merged cell's text left edge
STOPS = {False: (454.0, 568.0, 676.0), True: (470.0, 574.0, 676.0)}


class PptxBandSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each progress table's axis rows merged into one band."""

    def _stops(self, par: object, stops: tuple[float, ...]) -> None:
        from pptx.oxml.xmlchemy import OxmlElement
        from pptx.util import Pt

        p_pr = par._p.get_or_add_pPr()  # type: ignore[attr-defined]
        tabs = OxmlElement("a:tabLst")
        for stop in stops:
            tab = OxmlElement("a:tab")
            tab.set("pos", str(Pt(stop)))
            tab.set("algn", "r")
            tabs.append(tab)
        p_pr.append(tabs)

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        self.slide()
        table = self._progress_grid(self.title(title) - 6, len(rows), eci)
        heads = [header, "Points restants", "% Réalisé", "% Programmé"]
        for c in range(4):
            self._run(filled_cell(table, 0, c, HEAD), heads[c], SIZE, True, WHITE)
        table.rows[0].height = Pt(ROW)  # type: ignore[attr-defined]
        band = 0  # ▶ rows since the last band
        for r, row in enumerate(rows, start=1):
            table.rows[r].height = Pt(ROW)  # type: ignore[attr-defined]
            if row[0] == "▼":
                table.cell(r, 0).merge(table.cell(r, 3))  # type: ignore[attr-defined]
                par = filled_cell(table, r, 0, BAND)
                self._stops(par, STOPS[eci])
                text = "\t".join(seed_cell(row, c)[0] for c in range(4))
                self._run(par, text, SIZE, True, DARK)
                band = 0
                continue
            fill = "FFFFFF" if band % 2 else "EAF1FA"
            for c in range(4):
                self._run(filled_cell(table, r, c, fill), seed_cell(row, c)[0], SIZE, False, DARK)
            band += 1
