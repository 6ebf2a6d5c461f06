"""The seed 000 deck SET ON A LARGER SLIDE SIZE THAN ITS CONTENT (two-hundred-and-twenty-
eighth held-out set, ``cot000_pptxreserve``): ``cot000_pptx``'s slides, drawn on PowerPoint's
16:9 (25.4 × 14.29 cm, 720 × 405 pt), in a presentation whose slide size is LibreOffice's
« Écran 16:9 » (:data:`WIDTH` × :data:`HEIGHT` EMU, 28 × 15.75 cm, 793.7 × 446.5 pt), as an
agent leaves a deck he opened in Impress and set to his template's format (« Diapo ›
Propriétés de la diapo › Format ») with « Adapter l'objet au format du papier » unticked:
every shape, table, text box and font where and as large as before, so the content sits in
the top left corner of each page, a white strip down the right and along the foot.

Every slide as :class:`tests.generators.slides_office._PptxSlides` draws it: 15 slides. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

WIDTH, HEIGHT = 10080000, 5670000  # EMU, LibreOffice's « Écran 16:9 » (28 × 15.75 cm)


class PptxReserveSlides(_PptxSlides):
    """``cot000_pptx``'s slides on LibreOffice's larger 16:9 slide size, nothing scaled."""

    def finish(self) -> object:
        prs = super().finish()
        prs.slide_width, prs.slide_height = WIDTH, HEIGHT  # type: ignore[attr-defined]
        return prs


__all__ = ["HEIGHT", "WIDTH", "PptxReserveSlides"]
