"""The seed 000 deck whose progress tables were ASSEMBLED BY PASTING THE WORKBOOK'S AXIS BLOCKS
one under the other, each with its column-label line (sixty-eighth held-out set,
``cot000_pptxrehead``): the header row — the table's own label, « Points restants », « %
Réalisé », « % Programmé », bold white on #0073B3 — and an IDENTICAL COPY OF IT RIGHT BEFORE
EVERY ▼ AXIS ROW SAVE THE FIRST (CAE 5, ECI 4; not in the seed); the seed rows banded #EAF1FA
/ white, the banding restarting at #EAF1FA under each header row; all text 6.5 pt in 10 pt
rows so the longer table fits.

One real PowerPoint table where ``cot000_pptx``'s starts, in its colours and column widths;
every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the
layout comes from here: every value is the seed's (the repeated labels are no row).
"""

from __future__ import annotations

from tests.generators.progress_deck import (
    BANDS,
    HEAD,
    HEADS,
    WHITE,
    PptxProgressSlides,
    gapped_rows,
)
from tests.generators.slides_office import filled_cell

SIZE = 6.5  # pt
ROW = 10.0  # pt


class PptxReheadSlides(PptxProgressSlides):
    """Progress tables whose header row is repeated before every axis row but the first."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        body = gapped_rows(rows)  # ``None``: a copy of the header row
        _, table = self._new_grid(title, body, eci)
        labels = [header, *HEADS]
        self._head_row(table, labels, size=SIZE, row=ROW)
        band = 0
        for r, row in enumerate(body, start=1):
            if row is None:  # the header row again, as the pasted block brought it
                self._head_row_at(table, r, labels)
                band = 0
                continue
            table.rows[r].height = Pt(ROW)  # type: ignore[attr-defined]
            self._seed_cells(table, r, row, BANDS[band % 2], size=SIZE)
            band += 1

    def _head_row_at(self, table: object, r: int, labels: list[str]) -> None:
        """Row ``r`` a copy of the header row: ``labels`` bold white on #0073B3, numeric
        labels right-aligned, ``ROW`` pt high."""
        from pptx.util import Pt

        for c, label in enumerate(labels):
            par = filled_cell(table, r, c, HEAD)
            self._run(par, label, SIZE, True, WHITE)
        table.rows[r].height = Pt(ROW)  # type: ignore[attr-defined]
