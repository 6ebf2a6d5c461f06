"""The seed 000 deck whose FIGURES OF THE RUNNING TEXT ARE PUT « EN VEDETTE » (two-hundred-
and-twenty-fifth held-out set, ``cot000_pptxvedette``): in every text run outside the
progress tables, each percentage (« 23,3 % », « +11 % », « 34.3 % ») and each sum grouped in
thousands (« 75 000 ») — :data:`FIGURE` — cut into a run of its own, bold and :data:`BLUE`,
in the size of the text around it, the text before and after it runs of their own in its
former weight and colour, as a communication officer marks a deck's key figures. The
progress tables as ``cot000_pptx`` draws them.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it: 15
slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.slides_office import _PptxSlides

FIGURE = re.compile(r"\+?\d+(?:[.,]\d+)? %|\d{1,3}(?: \d{3})+")  # a percentage, a grouped sum
BLUE = (0.0, 115 / 255, 179 / 255)  # #0073B3


class PptxVedetteSlides(_PptxSlides):
    """``cot000_pptx``'s slides, every figure of the running text a bold blue run."""

    _in_table = False

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self._in_table = True
        try:
            super().table(title, header, rows, eci)
        finally:
            self._in_table = False

    def _run(self, par: object, text: str, size: float, bold: bool, color: tuple) -> None:
        if self._in_table:
            super()._run(par, text, size, bold, color)
            return
        start = 0
        for match in FIGURE.finditer(text):
            if match.start() > start:
                super()._run(par, text[start : match.start()], size, bold, color)
            super()._run(par, match.group(), size, True, BLUE)
            start = match.end()
        if start < len(text) or not text:
            super()._run(par, text[start:], size, bold, color)


__all__ = ["BLUE", "FIGURE", "PptxVedetteSlides"]
