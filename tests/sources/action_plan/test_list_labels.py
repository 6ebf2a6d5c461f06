"""AUTOMATIC LIST NUMBERS IN STEPS CELLS (sources.action_plan.list_labels): « N. » labels whose
numbers run on by one over three cells or more — one list for the whole document's
descriptions, or one per table over every body cell — are removed; a typed « 1) », a list
typed inside one cell, a lone « 2. » in a sentence stay."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.action_plan.list_labels import strip_list_labels
from sources.pdf.content import TableRow
from tests.sources.pdf.hand_pages import one_fiche_plan


def _rows(*cells: dict[str, str]) -> list[TableRow]:
    return [TableRow(1, 100.0 + 20.0 * k, dict(c)) for k, c in enumerate(cells)]


def test_a_list_running_on_through_the_descriptions_is_removed() -> None:
    rows = _rows(
        {"step": "Lancer", "description": "1. Les actions : 2. 1) Organiser 3. 2) Mettre"},
        {"step": "Définir", "description": "4. Sur la base du potentiel"},
        {"step": "Former", "description": "5. Former les agents"},
    )
    assert strip_list_labels(rows) == 5
    assert [r.cells["description"] for r in rows] == [
        "Les actions : 1) Organiser 2) Mettre",
        "Sur la base du potentiel",
        "Former les agents",
    ]


def test_a_table_numbered_row_by_row_with_an_empty_value() -> None:
    rows = _rows(
        {"step": "1. Lancer", "planning": "2. 2019", "owner": "3. GACdG", "partners": "4."},
        {"step": "5. Définir", "planning": "6. 2020", "owner": "7. GACdG", "partners": "8. CCI"},
        {"step": "1. Former", "planning": "2. 2021", "owner": "3. CNFPT", "partners": "4. CCI"},
    )
    strip_list_labels(rows)
    assert [list(r.cells.values()) for r in rows] == [
        ["Lancer", "2019", "GACdG", ""],
        ["Définir", "2020", "GACdG", "CCI"],
        ["Former", "2021", "CNFPT", "CCI"],
    ]


def test_numbers_that_are_no_running_list_stay() -> None:
    rows = _rows(
        {"description": "1. Auditer 2. Choisir 3. Former"},  # a list typed in one cell
        {"description": "Objectif 2. Les communes"},
        {"description": "1) Organiser 2) Mettre"},
    )
    assert strip_list_labels(rows) == 0
    assert rows[0].cells["description"] == "1. Auditer 2. Choisir 3. Former"


def test_a_plan_whose_descriptions_are_one_numbered_list() -> None:
    rows = (
        ("Lancer un test", "1. Auditer vingt", "2019", "18000", "GACdG", "CCI"),
        ("Définir", "2. Choisir les filières", "2020", "interne", "GACdG", "ADEME"),
        ("Former", "3. Former les agents", "2021", "5000", "GACdG", "CNFPT"),
    )
    doc = parse_action_plan(one_fiche_plan(rows), "plans/enchaine.pdf", "0" * 64)
    assert [s.description for s in doc.steps] == [
        "Auditer vingt",
        "Choisir les filières",
        "Former les agents",
    ]
    assert any("numéro(s) de liste automatique" in i.message for i in doc.issues)


def test_a_multi_level_list_run_across_the_cells_is_removed() -> None:
    """Word's outline numbering across a table: « I. » before each step's name, « I.1. »,
    « I.2. » before its description's paragraphs; restarted in a table of one step, taken
    there too as the same list; a typed « 1) » and a fiche code « 1.2.3 » stay."""
    rows = _rows(
        {"step": "I. Lancer une phase test", "description": "I.1. Les actions : I.2. 1) Organiser"},
        {"step": "II. Définir une stratégie", "description": "II.1. Voir la fiche 1.2.3 du plan"},
        {"step": "III. Créer un réseau", "description": "III.1. Réseau III.2. Outil"},
        {"step": "I. Identifier des référents", "description": "I.1. Identifier"},
    )
    assert strip_list_labels(rows) == 10
    assert [(r.cells["step"], r.cells["description"]) for r in rows] == [
        ("Lancer une phase test", "Les actions : 1) Organiser"),
        ("Définir une stratégie", "Voir la fiche 1.2.3 du plan"),
        ("Créer un réseau", "Réseau Outil"),
        ("Identifier des référents", "Identifier"),
    ]


def test_outline_labels_that_do_not_run_on_stay() -> None:
    """« II. » without a « I. » before it, and a jump from « I.1. » to « I.3. »: no list."""
    rows = _rows(
        {"step": "II. Définir", "description": "I.1. Voir"},
        {"step": "Former", "description": "I.3. Puis"},
        {"step": "Suivre", "description": "IV. Fin"},
    )
    assert strip_list_labels(rows) == 0
    assert rows[0].cells["step"] == "II. Définir"
