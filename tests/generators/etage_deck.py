"""The seed 000 deck whose progress tables' number labels are BROKEN OVER TWO HEADER ROWS
(ninety-seventh held-out set, ``cot000_pptxetage``): the first header row bold — the table's
own label, then :data:`UPPER` —, the second italic, not bold — an empty first cell (no
merge), then :data:`LOWER` —, both white 7.5 pt on #0073B3, :data:`HEAD_ROW` pt high, the
number labels right-aligned as the numbers.

Each progress table at ``cot000_pptx``'s place and widths, its body rows as
``cot000_pptx``'s (banded from #EAF1FA, axis rows bold). Every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import (
    BANDS,
    HEAD,
    ROW,
    SIZE,
    WHITE,
    PptxProgressSlides,
)
from tests.generators.slides_office import filled_cell

WIDTHS = {False: (350.0, 114.0, 114.0, 114.0), True: (380.0, 104.0, 104.0, 104.0)}  # eci →
UPPER = ("Points", "%", "%")  # « Points restants », « % Réalisé », « % Programmé » cut
LOWER = ("restants", "Réalisé", "Programmé")
HEAD_ROW = 11.0  # pt, each of the two header rows


class PptxEtageSlides(PptxProgressSlides):
    """Progress tables whose number labels are typed over two header rows."""

    def _label(self, par: object, text: str, italic: bool) -> None:
        """``text`` white 7.5 pt on the header: bold in the first row, italic in the
        second; an empty cell's line in 7.5 pt."""
        if not text:
            par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))  # type: ignore[attr-defined]
            return
        self._run(par, text, SIZE, not italic, WHITE)
        if italic:
            par.runs[-1].font.italic = True  # type: ignore[attr-defined]

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        widths = WIDTHS[eci]
        _y, table = self._sized_grid(title, len(rows) + 1, widths)
        for r, labels in enumerate(((header, *UPPER), ("", *LOWER))):
            for c, label in enumerate(labels):
                self._label(filled_cell(table, r, c, HEAD), label, italic=r == 1)
            table.rows[r].height = Pt(HEAD_ROW)  # type: ignore[attr-defined]
        for k, row in enumerate(rows):
            table.rows[k + 2].height = Pt(ROW)  # type: ignore[attr-defined]
            self._seed_cells(table, k + 2, row, BANDS[k % 2])
