"""The seed 000 deck whose progress tables' LABEL COLUMN WAS NARROWED (hundred-and-forty-
first held-out set, ``cot000_pptxetroit``): each table as ``cot000_pptx`` draws it (where it
stands, 692 pt wide, its rows, cells, fills and texts) but its columns resized by a
presenter who widened the figures as far as the table still held on its slide: the label
column :data:`LABEL` pt (CAE 215, ECI 275), the three number columns sharing the rest of the
692 pt (CAE 159, ECI 139 pt each); every label longer than the column's text width wraps
onto two lines, Impress growing its row.

Every other slide as ``cot000_pptx`` draws it. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

WIDTH = 692.0  # pt, the table's
LABEL = {False: 215.0, True: 275.0}  # pt, the label column: CAE, ECI


class PptxEtroitSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each progress table's label column narrowed."""

    def _progress_grid(self, y: float, n_rows: int, eci: bool) -> object:
        from pptx.util import Pt

        table = super()._progress_grid(y, n_rows, eci)
        number = (WIDTH - LABEL[eci]) / 3
        for c, w in enumerate((LABEL[eci], number, number, number)):
            table.columns[c].width = Pt(w)  # type: ignore[attr-defined]
        return table
