"""The seed 000 deck whose filled rectangles have SOFT EDGES (hundred-and-ninety-first
held-out set, ``cot000_pptxouate``), as designers soften their bands with « Format de forme
› Effets › Bordures adoucies »: every rectangle :meth:`tests.generators.slides_office.
_PptxSlides.rect` draws with a fill (title bands, the cover's band, panels) gets an
``a:softEdge`` of radius :data:`RADIUS` pt in its ``a:effectLst``, which Impress prints as a
bitmap fading out over the shape's edges instead of a filled path.

Every slide, text, table and other shape otherwise as :class:`tests.generators.slides_office.
_PptxSlides` draws it: 15 slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

RADIUS = 6.0  # pt
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


class PptxOuateSlides(_PptxSlides):
    """``cot000_pptx``'s slides, every filled rectangle with soft edges."""

    def rect(self, x, y, w, h, fill, stroke=None, radius: float = 0.0) -> None:  # noqa: ANN001
        from lxml import etree
        from pptx.util import Pt

        super().rect(x, y, w, h, fill, stroke, radius)
        if not fill:
            return
        shape = self.current.shapes[-1]
        properties = shape._element.spPr  # noqa: SLF001
        effects = properties.find(f"{_A}effectLst")
        if effects is None:  # shadow.inherit = False writes it; kept in schema order else
            effects = etree.SubElement(properties, f"{_A}effectLst")
        etree.SubElement(effects, f"{_A}softEdge", {"rad": str(int(Pt(RADIUS)))})
