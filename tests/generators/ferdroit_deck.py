"""The seed 000 deck whose progress tables have their ALIGNMENTS SWAPPED (seventy-fourth
held-out set, ``cot000_pptxferdroit``), as a slide maker « sets the labels against the
figures »: the label column RIGHT-ALIGNED (header label included) and the three number
columns LEFT-ALIGNED (their header labels included), so a label's last word and its row's
points stand about 8 pt apart across the rule.

``cot000_pptx``'s real PowerPoint table in its banded look otherwise; every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import HEADS, PptxProgressSlides


class PptxFerdroitSlides(PptxProgressSlides):
    """Progress tables with the labels right-aligned and the numbers left-aligned."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import PP_ALIGN

        swapped = {0: PP_ALIGN.RIGHT, 1: PP_ALIGN.LEFT, 2: PP_ALIGN.LEFT, 3: PP_ALIGN.LEFT}
        _, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS], swapped)
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill)
            for c, align in swapped.items():
                table.cell(r, c).text_frame.paragraphs[0].alignment = align  # type: ignore[attr-defined]
