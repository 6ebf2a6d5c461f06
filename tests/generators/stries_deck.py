"""The seed 000 deck whose progress tables are BANDED BY COLUMNS, NOT ROWS (hundred-and-fifty-
ninth held-out set, ``cot000_pptxstries``), as a presenter leaves a table after ticking
PowerPoint's « Colonnes à bandes » and unticking « Lignes à bandes »: the header row as
``cot000_pptx``'s, the body rows all alike, « Points restants » and « % Programmé »
:data:`STRIPE` from top to bottom, the label column and « % Réalisé » white.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import HEADS, PptxProgressSlides

STRIPE = "DCE6F2"
PLAIN = "FFFFFF"
STRIPED = (1, 3)  # the banded columns (0-based)


class PptxStriesSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; each progress table banded by columns."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        _, table = self._new_grid(title, rows, eci)
        table.horz_banding = False  # type: ignore[attr-defined]
        table.vert_banding = True  # type: ignore[attr-defined]
        self._head_row(table, [header, *HEADS])
        for r, row, _ in self._body_rows(table, rows):
            for c in range(4):
                self._seed_cells(
                    table, r, row, STRIPE if c in STRIPED else PLAIN, columns=range(c, c + 1)
                )
