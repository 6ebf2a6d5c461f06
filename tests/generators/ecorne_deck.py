"""The seed 000 deck whose every slide but the first is laid on a DOG-EARED PAPER SHEET
(hundred-and-ninety-third held-out set, ``cot000_pptxecorne``): as the FIRST shape of each
slide's tree (so under its title bar, objectives, tables and everything else), one « Coin
plié » autoshape (:data:`SHEET`, ``prst="foldedCorner"`` at its default fold) filled
:data:`PAPER`, outlined :data:`EDGE`, no text, no shadow (:func:`sheet`: the empty
``a:effectLst`` and the style's ``a:effectRef`` set to 0, since Impress draws the theme's
shadow from the latter), its lower right corner folded over; added as each slide starts
(:meth:`PptxEcorneSlides.slide`).

Every slide as :class:`tests.generators.slides_office._PptxSlides` draws it: 15 slides, every
text ``cot000_pptx``'s, on the sheet. Only the layout comes from here: every value is the
seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

SHEET = (12.0, 54.0, 696.0, 343.0)  # pt: x, top, width, height (x 12 → 708, y 54 → 397)
PAPER, EDGE = "FFFBEA", "C8B88A"  # the sheet's fill and its 0.75 pt outline
EDGE_PT = 0.75
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def sheet(slide: object) -> None:
    """The dog-eared sheet on ``slide``, moved to the back of its shape tree."""
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Pt

    x, top, w, h = SHEET
    shape = slide.shapes.add_shape(MSO_SHAPE.FOLDED_CORNER, Pt(x), Pt(top), Pt(w), Pt(h))  # type: ignore[attr-defined]
    shape.fill.solid()
    shape.fill.fore_color.rgb = RGBColor.from_string(PAPER)
    shape.line.color.rgb = RGBColor.from_string(EDGE)
    shape.line.width = Pt(EDGE_PT)
    shape.shadow.inherit = False
    for ref in shape._element.iter(f"{{{_A}}}effectRef"):  # Impress 7.4 reads the theme's
        ref.set("idx", "0")  # shadow from effectRef despite the empty a:effectLst
    tree = slide.shapes._spTree  # type: ignore[attr-defined]
    tree.remove(shape._element)
    tree.insert(2, shape._element)  # after nvGrpSpPr and grpSpPr: the back of the slide


class PptxEcorneSlides(_PptxSlides):
    """``cot000_pptx``'s slides; every slide but the first on a dog-eared paper sheet."""

    def slide(self) -> None:
        super().slide()
        if self.page >= 2:
            sheet(self.current)


__all__ = ["EDGE", "EDGE_PT", "PAPER", "SHEET", "PptxEcorneSlides", "sheet"]
