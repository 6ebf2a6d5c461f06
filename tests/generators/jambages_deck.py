"""The seed 000 deck whose progress tables have POWERPOINT'S « PREMIÈRE COLONNE » AND
« DERNIÈRE COLONNE » STYLE OPTIONS TICKED (hundred-and-thirty-seventh held-out set,
``cot000_pptxjambages``): each table as ``cot000_pptx`` draws it (where it stands, its
columns, header row, 12 pt rows, margins and 7.5 pt type), its ``a:tblPr`` with
``firstCol="1" lastCol="1"``, the style's parts written as direct cell formatting: every
body cell of the first column (the labels) and of the last (« % Programmé ») #0073B3, its
text bold white, on every row; the two middle columns banded #EAF1FA / white as before,
bold on ▼ axis rows.

Every other slide as ``cot000_pptx`` draws it. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import HEAD, HEADS, SIZE, WHITE, PptxProgressSlides

DRESSED = (0, 3)  # the first and the last column


class PptxJambagesSlides(PptxProgressSlides):
    """Progress tables whose first and last columns are dressed like the header."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        _, table = self._new_grid(title, rows, eci)
        table._tbl.tblPr.set("firstCol", "1")  # type: ignore[attr-defined]
        table._tbl.tblPr.set("lastCol", "1")  # type: ignore[attr-defined]
        self._head_row(table, [header, *HEADS])
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill, columns=range(1, 3))
            for c in DRESSED:
                self._seed_cells(table, r, row, HEAD, columns=range(c, c + 1), write=self._white)

    def _white(self, par: object, c: int, value: str, axis: bool) -> None:
        """A dressed column's text: bold white, whatever the row."""
        self._run(par, value, SIZE, True, WHITE)
