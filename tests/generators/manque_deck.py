"""The seed 000 deck typed in a font missing where it is converted (two-hundred-and-twelfth
held-out set, ``cot000_pptxmanque``): every run the text-box writer adds (titles, paragraphs,
« • », one-line boxes) asks for :data:`FONT` « Aptos », Office's default font since 2023, as
a deck last saved by a recent PowerPoint; the converting machine has no Aptos, so Impress
substitutes DejaVu Sans, wider than the DejaVu Sans Condensed the boxes were sized for, in
the same boxes. The tables' runs keep DejaVu Sans Condensed.

Every slide, box, table and other shape otherwise as :class:`tests.generators.
slides_office._PptxSlides` draws it: 15 slides. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

FONT = "Aptos"


class PptxManqueSlides(_PptxSlides):
    """``cot000_pptx``'s slides, their text boxes' runs typed in :data:`FONT`."""

    in_table = False

    def _run(self, par: object, text: str, size: float, bold: bool, color: tuple) -> None:
        """:meth:`_PptxSlides._run`, the run then asking for :data:`FONT` outside tables."""
        super()._run(par, text, size, bold, color)
        if not self.in_table:
            par.runs[-1].font.name = FONT  # type: ignore[attr-defined]

    def _banded(self, *args: object, **kwargs: object) -> None:
        """:meth:`_PptxSlides._banded` (the progress tables), its runs kept in the deck's
        font."""
        self.in_table = True
        try:
            super()._banded(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            self.in_table = False
