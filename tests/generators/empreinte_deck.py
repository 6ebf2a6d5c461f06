"""The seed 000 deck whose four orientation slides carry a GIANT PALE NUMERAL behind their
objectives (hundred-and-eighty-seventh held-out set, ``cot000_pptxempreinte``): right after
each orientation's title bar, before anything else of the slide (so under its objectives in
the z-order), one text box (:data:`BOX`, no fill, no line, no wrap, right-aligned,
top-anchored) holding the orientation's own number in bold :data:`SIZE` pt
:data:`PALE` (:meth:`PptxEmpreinteSlides.title`), as agency decks stamp their chapters.

Every slide as :class:`tests.generators.slides_office._PptxSlides` draws it: 15 slides, the
objectives, tags and titles ``cot000_pptx``'s. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.slides_office import _PptxSlides

BOX = (470.0, 40.0, 230.0, 360.0)  # pt: x, top, width, height
SIZE = 260.0  # pt
PALE = (0.863, 0.914, 0.937)  # #DCE9EF
_ORIENTATION = re.compile(r"ORIENTATION (\d+) : ")


class PptxEmpreinteSlides(_PptxSlides):
    """``cot000_pptx``'s slides; a giant pale numeral behind each orientation's objectives."""

    def title(self, value: str, size: float | None = None) -> float:
        y = super().title(value, size)
        match = _ORIENTATION.match(value)
        if match is not None:
            self._numeral(match.group(1))
        return y

    def _numeral(self, number: str) -> None:
        """``number`` in the slide's right part, bold, pale, under what follows."""
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN

        frame = self._box(*BOX)
        frame.word_wrap = False
        frame.vertical_anchor = MSO_ANCHOR.TOP
        par = frame.paragraphs[0]
        par.alignment = PP_ALIGN.RIGHT
        self._run(par, number, SIZE, True, PALE)


__all__ = ["BOX", "PALE", "SIZE", "PptxEmpreinteSlides"]
