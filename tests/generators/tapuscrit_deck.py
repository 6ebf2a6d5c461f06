"""The seed 000 deck whose bullets are TYPED BY HAND (two-hundred-and-fourth held-out set,
``cot000_pptxtapuscrit``), as an author who does not use PowerPoint's bullets writes them:
no « • » text box of its own and no hanging indent — each bullet item ONE wrapping text box
from the bullet's place (where ``cot000_pptx``'s « • » stood), as wide as the bullet and its
paragraph were together, holding « • », a space (:data:`TYPED_BULLET`), then the item's runs
(bold runs bold), all in the paragraph's colour (:meth:`PptxTapuscritSlides.bullets`): the
item's first line starts after « • », its wrapped lines UNDER THE BULLET at the box's left
edge, Impress breaking the lines.

Every other slide, title, paragraph, box and table as :class:`tests.generators.
slides_office._PptxSlides` draws it: 15 slides. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

TYPED_BULLET = "• "


class PptxTapuscritSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each bullet « • » typed at the head of its paragraph."""

    def bullets(self, x, y, items, size, width, gap: float = 3) -> float:  # noqa: ANN001
        for item in items:
            y = self.paragraph(x, y, TYPED_BULLET + item, size, width) + gap
        return y


__all__ = ["TYPED_BULLET", "PptxTapuscritSlides"]
