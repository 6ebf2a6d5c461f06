"""The seed 000 deck whose progress tables are BUILT UP AXIS BY AXIS OVER REPEATED SLIDES
(hundred-and-second held-out set, ``cot000_pptxrevele``), as an author reveals a table one ▼
axis at a time and, to keep the steps in the PDF, flattens the animation into slides (as the
« PPspliT » add-in does).

Each progress-table slide repeated once per ▼ axis block (:func:`axis_blocks`), the same
title bar on each, the k-th slide's table ``cot000_pptx``'s (place, widths, banded look) but
holding only the header and the first k blocks, the last one the whole table. Every other
slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides, seed_cell


def axis_blocks(rows: list[tuple]) -> list[int]:
    """The end (exclusive row index) of each ▼ axis block of ``rows``: a block an axis row
    and the rows under it up to the next axis row."""
    starts = [i for i, row in enumerate(rows) if seed_cell(row, 0)[1]]
    return starts[1:] + [len(rows)]


class PptxReveleSlides(_PptxSlides):
    """Each progress table on a build sequence of slides, one more ▼ axis block a slide."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        for end in axis_blocks(rows):
            self.slide()
            self._banded(self.title(title) - 6, header, rows[:end], eci)
