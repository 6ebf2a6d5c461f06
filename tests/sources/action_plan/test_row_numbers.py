"""A steps table printed with a row-number column before its step column (plan_html_calepin:
a notebook's DataFrame, its index « 0 », « 1 », … at each row's left): the numbers that land
at the head of the step names are set aside when they follow each other from 0 or 1, or go
on from the table's block on the page before (sources.action_plan.row_numbers)."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.action_plan.row_numbers import without_row_numbers
from sources.pdf.content import TableRow
from tests.sources.pdf.hand_pages import HandPages, one_fiche_plan


def _rows(*steps: str) -> list[TableRow]:
    return [
        TableRow(1, 100.0 + 20.0 * k, {"step": s, "planning": "2020"}) for k, s in enumerate(steps)
    ]


def _steps(rows: list[TableRow]) -> list[str | None]:
    return [r.cells["step"] for r in rows]


def test_an_index_from_zero_or_one_is_set_aside() -> None:
    rows = _rows("0 Lancer une phase test", "1 Définir une stratégie")
    assert without_row_numbers(rows) == 1
    assert _steps(rows) == ["Lancer une phase test", "Définir une stratégie"]
    rows = _rows("1 Lancer", "2 Définir", "3 Suivre")
    assert without_row_numbers(rows) == 3 and _steps(rows) == ["Lancer", "Définir", "Suivre"]
    alone = _rows("0 Créer un espace internet")
    assert without_row_numbers(alone) == 0 and _steps(alone) == ["Créer un espace internet"]


def test_the_index_goes_on_past_a_page_break() -> None:
    rows = _rows("information", "2 Elaborer et rédiger la charte", "3 Suivre la charte")
    assert without_row_numbers(rows, going_on=1) == 3
    assert _steps(rows) == ["information", "Elaborer et rédiger la charte", "Suivre la charte"]


def test_names_opening_with_a_number_are_kept() -> None:
    for steps in (
        ("2 réunions par an", "3 ateliers"),  # not from 0 or 1
        ("1 réunion annuelle",),  # one row: only « 0 » counts
        ("1 Lancer", "3 Suivre"),  # not one after the other
        ("0 Lancer", "Définir"),  # not every row
    ):
        rows = _rows(*steps)
        assert without_row_numbers(rows) is None and _steps(rows) == list(steps)


def test_a_plan_whose_steps_carry_a_dataframe_index() -> None:
    rows = (
        ("0 Créer", "Définir les besoins", "2020", "interne", "GACdG", "ADEME"),
        ("1 Réaliser", "Première version", "2021", "3000", "GACdG", "CAUE"),
    )
    doc = parse_action_plan(one_fiche_plan(rows, HandPages()), "plans/calepin.pdf", "0" * 64)
    assert [s.step for s in doc.steps] == ["Créer", "Réaliser"]
    assert [s.start_year for s in doc.steps] == [2020, 2021]
