"""The seed 000 deck whose progress tables were PASTED FROM AN EXCEL TABLE MADE WITHOUT
HEADERS (hundred-and-twentieth held-out set, ``cot000_pptxsansentete``): « Mettre sous
forme de tableau » with « Mon tableau comporte des en-têtes » unticked, so Excel gave the
table a header row of its default names, « Colonne1 » … « Colonne4 » (not in the seed), and
the real labels became its first data row, in the body's type, left-aligned as a sheet's
text cells, on the first band.

One real PowerPoint table where ``cot000_pptx``'s starts; every other row, and every slide,
as :class:`tests.generators.progress_deck.PptxProgressSlides` (``cot000_pptx``) draws it.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, ROW, SIZE, PptxProgressSlides
from tests.generators.slides_office import filled_cell

DEFAULT_NAMES = ("Colonne1", "Colonne2", "Colonne3", "Colonne4")


class PptxSansEnteteSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; each progress table under Excel's default column names,
    its real labels its first body row."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        self.slide()
        table = self._progress_grid(self.title(title) - 6, len(rows) + 1, eci)
        left = dict.fromkeys(range(4), PP_ALIGN.LEFT)
        self._head_row(table, list(DEFAULT_NAMES), left)
        bodies = list(self._body_rows(table, [(), *rows]))
        _, _, fill = bodies[0]
        for c, label in enumerate([header, *HEADS]):
            par = filled_cell(table, 1, c, fill)
            par.alignment = PP_ALIGN.LEFT  # type: ignore[attr-defined]
            self._run(par, label, SIZE, False, DARK)
        table.rows[1].height = Pt(ROW)  # type: ignore[attr-defined]
        for r, row, fill in bodies[1:]:
            self._seed_cells(table, r, row, fill)
