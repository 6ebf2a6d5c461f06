"""The seed 000 deck whose SLIDE TITLES ARE FITTED TO A ONE-LINE TITLE BOX (two-hundred-and-
thirty-seventh held-out set, ``cot000_pptxsoufflet``), as a template's title placeholder
holds them with PowerPoint's « Ajuster le texte au cadre » (« Réduire le texte en cas de
dépassement ») on: every slide title ONE text box — x :data:`LEFT` pt, :data:`WIDTH` pt wide,
one line of the title's size high (1.3 × the size, its top where ``cot000_pptx``'s one-line
title box has it, centred in the band), no insets, wrapping, the paragraph centred — the
title white bold at its size (18 pt), the box's ``a:bodyPr`` holding ``<a:normAutofit
fontScale="55000" lnSpcReduction="20000"/>`` (:data:`FONT_SCALE`,
:data:`SPACING_REDUCTION`, as PowerPoint stores the shrink). Impress shrinks each title to
its box by its own rule: a title that fits on one line prints as in ``cot000_pptx``, a long
one on two lines in a smaller size of its own. The #00528C bands keep ``cot000_pptx``'s
heights.

Every other slide and shape as :class:`tests.generators.slides_office._PptxSlides` draws it:
15 slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

LEFT, WIDTH = 20.0, 680.0  # pt, the title box
FONT_SCALE = "55000"  # ``a:normAutofit`` as PowerPoint stores it (Impress computes its own)
SPACING_REDUCTION = "20000"
BAND = (0.0, 0.32, 0.55)  # #00528C, the base deck's title band
WHITE = (1.0, 1.0, 1.0)
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


class PptxSouffletSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each title one fit-to-frame box of one line's height."""

    def title(self, value: str, size: float | None = None) -> float:
        from lxml import etree
        from pptx.enum.text import PP_ALIGN

        size = size or 18
        lines = self.wrap(value, size, WIDTH, bold=True)
        band_size = min(size, 13) if len(lines) > 1 else size  # the base deck's band
        if len(lines) > 1:
            lines = self.wrap(value, band_size, WIDTH, bold=True)
        height = max(44, 14 + len(lines) * band_size * 1.2)
        self.rect(0, 0, 720, height, BAND)
        top = (height - size * 1.2) / 2 + size * 0.95 - size  # a one-line title's box
        frame = self._box(LEFT, top, WIDTH, size * 1.3)
        body = frame._txBody.bodyPr  # type: ignore[attr-defined]
        for child in list(body):
            body.remove(child)
        autofit = etree.SubElement(body, f"{_A}normAutofit")
        autofit.set("fontScale", FONT_SCALE)
        autofit.set("lnSpcReduction", SPACING_REDUCTION)
        par = frame.paragraphs[0]
        par.alignment = PP_ALIGN.CENTER
        self._run(par, value, size, True, WHITE)
        return height + 14


__all__ = ["FONT_SCALE", "LEFT", "WIDTH", "PptxSouffletSlides"]
