"""The seed 000 deck whose progress tables carry their TITLE AND SOURCE INSIDE THE TABLE
(hundred-and-thirteenth held-out set, ``cot000_pptxintitule``), as an office's tables do:
above the header row a title row, its four cells merged (``gridSpan`` 4), bold white 8.5 pt
centred on #00527F, 14 pt high; under the last body row a source row, its four cells
merged, 6.5 pt grey italic on white, 10 pt high (neither in the seed).

Each table otherwise ``cot000_pptx``'s real PowerPoint table (place, widths, banded look,
the bands starting under the header row); every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's (the title and source lines are not).
"""

from __future__ import annotations

from tests.generators.progress_deck import HEADS, PptxProgressSlides, note_run
from tests.generators.slides_office import filled_cell

TITLE_FILL = "00527F"
TITLE_SIZE = 8.5
TITLE_ROW = 14.0  # pt
TITLES = {
    False: "Référentiel Climat Air Énergie : avancement par axe et sous-axe",
    True: "Référentiel Économie circulaire : avancement par axe et sous-axe",
}
SOURCE = (
    "Source : plateforme Territoires en Transitions, état des lieux du programme Territoire Engagé"
)
SOURCE_SIZE = 6.5
SOURCE_ROW = 10.0  # pt
CAE_WIDTHS = (350.0, 114.0, 114.0, 114.0)
ECI_WIDTHS = (380.0, 104.0, 104.0, 104.0)


class PptxIntituleSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides, each progress table between a merged title row and a merged
    source row."""

    def _merged_row(self, table: object, r: int, fill: str) -> object:
        """Row ``r``'s four cells merged into one filled with ``fill``; its paragraph."""
        for c in range(4):
            filled_cell(table, r, c, fill)
        table.cell(r, 0).merge(table.cell(r, 3))  # type: ignore[attr-defined]
        return filled_cell(table, r, 0, fill)

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        widths = ECI_WIDTHS if eci else CAE_WIDTHS
        _, table = self._sized_grid(title, len(rows) + 2, widths)
        par = self._merged_row(table, 0, TITLE_FILL)
        par.alignment = PP_ALIGN.CENTER  # type: ignore[attr-defined]
        self._head_run(par, TITLES[eci], TITLE_SIZE)
        table.rows[0].height = Pt(TITLE_ROW)  # type: ignore[attr-defined]
        self._head_row(table, [header, *HEADS], at=1)
        for r, row, fill in self._body_rows(table, rows, first=2):
            self._seed_cells(table, r, row, fill)
        last = len(rows) + 2
        par = self._merged_row(table, last, "FFFFFF")
        note_run(par, SOURCE, SOURCE_SIZE)
        table.rows[last].height = Pt(SOURCE_ROW)  # type: ignore[attr-defined]
