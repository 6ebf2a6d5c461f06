"""The seed 000 deck whose progress tables' « % Programmé » cells are HATCHED (hundred-and-
fourth held-out set, ``cot000_pptxmotif``), as a deck whose convention is « programmé =
hachuré » carries it into its tables.

Every slide as :class:`tests.generators.slides_office._PptxSlides` draws it, but in each
progress table every body cell of the « % Programmé » column is filled with a PowerPoint
PATTERN FILL instead of its band's solid fill: « Diagonale vers le haut large »
(``a:pattFill prst="wdUpDiag"``), foreground :data:`HATCH`, background the row's band colour.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

PATTERN = "wdUpDiag"
HATCH = "9DC3E6"
COLUMN = 3  # « % Programmé »
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def hatch(cell: object) -> None:
    """Replace ``cell``'s solid fill by :data:`PATTERN` in :data:`HATCH` over that fill's
    colour, at the fill's place in the cell's properties."""
    from lxml import etree

    tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    solid = tc_pr.find(f"{_A}solidFill")
    background = solid.find(f"{_A}srgbClr").get("val")
    patt = etree.Element(f"{_A}pattFill", prst=PATTERN)
    for tag, colour in (("fgClr", HATCH), ("bgClr", background)):
        etree.SubElement(etree.SubElement(patt, f"{_A}{tag}"), f"{_A}srgbClr", val=colour)
    solid.addprevious(patt)
    tc_pr.remove(solid)


class PptxMotifSlides(_PptxSlides):
    """``cot000_pptx``'s slides; the « % Programmé » body cells hatched."""

    def _progress_grid(self, y: float, n_rows: int, eci: bool) -> object:
        self._grid = super()._progress_grid(y, n_rows, eci)
        return self._grid

    def _banded(self, y: float, header: str, rows: list[tuple], eci: bool, **kw: float) -> None:
        super()._banded(y, header, rows, eci, **kw)
        for r in range(1, len(rows) + 1):
            hatch(self._grid.cell(r, COLUMN))  # type: ignore[attr-defined]
