"""The seed 000 deck whose progress tables MERGE IDENTICAL CONSECUTIVE NUMBERS (eighty-third
held-out set, ``cot000_pptxidem``), as an author « tidies » the figures: in each of the
three number columns every run of two or more consecutive body rows reading the same
non-empty text is one cell merged down over them (« Fusionner les cellules », ``rowSpan`` /
``vMerge``), the value written once, anchored in the middle, right-aligned, bold if the
run's first row is a ▼ axis row, on that row's band fill; runs may cross an axis row.

One real PowerPoint table where ``cot000_pptx``'s is, in its look; every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import HEADS, SIZE, PptxProgressSlides
from tests.generators.slides_office import seed_cell


def identical_runs(rows: list[tuple], column: int) -> list[tuple[int, int]]:
    """The runs (first, last body row, counted from 1) of two or more consecutive rows whose
    ``column`` reads the same non-empty text."""
    runs: list[tuple[int, int]] = []
    start = 1
    for r in range(2, len(rows) + 2):
        same = (
            r <= len(rows)
            and seed_cell(rows[r - 1], column)[0] != ""
            and seed_cell(rows[r - 1], column)[0] == seed_cell(rows[start - 1], column)[0]
        )
        if not same:
            if r - 1 > start:
                runs.append((start, r - 1))
            start = r
    return runs


def _emptied(cell: object) -> None:
    """A spanned cell's text taken out, its empty line kept at the table's size."""
    par = cell.text_frame.paragraphs[0]  # type: ignore[attr-defined]
    for run in list(par.runs):
        par._p.remove(run._r)
    par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))


class PptxIdemSlides(PptxProgressSlides):
    """Progress tables whose runs of identical numbers are merged down a column."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import MSO_ANCHOR

        _, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill)
        for column in (1, 2, 3):
            for first, last in identical_runs(rows, column):
                for r in range(first + 1, last + 1):
                    _emptied(table.cell(r, column))  # type: ignore[attr-defined]
                origin = table.cell(first, column)  # type: ignore[attr-defined]
                origin.merge(table.cell(last, column))  # type: ignore[attr-defined]
                origin.vertical_anchor = MSO_ANCHOR.MIDDLE
