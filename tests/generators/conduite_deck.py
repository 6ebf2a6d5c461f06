"""The seed 000 deck whose progress labels are followed by TYPED LEADER DOTS (hundred-and-
ninth held-out set, ``cot000_pptxconduite``): as a consultant joins each label to its numbers
the way a typed table of contents does, every body cell of a progress table's first column
holds its text as ``cot000_pptx`` composes it, a space, then as many full stops as fit (by
DejaVu Sans Condensed's metrics at the cell's size, bold on ▼ rows) up to :data:`SLACK` pt
before the cell's right inner margin, in the same run (« points de conduite »).

Each table ``cot000_pptx``'s real PowerPoint table (place, widths, banded look); every other
slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes
from here: every value is the seed's (the dots are not).
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides, seed_cell

SIZE = 7.5  # the progress tables' type size
MARGINS = 8  # the cell's left and right inner margins, 4 pt each
SLACK = 10  # pt left free before the right inner margin


class PptxConduiteSlides(_PptxSlides):
    """``cot000_pptx``'s slides, each progress label followed by typed leader dots."""

    _label_width = 350.0  # the first column's width in the table being drawn

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self._label_width = 380.0 if eci else 350.0
        super().table(title, header, rows, eci)

    def _seed_cell(self, row: tuple, column: int) -> tuple[str, bool]:  # type: ignore[override]
        """:func:`seed_cell`'s text; in the first column followed by a space and leader dots."""
        value, axis = seed_cell(row, column)
        if column != 0:
            return value, axis
        font = "bold" if axis else "regular"
        room = self._label_width - MARGINS - SLACK - self.width(value + " ", SIZE, font)
        dots = max(0, int(room // self.width(".", SIZE, font)))
        return f"{value} {'.' * dots}", axis
