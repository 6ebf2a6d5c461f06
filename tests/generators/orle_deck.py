"""The seed 000 deck whose bold key phrases are UNDERLINED IN THE ACCENT COLOUR
(hundred-and-ninety-seventh held-out set, ``cot000_pptxorle``), a template's « mise en
relief »: every bold run :class:`tests.generators.slides_office._PptxSlides` writes in a
colour other than white (the « ** » key phrases of the paragraphs and bullets, the bold
labels in dark text) gets ``u="sng"`` and an ``a:uFill`` of :data:`ACCENT` (« Couleur de
soulignement »), the text keeping its own colour. Impress prints under each such run, line
by line, a thin orange line as wide as its text.

Every slide, text, table and other shape otherwise as :class:`tests.generators.
slides_office._PptxSlides` draws it (the white titles on their bands untouched): 15 slides.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides, _rgb

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
ACCENT = "ED7D31"  # the template's « Orange, Accentuation 2 »


class PptxOrleSlides(_PptxSlides):
    """``cot000_pptx``'s slides, every bold run not in white underlined in orange."""

    def _run(self, par: object, text: str, size: float, bold: bool, color: tuple) -> None:
        from lxml import etree

        super()._run(par, text, size, bold, color)
        if not bold or _rgb(color) == "FFFFFF":
            return
        properties = par.runs[-1]._r.get_or_add_rPr()  # type: ignore[attr-defined]  # noqa: SLF001
        properties.set("u", "sng")
        fill = etree.Element(f"{_A}uFill")
        solid = etree.SubElement(fill, f"{_A}solidFill")
        etree.SubElement(solid, f"{_A}srgbClr", {"val": ACCENT})
        latin = properties.find(f"{_A}latin")  # a:uFill goes after the fill, before the fonts
        if latin is not None:
            latin.addprevious(fill)
        else:
            properties.append(fill)
