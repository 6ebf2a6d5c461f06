"""The seed 000 deck whose SCORES AND TARGETS SET THEIR « % » AS SUPERSCRIPT (two-hundred-
and-thirty-sixth held-out set, ``cot000_pptxquotient``), as a communication department types
its scores (« Police › Exposant »): in every run OUTSIDE THE PROGRESS TABLES, each « % »
after a figure and a space is cut into a run of its own, a copy of the run's properties
marked :data:`SUPERSCRIPT` (``baseline="30000"``: Impress raises it and sets it smaller),
the figure and its space in the run before, the text after it in a run after — slide 3's and
4's « Score … % » heads and slide 6's six score target figures: :data:`COUNT` signs.

The progress tables are ``cot000_pptx``'s, their « % » inline; every slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.slides_office import _PptxSlides

SUPERSCRIPT = "30000"  # DrawingML baseline offset, thousandths of a percent
COUNT = 8  # slide 3's and 4's heads, slide 6's six target figures
# a « % » after a figure and a space: the figure's text kept before it
SIGN = re.compile(r"(?<=\d )%")


class PptxQuotientSlides(_PptxSlides):
    """``cot000_pptx``'s slides, the « % » of the running text's scores superscript."""

    def __init__(self, base: object) -> None:
        super().__init__(base)
        self.in_table = False
        self.raised = 0

    def _banded(self, *args: object, **kwargs: object) -> None:
        self.in_table = True
        try:
            super()._banded(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            self.in_table = False

    def _run(self, par: object, text: str, size: float, bold: bool, color: tuple) -> None:
        if self.in_table or not SIGN.search(text):
            super()._run(par, text, size, bold, color)
            return
        pieces = SIGN.split(text)
        for index, piece in enumerate(pieces):
            if index:
                super()._run(par, "%", size, bold, color)
                run = par.runs[-1]  # type: ignore[attr-defined]
                run._r.get_or_add_rPr().set("baseline", SUPERSCRIPT)
                self.raised += 1
            if piece:
                super()._run(par, piece, size, bold, color)

    def finish(self) -> object:
        assert self.raised == COUNT, self.raised
        return super().finish()


__all__ = ["COUNT", "SUPERSCRIPT", "PptxQuotientSlides"]
