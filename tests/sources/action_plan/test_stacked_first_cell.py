"""A steps table with no step column whose first cell stacks the period over the step name
(« Planification » over « Etape » in the header, « 2019 » over « Lancer une phase test » in
each row): sources.action_plan.period_names. Rows are built by hand; each rule has a case
that must NOT be read so."""

from __future__ import annotations

from sources.action_plan.parser import _Parser
from sources.action_plan.period_names import split_period_names
from sources.action_plan.sheets import _Sheet
from sources.pdf.content import TableBlock, TableRow
from sources.records import ActionPlanDocument

STACKED = ["planning", "description", "budget", "owner", "partners"]


def _row(first: str, description: str = "Texte", page: int = 1, top: float = 300.0) -> TableRow:
    cells = {"planning": first, "description": description, "budget": "5000", "owner": "GACdG"}
    return TableRow(page, top, {**cells, "partners": "CCI"})


def test_a_period_over_a_name_is_cut_into_planning_and_step() -> None:
    """Every form of period a planning cell prints; the raw lines are cut at the period."""
    rows = [
        _row("2019 Lancer une phase test"),
        _row("2020 et + Créer et animer un réseau"),
        _row("2019 - 2020 Lancer un cycle de formation"),
        _row("2020-2021 Réaliser une étude d'opportunité : gouvernance"),
    ]
    rows[3].raw["planning"] = "2020-2021\nRéaliser une étude\nd'opportunité :\ngouvernance"
    assert split_period_names(rows, STACKED)
    assert [(r.cells["planning"], r.cells["step"]) for r in rows] == [
        ("2019", "Lancer une phase test"),
        ("2020 et +", "Créer et animer un réseau"),
        ("2019 - 2020", "Lancer un cycle de formation"),
        ("2020-2021", "Réaliser une étude d'opportunité : gouvernance"),
    ]
    assert rows[3].raw == {
        "planning": "2020-2021",
        "step": "Réaliser une étude\nd'opportunité :\ngouvernance",
    }
    assert rows[0].cells["description"] == "Texte"


def test_a_table_with_its_own_step_column_is_untouched() -> None:
    """A step name that merely starts with a year, in a table with a step AND a planning
    column, stays a name; its planning stays as written."""
    row = TableRow(1, 300.0, {"step": "2030 Objectif neutralité", "planning": "2020 Lancement"})
    assert not split_period_names([row], ["step", "planning", "budget", "owner"])
    assert row.cells == {"step": "2030 Objectif neutralité", "planning": "2020 Lancement"}


def test_a_planning_column_of_periods_alone_or_mixed_cells_is_untouched() -> None:
    """A planning column holding periods alone, or one cell whose words after the year are
    no capitalised name (« 2020 et 2021 », « 2019 (T2) »), is no stacked first cell: no
    cell of the table is cut."""
    alone = [_row("2019"), _row("2020 et +")]
    assert not split_period_names(alone, STACKED)
    assert [r.cells["planning"] for r in alone] == ["2019", "2020 et +"]
    assert all("step" not in r.cells for r in alone)
    mixed = [_row("2019 Lancer une phase test"), _row("2020 et 2021")]
    assert not split_period_names(mixed, STACKED)
    assert mixed[0].cells["planning"] == "2019 Lancer une phase test"
    odd = [_row("2019 (T2) puis bilan")]
    assert not split_period_names(odd, STACKED)
    words = [_row("Printemps Lancer")]  # no year at all
    assert not split_period_names(words, STACKED)


def _parser() -> _Parser:
    parser = _Parser("p.pdf", "a" * 64)
    sheet = _Sheet("1.1.1", 1, "Titre", None, None, None, has_body=True)
    parser.sheet = sheet
    parser.sheets.append(sheet)
    return parser


def test_a_whole_row_moved_to_the_next_page_stays_a_step() -> None:
    """Rows not allowed to break across pages: the last row moved whole under the repeated
    header on the next page is its own step (it has a name once its first cell is cut), not
    the bottom part of the row above."""
    parser = _parser()
    first = [_row("2020 Faire connaître", "Texte 1"), _row("2020 Réaliser", "Texte 2")]
    parser.table(TableBlock(1, 290.0, 700.0, STACKED, True, first, rows_ruled=True))
    moved = [_row("2021 Accompagner la création", "Texte 3", page=2, top=60.0)]
    parser.table(TableBlock(2, 50.0, 100.0, STACKED, True, moved))
    doc = ActionPlanDocument(None, "PLAN", 2)
    parser.finish(doc)
    assert [(s.step, s.description, s.planning_label, s.start_year) for s in doc.steps] == [
        ("Faire connaître", "Texte 1", "2020", 2020),
        ("Réaliser", "Texte 2", "2020", 2020),
        ("Accompagner la création", "Texte 3", "2021", 2021),
    ]
