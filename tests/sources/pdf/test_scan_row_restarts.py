"""A scanned steps table whose row rules the threshold lost (a fax at 150), its OCR line
boxes taller than the letters: rows cut on gaps alone join rows as close as a cell's own
lines; each gap-cut group is cut again where two columns or more of top-aligned cells start
again (sources.pdf.geometry_tables). A description's paragraph gap (one column empty for a
line) cuts nothing; a text page's table is left to the gaps as before."""

from __future__ import annotations

from types import SimpleNamespace

from sources.pdf.content import Line
from sources.pdf.geometry_tables import _unruled_tables
from sources.pdf.scans import OcrPage
from tests.sources.pdf.hand_lines import hand_line, never

STEP, DESC, PLAN, BUDGET, OWNER, PARTNERS = 298, 384, 566, 628, 690, 745


def _line(top: float, *cells: tuple[int, str]) -> Line:
    """A body line of 8 pt, its box 10.5 pt tall as OCR gives it (boxes overlapping)."""
    line = hand_line(top, *((x, x + 5.5 * len(t), t) for x, t in cells), size=8.0, bold=False)
    line.bottom = top + 10.5
    return line


HEADER = [
    hand_line(
        88.0,
        (STEP, 322, "Etape"),
        (DESC, 427, "Descriptif"),
        (PLAN, 620, "Planification"),
        (BUDGET, 676, "Ressources"),
        (OWNER, 723, "Porteur"),
        (PARTNERS, 796, "Partenaires"),
        size=8.0,
    ),
    hand_line(97.0, (BUDGET, 674, "à mobiliser"), (PARTNERS, 784, "envisagés"), size=8.0),
]


def _body() -> list[Line]:
    """Two rows 12 pt apart top to top (no wider than a cell's own lines' gaps), then a
    third after a clear gap; the first row's description has a paragraph gap."""
    return [
        _line(
            111.0,
            (STEP, "Faire connaître"),
            (DESC, "Les actions :"),
            (PLAN, "2020"),
            (BUDGET, "5 000"),
            (OWNER, "GACdG"),
            (PARTNERS, "chambres"),
        ),
        _line(120.0, (STEP, "auprès des"), (PARTNERS, "consulaires")),
        _line(129.0, (STEP, "acteurs"), (DESC, "1) des rencontres"), (PARTNERS, "du Gers")),
        _line(138.0, (DESC, "entre entreprises")),
        _line(
            150.0,
            (STEP, "Réaliser les"),
            (DESC, "Les matériaux"),
            (PLAN, "2020"),
            (BUDGET, "15000"),
            (OWNER, "GACdG"),
            (PARTNERS, "chambres"),
        ),
        _line(159.0, (STEP, "audits"), (DESC, "sont étudiés")),
        _line(
            176.0,
            (STEP, "Créer un réseau"),
            (DESC, "Les participations"),
            (PLAN, "2021"),
            (BUDGET, "10000"),
            (OWNER, "GACdG"),
            (PARTNERS, "chambres"),
        ),
    ]


def _steps(page: object) -> list[str | None]:
    (table,) = _unruled_tables(page, 3, [*HEADER, *_body()], None, never)
    return [row.cells.get("step") for row in table.rows]


def test_rows_joined_by_a_gap_cut_are_cut_where_the_columns_start_again() -> None:
    assert _steps(OcrPage([], 0.9)) == [
        "Faire connaître auprès des acteurs",
        "Réaliser les audits",
        "Créer un réseau",
    ]


def test_a_text_pages_table_keeps_its_gap_rows() -> None:
    """A text PDF's line boxes are its letters': its gaps are trusted as before."""
    page = SimpleNamespace(edges=[], rects=[], lines=[], curves=[], chars=[])
    steps = _steps(page)
    assert steps[-1] == "Créer un réseau" and len(steps) == 2
