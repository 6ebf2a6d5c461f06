"""Steps typed one line a sheet row (sources.action_plan.line_rows, TableBlock.line_rows): a
grid with a rule under every printed line, each value's lines in the rows under its first,
a step over as many rows as its longest value. Rows where no column starts anew go on the
step above; a row where a column starts again opens the next step. Negative: a grid of
one-line steps with no value running on reads a step a row. Drawn with reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.action_plan.line_rows import goes_on
from tests.sources.pdf.hand_pages import HandPages

LINES = (
    ("Lancer une phase", "Auditer vingt", "2019", "18000", "GACdG", "Chambre du"),
    ("test", "entreprises du", "", "", "", "Commerce"),
    ("", "territoire.", "", "", "", ""),
    ("Définir une", "Choisir les filières.", "2020", "interne", "GACdG", "ADEME"),
    ("stratégie", "", "", "", "", ""),
    ("Suivre le réseau", "Animer des ateliers", "2021", "5000", "GACdG", "CCI"),
    ("", "chaque année.", "", "", "", ""),
)
WANT = [
    ("Lancer une phase test", "Auditer vingt entreprises du territoire.", "2019", "18000"),
    ("Définir une stratégie", "Choisir les filières.", "2020", "interne"),
    ("Suivre le réseau", "Animer des ateliers chaque année.", "2021", "5000"),
]


def _steps(rows: tuple[tuple[str, ...], ...]) -> list[tuple[str | None, ...]]:
    pages = HandPages()
    pages.fiche_head()
    pages.steps_table(150.0, rows)
    pages.c.showPage()
    doc = parse_action_plan(pages.save(), "plans/dactylo.pdf", "0" * 64)
    return [(s.step, s.description, s.planning_label, s.budget_label) for s in doc.steps]


def test_a_step_typed_over_several_rows_is_one_step() -> None:
    assert _steps(LINES) == WANT


def test_partners_typed_over_two_rows_are_one_value() -> None:
    pages = HandPages()
    pages.fiche_head()
    pages.steps_table(150.0, LINES)
    pages.c.showPage()
    doc = parse_action_plan(pages.save(), "plans/dactylo.pdf", "0" * 64)
    assert doc.steps[0].partners == ["Chambre du Commerce"]


def test_one_line_steps_read_a_step_a_row() -> None:
    # negative: no value runs on (no empty first cell, no name going on in lower case)
    rows = tuple(r for r in LINES if r[0][:1].isupper())
    assert [s[0] for s in _steps(rows)] == ["Lancer une phase", "Définir une", "Suivre le réseau"]


def test_goes_on() -> None:
    above = {"step": "Lancer une phase", "description": "Auditer vingt", "planning": "2019"}
    assert goes_on(above, {"step": "test", "description": "entreprises", "planning": ""})
    # a column starting anew (the planning) opens the next step
    assert not goes_on(
        {"step": "test", "description": "entreprises", "planning": ""},
        {"step": "Définir", "description": "Choisir", "planning": "2020"},
    )
    # every column going on but each text opening as a value would: a step of its own
    assert not goes_on(above, {"step": "Suivre", "description": "Animer", "planning": "2021"})
    # unless the row above ends in mid-phrase
    assert goes_on(
        {"step": "Lancer une phase de", "description": "Auditer", "planning": "2019"},
        {"step": "Test", "description": "Les entreprises", "planning": "2020"},
    )
