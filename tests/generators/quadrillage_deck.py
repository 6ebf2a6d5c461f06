"""The seed 000 deck whose progress tables are in POWERPOINT'S « AUCUN STYLE, QUADRILLAGE DU
TABLEAU » WITH « LIGNE D'EN-TÊTE » AND « LIGNES À BANDES » UNTICKED (hundred-and-thirty-
ninth held-out set, ``cot000_pptxquadrillage``), as a presenter does who wants a « sober »
table: each table as ``cot000_pptx`` draws it (where it stands, its columns, 12 pt rows,
margins, 7.5 pt type, alignments, ▼ axis rows bold), its ``a:tblPr`` with ``firstRow`` and
``bandRow`` off, the style written as direct cell formatting: NO FILL in any cell
(``a:noFill``), every cell's four sides a :data:`RULE_WIDTH` pt solid :data:`RULE` rule, and
the header row's labels NOT BOLD, #1F1F1F like the body's: the header told by its place only.

Every other slide as ``cot000_pptx`` draws it. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, ROW, SIZE, PptxProgressSlides
from tests.generators.slides_office import cell_rules, filled_cell

RULE = "000000"
RULE_WIDTH = 0.75


def _plain(table: object, r: int, c: int) -> object:
    """Cell (r, c) as :func:`filled_cell` sets it (margins, alignment) but unfilled and ruled
    black on its four sides; returns its first paragraph."""
    par = filled_cell(table, r, c, "FFFFFF")
    cell = table.cell(r, c)  # type: ignore[attr-defined]
    cell.fill.background()  # « Aucun remplissage »
    rule = (RULE, RULE_WIDTH)
    cell_rules(cell, rule, rule, rule, rule)
    return par


class PptxQuadrillageSlides(PptxProgressSlides):
    """Progress tables with no fill, a black grid and a plain header row."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        _, table = self._new_grid(title, rows, eci)
        table.first_row = False  # type: ignore[attr-defined]  # « Ligne d'en-tête » unticked
        table.horz_banding = False  # type: ignore[attr-defined]  # « Lignes à bandes » unticked
        for c, label in enumerate([header, *HEADS]):
            self._run(_plain(table, 0, c), label, SIZE, False, DARK)
        table.rows[0].height = Pt(ROW)  # type: ignore[attr-defined]
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill)
            for c in range(4):
                _plain(table, r, c)
