"""A table's footer row repeated under it on every page (a Chromium-printed ``<tfoot>``: « Suite
du tableau page suivante ▸ » in one cell over the six columns) is the table's furniture, not a
line of text between the two parts of a table cut by a page break
(sources.action_plan.table_footers). Hand-made lines and tables, then the fixture the rule was
made for (plan_html_enjambement, fiche 1.2.1's third step cut by page 4's foot)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sources.action_plan.table_footers import TableFooters, is_footer, repeated_lines
from sources.pdf.content import Line, TableBlock, TableRow
from tests.sources.pdf.hand_lines import hand_line

KEYS = ["step", "description", "planning", "budget", "owner", "partners"]
BOUNDS = [43.1, 124.9, 318.4, 374.4, 435.4, 491.8, 553.0]
NOTICE = "Suite du tableau page suivante ▸"
# the document's text: the notice under three tables, a cell's word printed thrice too
PAGES = [
    f"Etape Descriptif\n{NOTICE}\nETP)\n",
    f"{NOTICE}\nETP)\nIndicateurs\n",
    f"{NOTICE}\nETP)\nIndicateurs\nIndicateurs\n",
]
FIXTURE = Path(__file__).parents[2] / "fixtures" / "producers" / "plan_html_enjambement.pdf"


def _line(page: int, top: float, x0: float, text: str, size: float = 7.4) -> Line:
    return replace(hand_line(top, (x0, x0 + 3.4 * len(text), text), size=size), page=page)


def _row(page: int, top: float, *cells: str) -> TableRow:
    return TableRow(page, top, dict(zip(KEYS, cells, strict=True)))


def _table(page: int, top: float, bottom: float, rows: list[TableRow]) -> TableBlock:
    return TableBlock(page, top, bottom, list(KEYS), True, rows, bounds=list(BOUNDS), ncols=6)


TABLE = _table(4, 643.9, 788.1, [_row(4, 770.0, "Consolider des", "Maintenir", "2020", "", "", "")])


def test_the_footer_row_under_a_table_is_told() -> None:
    counts = repeated_lines(PAGES)
    assert counts["suite du tableau page suivante"] == 3
    assert is_footer(_line(4, 790.8, 441.2, NOTICE), TABLE, counts)


def test_other_lines_under_a_table_are_kept() -> None:
    counts = repeated_lines(PAGES)
    assert not is_footer(_line(4, 790.8, 441.2, "Suite du tableau"), TABLE, counts)  # once
    assert not is_footer(_line(4, 790.8, 440.0, "ETP)"), TABLE, counts)  # in one column
    assert not is_footer(_line(4, 805.0, 441.2, NOTICE), TABLE, counts)  # 2.3 em below
    assert not is_footer(_line(5, 790.8, 441.2, NOTICE), TABLE, counts)  # another page
    # a field's label under the steps, printed in every fiche: no furniture
    label = _line(4, 791.0, 300.0, "Indicateurs", size=9.0)
    assert not is_footer(label, TABLE, counts)


def _steps(lines_between: list[Line]) -> list[str]:
    """Step names of one fiche whose table runs from page 4 onto page 5, ``lines_between``
    read between the two parts (after the page filter)."""
    from sources.action_plan.parser import _Parser
    from sources.action_plan.sheets import _Sheet
    from sources.records import ActionPlanDocument

    parser = _Parser("p.pdf", "a" * 64)
    sheet = _Sheet("1.2.1", 4, "Titre", None, None, None, has_body=True)
    parser.sheet = sheet
    parser.sheets.append(sheet)
    rest = _table(5, 43.2, 145.8, [
        _row(5, 67.4, "l'échelle communales", "des communes", "", "", "", "locales, ARB"),
        _row(5, 108.3, "Définir des préconisations", "Réaliser un guide", "2020 et +",
             "10 000", "GACdG", "Communes"),
    ])  # fmt: skip
    first = _table(4, 643.9, 788.1, [
        _row(4, 770.0, "Consolider des données à", "Maintenir et renforcer", "2020",
             "20 000", "GACdG", "Associations"),
    ])  # fmt: skip
    parser.table(first)
    for line in lines_between:
        parser.line(line)
    parser.table(rest)
    doc = ActionPlanDocument(None, "PLAN", 5)
    parser.finish(doc)
    return [s.step or "" for s in doc.steps]


def test_the_row_cut_under_the_footer_is_joined() -> None:
    notice = _line(4, 790.8, 441.2, NOTICE)
    footers = TableFooters(PAGES)
    kept = footers([notice], [TABLE])
    assert kept == []
    assert _steps(kept) == [
        "Consolider des données à l'échelle communales",
        "Définir des préconisations",
    ]
    # read as a line, the notice stood between the two parts: the cut row read as two
    assert len(_steps([notice])) == 3


def test_the_enjambement_fixture_reads_fiche_1_2_1_third_step_whole() -> None:
    from sources.action_plan.document import parse_action_plan

    doc = parse_action_plan(FIXTURE.read_bytes(), FIXTURE.name, "a" * 64)
    names = [s.step for s in doc.steps if s.action_id.endswith("1.2.1")]
    assert names == [
        "Impliquer et sensibiliser les publics",
        "Créer un espace internet",
        "Consolider des données à l'échelle communales (sciences participatives)",
        "Définir des préconisations sur la Trame Verte et Bleue",
    ]
