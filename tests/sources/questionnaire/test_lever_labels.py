"""Questionnaire levers for people: labels in the drop-down, either lever list read back."""

from __future__ import annotations

import io
import random

import openpyxl

from demo.answers import _EXEMPLARY, generate_projects
from demo.authorities import generate_recipients
from demo.questionnaires import generate_questionnaires
from sources.levers.classifier import classify
from sources.questionnaire import read_questionnaire, resolve_lever
from sources.questionnaire.template import PROJECT_HEADERS, write_template
from sources.reference import levers


def _template() -> openpyxl.Workbook:
    buffer = io.BytesIO()
    write_template(buffer)
    return openpyxl.load_workbook(io.BytesIO(buffer.getvalue()))


def _save(wb: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def test_projets_drop_down_offers_the_47_french_labels() -> None:
    wb = _template()
    assert PROJECT_HEADERS[1] == "Levier"
    validations = {str(dv.sqref): dv for dv in wb["Projets"].data_validations.dataValidation}
    sheet_name, ref = validations["B2:B201"].formula1.split("!")
    values = [row[0].value for row in wb[sheet_name][ref.replace("$", "")]]
    assert values == [lever.label for lever in levers()]
    assert "agriculture.fertilisation_azotee" not in values
    assert "Changements de pratiques de fertilisation azotée" in values


def test_project_levers_read_from_either_list_or_a_code() -> None:
    wb = _template()
    ident = wb["Identification"]
    ident["B1"], ident["B2"], ident["B3"], ident["B4"] = (
        "Ville de Lille",
        "Commune",
        "215903501",
        "59",
    )
    projects = wb["Projets"]
    projects.append(["Piste cyclable", "Vélo"])  # drop-down label
    projects.append(["Ligne de bus express", "Transports en commun"])  # 2025 name
    projects.append(["Chaufferie bois", "energie.reseaux_chaleur"])  # code (older files)
    projects.append(["Isolation des logements", "Rénovation (hors changement chaudières)"])
    projects.append(["Centrale", "Nucléaire"])  # 2025 lever outside the 47
    doc = read_questionnaire(_save(wb), "q.xlsx")
    assert [p.lever_code for p in doc.projects] == [
        "voyageurs.velo",
        "voyageurs.report_modal",
        "energie.reseaux_chaleur",
        "batiments.renovation_residentiel",
        None,
    ]
    reasons = " | ".join(i.message for i in doc.issues)
    assert "levier 2025 « Nucléaire » hors des 47 leviers" in reasons
    assert "il recouvre aussi « Sobriété et isolation des bâtiments (tertiaire) »" in reasons


def test_lever_answers_written_with_2025_names() -> None:
    """A returned « Leviers » sheet without codes, levers named with the 2025 list."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Leviers"
    ws.append(["Levier", "Pertinence de l'action territoriale", "Actions engagées"])
    ws.append(["Transports en commun", "Forte", "Oui, ponctuellement"])
    ws.append(["Top 50 sites industriels", "Faible", "Non"])
    ws.append(["Moindre stockage en décharge", "Moyenne", "En projet"])
    ws.append(["Gaz fluorés tertiaire", "Forte", "Non"])
    doc = read_questionnaire(_save(wb), "q.xlsx")
    by_code = {a.lever_code: a for a in doc.answers}
    assert set(by_code) == {
        "voyageurs.report_modal",
        "industrie.grands_sites",
        "dechets.mise_en_decharge",
    }
    assert by_code["voyageurs.report_modal"].relevance_score == 3
    assert any("Gaz fluorés tertiaire" in i.message for i in doc.issues)


def test_resolve_lever_near_miss_of_a_2025_name() -> None:
    match = resolve_lever(None, "transport en commun")
    assert match.lever is not None and match.lever.code == "voyageurs.report_modal"
    assert match.how == "fuzzy"


def test_demo_projects_title_description_and_lever_agree() -> None:
    """Every demo project: the lever written agrees with what its title + description say."""
    seen = set()
    for seed in range(40):
        for project in generate_projects(random.Random(seed), "CC Test", "du Ternois"):
            code = resolve_lever(project["lever"], project["lever"]).lever.code
            assert classify(project["title"], project["description"]).lever_code == code, project
            seen.add(project["title"])
    assert len(seen) == len(_EXEMPLARY)


def test_demo_questionnaires_read_back_with_their_project_levers() -> None:
    rng = random.Random(7)
    recipients = generate_recipients(rng, "32", 12)
    files = generate_questionnaires(rng, "32", recipients, 6)
    projects = []
    for name, payload in files:
        try:
            doc = read_questionnaire(payload, name)
        except Exception:  # noqa: BLE001 - the demo's "not a questionnaire" file
            continue
        projects += doc.projects
    assert projects
    for project in projects:
        assert project.lever_code is not None
        assert classify(project.title, project.description or "").lever_code == project.lever_code
