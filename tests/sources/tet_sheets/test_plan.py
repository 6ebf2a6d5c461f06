"""Action plans in the Territoires en Transitions spreadsheet template (real files + variants)."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from sources.detect import PLAN_SHEET, detect
from sources.errors import InputRejected
from sources.tet_sheets.plan import calendar_years, parse_amount, parse_sheet_action_plan

SHA = "a" * 64


def _read(path: Path):  # noqa: ANN202
    return parse_sheet_action_plan(path.read_bytes(), path.name, SHA)


def _by_row(doc) -> dict:  # noqa: ANN001
    return {a.source_row: a for a in doc.actions}


def _rows(path: Path, sheet: str) -> list[list]:
    wb = openpyxl.load_workbook(path, data_only=True)
    return [list(r) for r in wb[sheet].iter_rows(values_only=True)]


def _save(sheets: dict[str, list[list]]) -> bytes:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


# --------------------------------------------------------------------------- real files


def test_plan_sans_axes_every_action(realworld_dir: Path) -> None:
    path = realworld_dir / "tet" / "plan_sans_axes.xlsx"
    assert detect(path.read_bytes(), path.name).kind == PLAN_SHEET
    doc = _read(path)
    assert len(doc.actions) == 46
    assert [a.action_code for a in doc.actions] == [str(i) for i in range(1, 47)]
    rows = _by_row(doc)
    assert rows[5].title == "Plan de Mobilité Simplifié"
    assert rows[6].title == "Schéma Directeur Cyclable"
    assert rows[7].title == "Mise en place de la TOEMI (Plateau Picard Nord)"
    assert rows[49].title == "Revitalisation des prairies"
    assert all(a.axis is None and a.sub_axis is None for a in doc.actions)  # no axes in file
    assert all(a.source_sheet == "Fichier dimport" and a.page is None for a in doc.actions)
    assert [a.source_row for a in doc.actions] == list(range(4, 50))
    # budgets where the file gives them (« Budget prévisionnel total € HT »), 0 kept as 0
    assert rows[9].total_budget_eur == 2400
    assert rows[31].total_budget_eur == 60000
    assert rows[21].total_budget_eur == 0.0
    assert rows[5].total_budget_eur is None
    assert sum(a.total_budget_eur or 0 for a in doc.actions) == 2400 + 1200 + 4219 + 60000 + 500
    # years from the free « Calendrier » text, Excel date serials included
    assert (rows[4].start_year, rows[4].end_year) == (2022, 2026)
    assert (rows[31].start_year, rows[31].end_year) == (2023, 2024)
    assert (rows[22].start_year, rows[22].calendar) == (2023, "2023")  # cell held 45078
    assert rows[12].start_year is None  # « 2 chemins/an »: no year, none invented
    assert rows[5].owners == ["CCNS"]
    assert rows[5].partners == ["Bureau d'étude", "PMGA"]


def test_complex_plan_axes_dates_and_status(realworld_dir: Path) -> None:
    doc = _read(realworld_dir / "tet" / "complex_plan.xlsx")
    assert len(doc.actions) == 29
    rows = _by_row(doc)
    first = rows[4]
    assert first.title == "Création d'un comité de suivi d'élus autour du CLS"
    assert first.action_code == "1"
    assert first.axis == "Axe 1. COORDINATION DU CLS - AXE TRANSVERSAL"
    assert first.sub_axis == "Objectif stratégique 1. Impulser une dynamique participative"
    assert first.sub_sub_axis is None  # the cell repeats its header (« Sous-Sous Axe »)
    assert first.total_budget_eur == 5_000_000
    assert (first.start_year, first.end_year) == (2025, 2030)
    assert (first.action_status, first.action_priority) == ("À venir", "Élevé")
    assert rows[5].end_year == 2030  # end date stored as the Excel serial 47727
    assert rows[32].title.startswith("Informer sur la pair-aidance")
    assert rows[13].sub_sub_axis.startswith("Objectif stratégique 1. Les publics")
    assert rows[13].sub_axis is None
    axes = {a.axis for a in doc.actions}
    assert len(axes) == 5 and "Axe 5. SANTE MENTALE" in axes
    # people only in the private list
    names = {p.name for p in doc.people if p.role in ("personne_pilote", "elu_referent")}
    assert {"Sophie AMOUROUS", "Emmanuelle Volte", "Pernette JULIAN"} <= names
    for action in doc.actions:
        published = " ".join(
            str(v) for v in (action.owners, action.partners, action.context, action.calendar)
        )
        assert "AMOUROUS" not in published
    funders = {(f.funder, f.amount_eur) for f in doc.funders}
    assert funders == {("John Doe", 1000.0), ("Bernard", 25000.0), ("François", 666.0)}


def test_budget_text_is_unknown_with_warning(realworld_dir: Path) -> None:
    doc = _read(realworld_dir / "tet" / "plan_budget_issue.xlsx")
    rows = _by_row(doc)
    assert rows[3].total_budget_eur == 500
    assert rows[4].total_budget_eur is None  # « Entre 200 et 500 »: never a wrong number
    warning = [i for i in doc.issues if i.row == 4 and i.severity == "warning"]
    assert warning and warning[0].value == "Entre 200 et 500"
    assert "inconnu" in warning[0].message
    assert rows[3].source_sheet == "Plan daction"  # 2023 sheet name
    assert rows[7].sub_axis == "4.1 : Pratiquer le vélo en toute sécurité"
    assert rows[7].strategic_objective_code == "4.1"
    assert rows[10].sub_sub_axis == "4.2.1 : Apprendre le vélo aux enfants"
    assert rows[10].strategic_objective_code == "4.2.1"
    assert (rows[3].start_year, rows[3].end_year) == (2020, 2028)


def test_blank_template_is_an_empty_template(realworld_dir: Path) -> None:
    path = realworld_dir / "tet" / "modele-import-pa.xlsx"
    assert detect(path.read_bytes(), path.name).kind == PLAN_SHEET
    with pytest.raises(InputRejected) as info:
        _read(path)
    assert info.value.reason.startswith("modèle vide")


# --------------------------------------------------------------------------- variants


def test_variant_columns_reordered(realworld_dir: Path) -> None:
    rows = _rows(realworld_dir / "tet" / "plan_sans_axes.xlsx", "Fichier dimport")
    width = max(len(r) for r in rows)
    order = list(range(width))[::-1]  # every column in reverse order
    shuffled = [[(r + [None] * width)[i] for i in order] for r in rows]
    doc = parse_sheet_action_plan(_save({"Fichier d'import": shuffled}), "v.xlsx", SHA)
    assert len(doc.actions) == 46
    by_row = _by_row(doc)
    assert by_row[5].title == "Plan de Mobilité Simplifié"
    assert by_row[31].total_budget_eur == 60000
    assert by_row[5].partners == ["Bureau d'étude", "PMGA"]


def test_variant_renamed_headers_trailing_spaces_no_type_row(realworld_dir: Path) -> None:
    rows = _rows(realworld_dir / "tet" / "complex_plan.xlsx", "Fichier dimport")
    header = [
        None if h is None else ("Titre de la fiche action" if h == "Titre de l'action" else h)
        for h in rows[1]
    ]
    header = [None if h is None else f"  {h.upper()}   " for h in header]
    variant = [header, *rows[3:]]  # no group row, no type row
    doc = parse_sheet_action_plan(_save({"Plan d'action": variant}), "v.xlsx", SHA)
    assert len(doc.actions) == 29
    first = doc.actions[0]
    assert first.title == "Création d'un comité de suivi d'élus autour du CLS"
    assert first.source_row == 2 and first.source_sheet == "Plan d'action"
    assert first.total_budget_eur == 5_000_000
    assert first.axis == "Axe 1. COORDINATION DU CLS - AXE TRANSVERSAL"


def test_variant_axes_numbered_in_titles_sub_actions_and_steps() -> None:
    header = ["Titre de l'action", "Titre de la sous-action", "Descriptif", "Structure pilote",
              "Budget prévisionnel total € HT", "Calendrier", "Étapes"]  # fmt: skip
    rows = [
        header,
        ["1.2.1 Rénover les bâtiments publics", None, "Audit puis travaux", "Commune", 80000,
         "2024-2026", "- audit énergétique\n- travaux\n- suivi"],
        ["1.2.1 Rénover les bâtiments publics", "Isoler la mairie", None, None, None, "2025", None],
        ["2.1.3 Aider à l'achat de vélos", None, "Prime", "CC", "50 k€", "à partir de 2024", None],
        ["TOTAL", None, None, None, 130000, None, None],
    ]  # fmt: skip
    doc = parse_sheet_action_plan(_save({"Feuil1": rows}), "v.xlsx", SHA)
    assert [a.title for a in doc.actions] == [
        "Rénover les bâtiments publics",
        "Aider à l'achat de vélos",
    ]
    first, second = doc.actions
    assert (first.axis, first.strategic_objective_code, first.action_code) == ("1", "1.2", "1.2.1")
    assert second.total_budget_eur == 50_000
    assert second.start_year == 2024
    steps = [s for s in doc.steps if s.action_id == first.action_id]
    assert [s.step for s in steps] == ["audit énergétique", "travaux", "suivi", "Isoler la mairie"]
    assert steps[-1].source_row == 3 and steps[-1].start_year == 2025


def test_not_a_plan_is_not_detected_as_one() -> None:
    rows = [["Nom", "Prénom", "Service"], ["Durand", "Paul", "Voirie"]]
    data = _save({"Annuaire": rows})
    assert detect(data, "annuaire.xlsx").kind != PLAN_SHEET


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (124566, 124566.0),
        ("124 566 € HT", 124566.0),
        ("Entre 200 et 500", None),
        ("200 à 500 €", None),
        ("50 k€", 50000.0),
        (None, None),
    ],
)
def test_parse_amount(value: object, expected: float | None) -> None:
    assert parse_amount(value)[0] == expected


def test_calendar_years() -> None:
    assert calendar_years("2023 (CCNS Flixecourt) 2024 (CCNS Picquigny) Schéma FDE80 2025") == [
        2023,
        2024,
        2025,
    ]
    assert calendar_years(45078) == [2023]
    assert calendar_years("1 réunion par trimestre") == []


def test_exported_by_is_private_and_masked(realworld_dir: Path) -> None:
    rows = _rows(realworld_dir / "tet" / "plan_sans_axes.xlsx", "Fichier dimport")
    rows = [["Exporté par : Camille Rousseau le 12/03/2025"], *rows]
    rows[5][5] = "Rencontre avec Camille Rousseau en 2022"  # a name typed in the description
    data = _save({"Fichier d'import": rows})
    doc = parse_sheet_action_plan(data, "v.xlsx", SHA)
    assert len(doc.actions) == 46
    assert ("export", "Camille Rousseau", 1) in [(p.role, p.name, p.source_row) for p in doc.people]

    import pandas as pd

    from assets.ingestion.ingest_tet import mask_people

    frames = {"actions": pd.DataFrame([{"context": a.context} for a in doc.actions])}
    mask_people(frames, doc.people)
    text = " ".join(str(v) for v in frames["actions"]["context"])
    assert "Camille Rousseau" not in text and "[personne masquée]" in text


def test_variant_platform_export_plural_headers() -> None:
    """Plural, platform-style headers (« Structures pilotes », « Élus référents »…)."""
    header = ["Axe", "Sous-axe", "Titre", "Description", "Structures pilotes", "Personnes pilotes",
              "Élus référents", "Partenaires", "Statut", "Priorité", "Date de début",
              "Date de fin prévisionnelle", "Budget prévisionnel", "Financeurs", "Montant"]  # fmt: skip
    rows = [
        ["Exporté par : Paul Martin le 02/05/2025"],
        [],
        header,
        ["1. Sobriété", "1.1. Bâtiments", "Rénover la piscine", "Isolation", "Ville de Pau",
         "Anne Leroy", "Marc Petit", "ADEME", "En cours", "Élevé", "01/03/2024", "31/12/2027",
         "1 200 000", "Région", 300000],
    ]  # fmt: skip
    doc = parse_sheet_action_plan(_save({"Export": rows}), "v.xlsx", SHA)
    (action,) = doc.actions
    assert (action.title, action.source_row) == ("Rénover la piscine", 4)
    assert (action.axis, action.sub_axis, action.strategic_objective_code) == (
        "1. Sobriété",
        "1.1. Bâtiments",
        "1.1",
    )
    assert (action.start_year, action.end_year, action.total_budget_eur) == (2024, 2027, 1.2e6)
    assert action.owners == ["Ville de Pau"] and action.partners == ["ADEME"]
    people = {(p.role, p.name) for p in doc.people}
    assert {("personne_pilote", "Anne Leroy"), ("elu_referent", "Marc Petit")} <= people
    assert ("export", "Paul Martin") in people
    assert [(f.funder, f.amount_eur) for f in doc.funders] == [("Région", 300000.0)]
