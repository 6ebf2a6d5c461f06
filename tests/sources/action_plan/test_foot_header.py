"""Column labels printed as a table's LAST row (sources.action_plan.foot_header): the header
table with no row under it takes the lines right above it as its records."""

from __future__ import annotations

from dataclasses import replace

from sources.action_plan.foot_header import foot_headers
from sources.pdf.content import Line, TableBlock
from tests.sources.pdf.hand_lines import hand_line

KEYS = ["step", "description", "planning", "budget", "owner", "partners"]
BOUNDS = [43.0, 124.0, 314.0, 375.0, 436.0, 492.0, 554.0]
X = [48.0, 129.0, 320.0, 381.0, 442.0, 498.0]


def _line(top: float, *cells: str, bold: bool = False) -> Line:
    words = [(X[i], X[i] + 4.0 * len(t), t) for i, t in enumerate(cells) if t]
    return hand_line(top, *words, size=8.5, bold=bold)


def _stop(line: Line) -> bool:
    return line.text.startswith("Modalités")


def _foot(top: float) -> TableBlock:
    table = TableBlock(1, top, top + 20.0, list(KEYS), True)
    table.bounds = list(BOUNDS)
    return table


def test_lines_over_the_labels_row_are_its_records() -> None:
    heading = hand_line(440.0, (43.0, 179.0, "Modalités de mise en oeuvre"), size=10.0)
    lines = [
        heading,
        _line(460.0, "Faire connaître", "Communications", "2020", "5 000", "GACdG", "chambres"),
        _line(471.0, "auprès des acteurs", "ciblées", "", "", "", "consulaires"),
        _line(490.5, "Réaliser les", "Les matériaux", "2020", "15000", "GACdG"),
        _line(501.5, "audits"),
    ]
    left, tables = foot_headers(lines, [_foot(520.0)], _stop)
    assert left == [heading]
    rows = [r.cells for r in tables[0].rows]
    assert [r["step"] for r in rows] == [
        "Faire connaître auprès des acteurs",
        "Réaliser les audits",
    ]
    assert [r["partners"] for r in rows] == ["chambres consulaires", ""]
    assert [r["budget"] for r in rows] == ["5 000", "15000"]


def test_a_cell_run_into_the_next_is_cut_at_the_column() -> None:
    run = hand_line(  # « 2019 » 3 pt after the description: one segment with it
        460.0,
        (48.0, 90.0, "Créer"),
        (129.0, 317.0, "Un espace numérique"),
        (320.0, 338.0, "2019"),
        (442.0, 470.0, "GACdG"),
        size=8.5,
        bold=False,
    )
    left, tables = foot_headers([run, _line(471.0, "un espace")], [_foot(490.0)], _stop)
    row = tables[0].rows[0].cells
    assert row["description"] == "Un espace numérique" and row["planning"] == "2019"
    assert left == []


def test_a_header_with_rows_or_text_above_is_left() -> None:
    text = [hand_line(460.0, (43.0, 500.0, "Un paragraphe de texte courant"), size=8.5)]
    table = _foot(480.0)
    assert foot_headers(text, [table], _stop) == (text, [table])
    with_rows = replace(_foot(480.0), rows=[])
    lines = [_line(460.0, "Etape seule")]  # one cell a line: no record of a table
    assert foot_headers(lines, [with_rows], _stop) == (lines, [with_rows])
