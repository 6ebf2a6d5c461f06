"""The seed 000 deck whose progress tables were ENLARGED FOR THE PROJECTION ROOM AND LEFT
RUNNING OFF THE SLIDE (hundred-and-twenty-eighth held-out set, ``cot000_pptxplonge``): each
table where ``cot000_pptx``'s stands, its colours and bands, but ALL ITS TEXT 11 pt and EVERY
ROW 18 pt high at least, so it runs past the slide's bottom edge (405 pt), its last rows
below the slide.

Every other slide as ``cot000_pptx`` draws it. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

SIZE = 11.0  # pt, header and body
ROW = 18.0  # pt


class PptxPlongeSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each progress table in 11 pt type on 18 pt rows."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self.slide()
        self._banded(self.title(title) - 6, header, rows, eci, size=SIZE, row_height=ROW)
