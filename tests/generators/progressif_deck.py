"""The seed 000 deck whose every progress table's slide is PRECEDED BY TWO PARTIAL COPIES
OF ITSELF (hundred-and-first held-out set, ``cot000_pptxprogressif``), as an author imitates
an « apparition » animation — which the PDF export drops — by duplicating the slide and
deleting its lower rows.

Each progress table is drawn :data:`STAGES` times: on a slide of its own with the same title
bar and the same table at ``cot000_pptx``'s place, widths and look, first with the header
and the rows of its first two ▼ axes (each with its ▶ sub-axis rows), then of its first
four, then whole as ``cot000_pptx`` draws it (CAE: 2, 4, 6 axes; ECI: 2, 4, 5); the partial
tables' rows the whole table's first rows, at the same places. Every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides, seed_cell

STEP = 2  # ▼ axes revealed a slide


def stages(rows: list[tuple]) -> list[int]:
    """The row counts shown on the table's successive slides: the rows of the first
    :data:`STEP`, 2 × :data:`STEP` … ▼ axes, the last the whole table."""
    starts = [i for i, row in enumerate(rows) if seed_cell(row, 0)[1]]
    cuts = [starts[k] for k in range(STEP, len(starts), STEP)]
    return [*cuts, len(rows)]


class PptxProgressifSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each progress table shown in part on copies of its slide
    before it is shown whole."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        for count in stages(rows):
            super().table(title, header, rows[:count], eci)
