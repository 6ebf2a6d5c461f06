"""The seed 000 deck whose template FILLS ITS TABLES WITH PRINT PATTERNS (hundred-and-
thirty-eighth held-out set, ``cot000_pptxtrame``): in each progress table no solid fill but
« Remplissage avec motif » (``a:pattFill``), as a template made for black-and-white printing
does: the header cells :data:`HEAD_PATTERN` in #0073B3 on white, their labels bold and dark;
the body rows ``cot000_pptx`` bands #EAF1FA :data:`BAND_PATTERN` in :data:`BAND_INK` on
white, the others solid white.

The table is ``cot000_pptx``'s (where it stands, its columns, rows and cells); every other
slide as :class:`tests.generators.progress_deck.PptxProgressSlides` draws it. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import BANDS, DARK, HEAD, HEADS, SIZE, PptxProgressSlides
from tests.generators.slides_office import filled_cell

HEAD_PATTERN = "pct20"
BAND_PATTERN = "ltUpDiag"
BAND_INK = "9DC3E6"
GROUND = "FFFFFF"


def patterned(table: object, r: int, c: int, prst: str, ink: str) -> object:
    """Cell (r, c) of ``table`` as :func:`filled_cell` sets it, but its fill the pattern
    ``prst`` in ``ink`` on :data:`GROUND`; returns its first paragraph."""
    from pptx.oxml.ns import qn
    from pptx.oxml.xmlchemy import OxmlElement

    par = filled_cell(table, r, c, GROUND)
    tc_pr = table.cell(r, c)._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    solid = tc_pr.find(qn("a:solidFill"))
    fill = OxmlElement("a:pattFill")
    fill.set("prst", prst)
    for tag, colour in (("a:fgClr", ink), ("a:bgClr", GROUND)):
        part = OxmlElement(tag)
        rgb = OxmlElement("a:srgbClr")
        rgb.set("val", colour)
        part.append(rgb)
        fill.append(part)
    solid.addprevious(fill)
    tc_pr.remove(solid)
    return par


class PptxTrameSlides(PptxProgressSlides):
    """Progress tables filled with print patterns instead of solid tints."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        from tests.generators.progress_deck import ROW

        _, table = self._new_grid(title, rows, eci)
        for c, label in enumerate([header, *HEADS]):
            par = patterned(table, 0, c, HEAD_PATTERN, HEAD)
            self._run(par, label, SIZE, True, DARK)
        table.rows[0].height = Pt(ROW)  # type: ignore[attr-defined]
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill)
            if fill == BANDS[0]:
                for c in range(4):
                    patterned(table, r, c, BAND_PATTERN, BAND_INK)
