"""The seed 000 deck on a « CAHIER À PETITS CARREAUX » BACKGROUND (hundred-and-forty-eighth
held-out set, ``cot000_pptxcarreaux``), as a presenter does who picks a squared-paper look
for a workshop deck: THE SLIDE MASTER'S BACKGROUND A PATTERN FILL (``a:pattFill``
:data:`PATTERN`, :data:`GRID` on :data:`PAPER`), which Impress prints as a grid of thin lines
across every slide, and each progress table's BODY CELLS UNFILLED (``a:noFill``, no banding),
so the grid runs behind every body row; the header row filled as ``cot000_pptx`` fills it.

One real PowerPoint table where ``cot000_pptx``'s is, in its text, sizes and header; every
other slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

PATTERN = "dotGrid"  # « Grille pointillée »
GRID = "BDD7EE"  # the pattern's foreground
PAPER = "FFFFFF"  # its background


def squared_background(prs: object) -> None:
    """The slide master's background (and so every slide's): the :data:`PATTERN` pattern
    fill, :data:`GRID` on :data:`PAPER`, in place of the master's own."""
    from pptx.oxml.xmlchemy import OxmlElement

    c_sld = prs.slide_master._element.cSld  # type: ignore[attr-defined]
    for old in c_sld.findall("{http://schemas.openxmlformats.org/presentationml/2006/main}bg"):
        c_sld.remove(old)
    bg = OxmlElement("p:bg")
    bg_pr = OxmlElement("p:bgPr")
    patt = OxmlElement("a:pattFill")
    patt.set("prst", PATTERN)
    for tag, colour in (("a:fgClr", GRID), ("a:bgClr", PAPER)):
        clr = OxmlElement(tag)
        rgb = OxmlElement("a:srgbClr")
        rgb.set("val", colour)
        clr.append(rgb)
        patt.append(clr)
    bg_pr.append(patt)
    bg_pr.append(OxmlElement("a:effectLst"))
    bg.append(bg_pr)
    c_sld.insert(0, bg)


class PptxCarreauxSlides(_PptxSlides):
    """``cot000_pptx``'s slides on squared paper, the progress tables' body cells unfilled."""

    def __init__(self, base: object) -> None:
        super().__init__(base)
        squared_background(self.prs)

    def _progress_grid(self, y: float, n_rows: int, eci: bool) -> object:
        self._grid = super()._progress_grid(y, n_rows, eci)
        return self._grid

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
        table = self._grid
        for r in range(1, len(rows) + 1):
            for c in range(4):
                table.cell(r, c).fill.background()  # type: ignore[attr-defined]
