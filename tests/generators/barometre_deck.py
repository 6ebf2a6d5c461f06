"""The seed 000 deck with AN INDICATORS SLIDE AFTER ITS PROGRESS TABLES
(two-hundred-and-forty-fourth held-out set, ``cot000_pptxbarometre``): ``cot000_pptx``'s
slides (:class:`PptxBarometreSlides`) and, right after the second (ECI) progress table's
slide, a slide :data:`TITLE` in the deck's title band holding a PowerPoint table of the CAE
progress table's frame and format (:meth:`_PptxSlides._progress_grid`, header bold white on
#0073B3, body banded #EAF1FA / white, the first column left-aligned, the others right):
header :data:`HEADER`, rows :data:`ROWS` — a look-alike table, the progress tables' shape,
not progress rows.

16 slides. Only the layout comes from here: every value is the seed's (the indicators slide
is document furniture, no part of any progress table or objective).
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides, _Title

TITLE = "Tableau de bord des indicateurs"  # not in the seed
HEADER = ("Indicateur", "2015", "2018", "Objectif 2026")
ROWS = (
    ("Consommation d'énergie finale (GWh)", "1 412", "1 365", "1 180"),
    ("Émissions de gaz à effet de serre (kteqCO2)", "342", "328", "270"),
    ("Production d'énergie renouvelable (GWh)", "118", "141", "260"),
    ("Part des énergies renouvelables", "8,4 %", "10,3 %", "22,0 %"),
    ("Déchets ménagers et assimilés (kg/hab)", "612", "588", "530"),
    ("Logements rénovés (par an)", "85", "120", "300"),
)
SIZE, ROW = 7.5, 12.0  # pt, as _banded's defaults


class PptxBarometreSlides(_PptxSlides):
    """``cot000_pptx``'s slides, an indicators slide after the second progress table."""

    def __init__(self, base: object) -> None:
        super().__init__(base)
        self.tables = 0

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        super().table(title, header, rows, eci)
        self.tables += 1
        if self.tables == 2:
            self.indicators()

    def indicators(self) -> None:
        """The indicators slide (see the module)."""
        from pptx.dml.color import RGBColor
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        self.slide()
        table = self._progress_grid(_Title.title(self, TITLE) - 6, len(ROWS), False)
        for r, values in enumerate((HEADER, *ROWS)):
            table.rows[r].height = Pt(ROW)
            for c, value in enumerate(values):
                cell = table.cell(r, c)
                cell.margin_top = cell.margin_bottom = Pt(1)
                cell.margin_left = cell.margin_right = Pt(4)
                cell.fill.solid()
                fill = "0073B3" if r == 0 else "EAF1FA" if r % 2 else "FFFFFF"
                cell.fill.fore_color.rgb = RGBColor.from_string(fill)
                par = cell.text_frame.paragraphs[0]
                par.alignment = PP_ALIGN.LEFT if c == 0 else PP_ALIGN.RIGHT
                colour = (1.0, 1.0, 1.0) if r == 0 else (0.12, 0.12, 0.12)
                self._run(par, value, SIZE, r == 0, colour)

    def finish(self) -> object:
        if self.tables != 2:
            raise ValueError(f"{self.tables} progress tables, two expected")
        return super().finish()


__all__ = ["HEADER", "ROWS", "TITLE", "PptxBarometreSlides"]
