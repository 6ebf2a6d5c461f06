"""The seed 000 deck whose white texts cast a DROP SHADOW (hundred-and-ninety-fourth
held-out set, ``cot000_pptxombrage``), as designers set their titles off with « Format de
forme › Effets › Ombre › Décalage diagonal bas à droite »: every text box
:class:`tests.generators.slides_office._PptxSlides` writes in white (each slide's title
lines on its band, the cover's white texts) gets an ``a:outerShdw`` (:data:`SHADOW`: blur
3 pt, distance 3 pt, direction 45°, black at 40 % opacity) in its ``a:effectLst``. The text
box being unfilled, Impress prints the shadow of its text as a bitmap under the vector
text.

Every slide, text, table and other shape otherwise as :class:`tests.generators.
slides_office._PptxSlides` draws it: 15 slides. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides, _rgb

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
# « Décalage diagonal bas à droite »: blur 3 pt, distance 3 pt (EMU), 45°, black at 40 %
SHADOW = {"blurRad": "38100", "dist": "38100", "dir": "2700000", "algn": "tl"}
ALPHA = "40000"


class PptxOmbrageSlides(_PptxSlides):
    """``cot000_pptx``'s slides, every white text box with a drop shadow."""

    def _shadowed(self, color: tuple) -> None:
        """The drop shadow on the text box just added, if its text is white."""
        from lxml import etree

        if _rgb(color) != "FFFFFF":
            return
        properties = self.current.shapes[-1]._element.spPr  # noqa: SLF001
        effects = properties.find(f"{_A}effectLst")
        if effects is None:
            effects = etree.SubElement(properties, f"{_A}effectLst")
        shadow = etree.SubElement(effects, f"{_A}outerShdw", {**SHADOW, "rotWithShape": "0"})
        black = etree.SubElement(shadow, f"{_A}prstClr", {"val": "black"})
        etree.SubElement(black, f"{_A}alpha", {"val": ALPHA})

    def text(self, x, y, value, size, font="regular", color=(0.12, 0.12, 0.12), anchor="left"):  # noqa: ANN001, ANN201, PLR0913
        super().text(x, y, value, size, font, color, anchor)
        self._shadowed(color)

    def draw_line(self, x: float, y: float, line: list, size: float, color: tuple) -> None:
        super().draw_line(x, y, line, size, color)
        self._shadowed(color)
