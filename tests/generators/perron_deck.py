"""The seed 000 deck whose progress tables have ROWS OF TWO HEIGHTS, their text centred
(two-hundred-and-eighteenth held-out set, ``cot000_pptxperron``), as a template marks a
referential's axes by taller rows: the header row :data:`HEAD` pt high, every ▼ axis row
:data:`AXIS` pt, every ▶ sub-axis row :data:`SUB` pt (12 pt each in ``cot000_pptx``), and
EVERY CELL ANCHORED IN THE MIDDLE (``anchor="ctr"``), so an axis row's label and figures
stand centred in their tall row.

Fills, texts, sizes and horizontal alignments as :class:`tests.generators.slides_office.
_PptxSlides` draws them; every other slide unchanged: 15 slides. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

HEAD = 14.0  # pt, the header row
AXIS = 18.0  # pt, a ▼ axis row
SUB = 11.0  # pt, a ▶ sub-axis row


class PptxPerronSlides(_PptxSlides):
    """``cot000_pptx``'s slides, the progress tables' rows of two heights, every cell
    anchored in the middle."""

    def _banded(
        self,
        y: float,
        header: str,
        rows: list[tuple],
        eci: bool,
        size: float = 7.5,
        row_height: float = 12,
    ) -> None:
        """:meth:`_PptxSlides._banded`, then each row's height by its level and every
        cell's text anchored in the middle."""
        from pptx.enum.text import MSO_ANCHOR
        from pptx.util import Pt

        super()._banded(y, header, rows, eci, size, row_height)
        table = [s for s in self.current.shapes if s.has_table][-1].table
        for r in range(len(rows) + 1):
            axis = r > 0 and self._seed_cell(rows[r - 1], 0)[1]
            table.rows[r].height = Pt(HEAD if r == 0 else AXIS if axis else SUB)
            for c in range(4):
                table.cell(r, c).vertical_anchor = MSO_ANCHOR.MIDDLE
