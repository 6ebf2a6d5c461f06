"""The seed 000 deck pasted from a web page (two-hundred-and-fifteenth held-out set,
``cot000_pptxinsecable``): every run the text-box writer adds (titles, paragraphs, « • »,
one-line boxes) has each space replaced by a no-break space (:data:`NBSP`, U+00A0, the
``&nbsp;`` of the page its texts were copied from). Impress keeps them as U+00A0 and, finding
no break opportunity, cuts words at the boxes' right edges or breaks at other places than
``cot000_pptx``'s. The tables' runs keep their ordinary spaces.

Every slide, box, table and other shape otherwise as :class:`tests.generators.
slides_office._PptxSlides` draws it: 15 slides. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

NBSP = "\u00a0"


class PptxInsecableSlides(_PptxSlides):
    """``cot000_pptx``'s slides, their text boxes' spaces no-break spaces."""

    in_table = False

    def _run(self, par: object, text: str, size: float, bold: bool, color: tuple) -> None:
        """:meth:`_PptxSlides._run`, its spaces no-break spaces outside tables."""
        if not self.in_table:
            text = text.replace(" ", NBSP)
        super()._run(par, text, size, bold, color)

    def _banded(self, *args: object, **kwargs: object) -> None:
        """:meth:`_PptxSlides._banded` (the progress tables), its runs' spaces kept."""
        self.in_table = True
        try:
            super()._banded(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            self.in_table = False
