"""The seed 000 deck whose progress tables LIE EXACTLY OVER THE PREVIOUS AUDIT'S (hundred-and-
sixth held-out set, ``cot000_pptxcalque``), as a consultant updating last year's deck
duplicates the table, types the new figures into the copy and leaves the old table under
it: on each progress-table slide, first a table of ``cot000_pptx``'s geometry and look
holding :func:`tests.generators.historique_deck.previous`'s numbers, then the seed's table
at the same place, its opaque banded fills hiding the old one. The slide looks like
``cot000_pptx``'s; the PDF holds both tables' texts, the hidden one first.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the
layout comes from here: every value is the seed's (the hidden tables' numbers are not).
"""

from __future__ import annotations

from tests.generators.historique_deck import previous
from tests.generators.slides_office import _PptxSlides


class PptxCalqueSlides(_PptxSlides):
    """``cot000_pptx``'s slides; under each progress table, the previous audit's."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self.slide()
        y = self.title(title) - 6
        self._banded(y, header, [previous(row) for row in rows], eci)  # left under
        self._banded(y, header, rows, eci)  # the seed's, over it
