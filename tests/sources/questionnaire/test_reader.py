"""Reading returned questionnaires: the canonical layout and every messy variant of the spec."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import openpyxl
import pytest

from demo.questionnaire_spec import Messiness, QuestionnaireSpec
from demo.questionnaire_writer import write_questionnaire
from sources import spreadsheet
from sources.questionnaire import (
    GUESSED_FLAG,
    PLAIN_YES_FLAG,
    UNKNOWN_FLAG,
    normalize_deployment,
    normalize_relevance,
    parse_cost,
    parse_date,
    read_questionnaire,
    resolve_lever,
)
from sources.reference import levers, normalize_department_code, normalize_region_code

SIREN = "200012345"  # not checksum-valid on purpose in one test; see VALID_SIREN
VALID_SIREN = "200067106"

KNOWN = [
    {
        "code": "voyageurs.velo",
        "relevance": "Très forte",
        "deployment": "Oui, à grande échelle",
        "actions": "Schéma directeur cyclable",
        "blockers": "Foncier",
        "needs": "Ingénierie",
        "exemplary": "Vélo-route des gares",
    },
    {"code": "marchandises.fret_routier_electrique", "relevance": "Faible", "deployment": "Non"},
    {
        "code": "batiments.renovation_residentiel",
        "relevance": "Forte",
        "deployment": "Oui, ponctuellement",
    },
    {"code": "batiments.renovation_tertiaire", "relevance": "Moyenne", "deployment": "En projet"},
    {"code": "agriculture.haies", "relevance": "Ne sait pas", "deployment": "Ne sait pas"},
    {"code": "industrie.grands_sites", "relevance": "Nulle", "deployment": "Non"},
]
EXPECTED = {
    "voyageurs.velo": ("Très forte", 4, "Oui, à grande échelle", 3),
    "marchandises.fret_routier_electrique": ("Faible", 1, "Non", 0),
    "batiments.renovation_residentiel": ("Forte", 3, "Oui, ponctuellement", 2),
    "batiments.renovation_tertiaire": ("Moyenne", 2, "En projet", 1),
    "agriculture.haies": ("Ne sait pas", None, "Ne sait pas", None),
    "industrie.grands_sites": ("Nulle", 0, "Non", 0),
}


def _answers(overrides: dict[str, dict] | None = None) -> list[dict]:
    known = {item["code"]: dict(item) for item in KNOWN}
    for code, values in (overrides or {}).items():
        known.setdefault(code, {"code": code}).update(values)
    return [known.get(lever.code, {"code": lever.code}) for lever in levers()]


def _identification(**changes: object) -> dict:
    values = {
        "authority_name": "Communauté de communes du Haut Bocage",
        "authority_type": "EPCI",
        "siren": VALID_SIREN,
        "department": "59",
        "region": "32",
        "respondent_name": "Camille Martin",
        "respondent_function": "Chargée de mission",
        "respondent_email": "camille.martin@cc-haut-bocage.fr",
        "submitted_on": dt.date(2024, 3, 12),
    }
    values.update(changes)
    return values


def _build(messiness: Messiness | None = None, answers=None, projects=None, **ident) -> bytes:
    spec = QuestionnaireSpec(
        _identification(**ident),
        answers if answers is not None else _answers(),
        projects or [],
        messiness or Messiness(),
    )
    return write_questionnaire(spec)


def _by_code(doc) -> dict:
    return {answer.lever_code: answer for answer in doc.answers}


def _assert_known(doc) -> None:
    answers = _by_code(doc)
    assert len(answers) == 47
    for code, (rel, rel_score, dep, dep_score) in EXPECTED.items():
        got = answers[code]
        assert (got.relevance_label, got.relevance_score) == (rel, rel_score), code
        assert (got.deployment_label, got.deployment_score) == (dep, dep_score), code
        assert got.relevance_flag is None and got.deployment_flag is None, code
    velo = answers["voyageurs.velo"]
    assert velo.actions_text == "Schéma directeur cyclable"
    assert velo.blockers_text == "Foncier"
    assert velo.needs_text == "Ingénierie"
    assert velo.exemplary_project_text == "Vélo-route des gares"
    blank = answers["eau.sobriete"]
    assert blank.relevance_label is None and blank.relevance_score is None
    assert blank.relevance_flag is None


# --------------------------------------------------------------------------- canonical + layout


def test_canonical_workbook_is_read_completely() -> None:
    doc = read_questionnaire(_build(), "q.xlsx")
    _assert_known(doc)
    ident = doc.identification
    assert ident.authority_name == "Communauté de communes du Haut Bocage"
    assert ident.authority_type == "EPCI"
    assert (ident.siren, ident.siren_valid) == (VALID_SIREN, True)
    assert (ident.department_code, ident.region_code) == ("59", "32")
    assert ident.respondent_email == "camille.martin@cc-haut-bocage.fr"
    assert ident.submitted_on == dt.date(2024, 3, 12)
    assert doc.file_format == "xlsx"
    assert not [issue for issue in doc.issues if issue.severity != "info"]


@pytest.mark.parametrize(
    "messiness",
    [
        Messiness(title_rows=3, merged_cells=True),
        Messiness(drop_code=True, relabel=True),
        Messiness(empty_code=True),
        Messiness(reorder=True, extra_columns=True),
        Messiness(reorder=True, relabel=True, drop_code=True, extra_columns=True, title_rows=2),
        Messiness(empty_rows=True, merged_cells=True),
        Messiness(lever_sheet_name="Leviers (2)", hidden_identification=True),
        Messiness(lever_sheet_name="leviers"),
        Messiness(lever_sheet_name="LEVIERS "),
        Messiness(lever_sheet_name="Questionnaire"),
        Messiness(formulas=True),
    ],
    ids=lambda m: ",".join(f"{k}={v}" for k, v in vars(m).items() if v != getattr(Messiness(), k)),
)
def test_messy_layouts_give_the_same_answers(messiness: Messiness) -> None:
    doc = read_questionnaire(_build(messiness), "q.xlsx")
    _assert_known(doc)
    assert doc.identification.siren == VALID_SIREN
    assert doc.identification.submitted_on == dt.date(2024, 3, 12)


def test_header_not_on_first_row_is_reported_with_its_row() -> None:
    doc = read_questionnaire(_build(Messiness(title_rows=3)), "q.xlsx")
    assert any("ligne 4" in issue.message for issue in doc.issues)
    assert min(answer.row for answer in doc.answers) == 5


def test_formula_without_cached_value_is_flagged() -> None:
    doc = read_questionnaire(_build(Messiness(formula_without_value=True)), "q.xlsx")
    flagged = [i for i in doc.issues if spreadsheet.FORMULA_NO_VALUE in i.message]
    assert flagged and flagged[0].sheet == "Identification" and flagged[0].column == "B"


def test_formulas_with_cached_values_are_read_as_values() -> None:
    data = _build(Messiness(formulas=True))
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert wb["Identification"]["B11"].value.startswith("=DATE(")  # it is a formula
    doc = read_questionnaire(data, "q.xlsx")
    assert doc.identification.submitted_on == dt.date(2024, 3, 12)
    assert not any(spreadsheet.FORMULA_NO_VALUE in i.message for i in doc.issues)


def test_every_formula_of_the_demo_workbook_keeps_its_cached_value() -> None:
    """Whatever XML backend openpyxl uses (``<v/>``, or ``<v></v>`` once lxml is installed),
    the generator writes each formula's cached result, as Excel does; answers typed as
    formulas (« = the row above ») are read as their values."""
    answers = _answers({lever.code: {"relevance": "Forte"} for lever in levers()})
    data = _build(Messiness(formulas=True), answers=answers)
    archive = zipfile.ZipFile(io.BytesIO(data))
    cells = [
        cell
        for name in archive.namelist()
        if name.startswith("xl/worksheets/sheet")
        for cell in re.findall(r"<c [^>]*><f>.*?</c>", archive.read(name).decode("utf-8"))
    ]
    assert len(cells) > 10  # the date and every third repeated answer
    assert all(re.search(r"<v>[^<]+</v>", cell) for cell in cells), cells
    doc = read_questionnaire(data, "q.xlsx")
    assert [a.relevance_label for a in doc.answers] == ["Forte"] * 47
    assert doc.identification.submitted_on == dt.date(2024, 3, 12)


def test_hidden_sheet_is_still_read() -> None:
    data = _build(Messiness(hidden_identification=True))
    assert openpyxl.load_workbook(io.BytesIO(data))["Identification"].sheet_state == "hidden"
    doc = read_questionnaire(data, "q.xlsx")
    assert doc.identification.authority_name == "Communauté de communes du Haut Bocage"


def test_lever_found_from_label_when_code_deleted() -> None:
    doc = read_questionnaire(_build(Messiness(drop_code=True)), "q.xlsx")
    assert any("Code levier" in i.message for i in doc.issues)
    assert _by_code(doc)["batiments.renovation_tertiaire"].relevance_score == 2


def test_label_fuzzy_match_and_ambiguity() -> None:
    assert resolve_lever(label="Isolation des bâtiments résidentiels").lever.code == (
        "batiments.renovation_residentiel"
    )
    assert resolve_lever(label="velo").lever.code == "voyageurs.velo"
    assert resolve_lever(label="Covoiturages").lever.code == "voyageurs.covoiturage"
    assert resolve_lever(label="Sobriété et isolation des bâtiments").how == "ambiguous"
    narrowed = resolve_lever(label="Changement de chaudière à fioul", theme="Bâtiments")
    assert narrowed.lever is None  # résidentiel or tertiaire: not guessed
    assert resolve_lever(label="Tout autre chose sans rapport").lever is None
    assert resolve_lever(code="VOYAGEURS.VELO").lever.code == "voyageurs.velo"


def test_unknown_label_with_answer_is_reported_not_silently_dropped() -> None:
    answers = _answers()
    answers.append({"code": None, "label": "Levier inventé", "relevance": "Forte"})
    doc = read_questionnaire(_build(answers=answers), "q.xlsx")
    assert len(doc.answers) == 47
    issue = next(i for i in doc.issues if i.value == "Levier inventé")
    assert issue.severity == "warning" and "ignorée" in issue.message


def test_lever_answered_twice_keeps_the_last_with_warning() -> None:
    answers = _answers()
    answers.append({"code": "voyageurs.velo", "relevance": "Faible", "deployment": "Non"})
    doc = read_questionnaire(_build(answers=answers), "q.xlsx")
    velo = _by_code(doc)["voyageurs.velo"]
    assert (velo.relevance_label, velo.relevance_score) == ("Faible", 1)
    assert any("deux fois" in i.message for i in doc.issues)
    assert len(doc.answers) == 47


# --------------------------------------------------------------------------- typed answers


@pytest.mark.parametrize(
    ("typed", "label", "score"),
    [
        ("forte", "Forte", 3),
        ("FORTE ", "Forte", 3),
        ("3 - Forte", "Forte", 3),
        ("Très  forte", "Très forte", 4),
        ("tres forte", "Très forte", 4),
        ("TRÈS FORTE", "Très forte", 4),
        ("Forte (3)", "Forte", 3),
        ("non concerné", "Nulle", 0),
        ("Non concernée", "Nulle", 0),
        ("NSP", "Ne sait pas", None),
        ("?", "Ne sait pas", None),
        ("moyen", "Moyenne", 2),
        (None, None, None),
        ("  ", None, None),
    ],
)
def test_typed_relevance(typed, label, score) -> None:
    answer = normalize_relevance(typed)
    assert (answer.label, answer.score, answer.flag) == (label, score, None)


@pytest.mark.parametrize(
    ("typed", "label", "score"),
    [
        ("Oui, à grande échelle", "Oui, à grande échelle", 3),
        ("oui a grande echelle", "Oui, à grande échelle", 3),
        ("Oui ponctuellement", "Oui, ponctuellement", 2),
        ("en projet", "En projet", 1),
        ("NON ", "Non", 0),
        ("nsp", "Ne sait pas", None),
    ],
)
def test_typed_deployment(typed, label, score) -> None:
    answer = normalize_deployment(typed)
    assert (answer.label, answer.score, answer.flag) == (label, score, None)


def test_plain_oui_is_read_as_ponctuellement_and_flagged() -> None:
    answer = normalize_deployment("oui")
    assert (answer.label, answer.score, answer.flag) == ("Oui, ponctuellement", 2, PLAIN_YES_FLAG)
    assert answer.severity == "warning"


def test_unknown_answers_are_kept_as_text_and_flagged() -> None:
    for value in ("x", "peut-être", "3"):
        answer = normalize_relevance(value)
        assert (answer.label, answer.score, answer.flag) == (value, None, UNKNOWN_FLAG)
    guessed = normalize_relevance("plutôt forte à mon avis")
    assert (guessed.label, guessed.score, guessed.flag) == ("Forte", 3, GUESSED_FLAG)


def test_typed_answers_in_a_workbook() -> None:
    overrides = {
        "voyageurs.velo": {"relevance": "TRÈS FORTE ", "deployment": "oui, grande échelle"},
        "voyageurs.covoiturage": {"relevance": "x", "deployment": "oui"},
        "voyageurs.report_modal": {"relevance": "non concerné", "deployment": "NSP"},
        "marchandises.fret_routier_electrique": {"relevance": "1 - Faible", "deployment": "non"},
    }
    doc = read_questionnaire(_build(answers=_answers(overrides)), "q.xlsx")
    answers = _by_code(doc)
    assert answers["voyageurs.velo"].relevance_score == 4
    assert answers["voyageurs.velo"].deployment_score == 3
    covoit = answers["voyageurs.covoiturage"]
    assert (covoit.relevance_label, covoit.relevance_score, covoit.relevance_flag) == (
        "x",
        None,
        UNKNOWN_FLAG,
    )
    assert (covoit.deployment_label, covoit.deployment_flag) == (
        "Oui, ponctuellement",
        PLAIN_YES_FLAG,
    )
    assert answers["voyageurs.report_modal"].relevance_label == "Nulle"
    assert answers["voyageurs.report_modal"].deployment_label == "Ne sait pas"
    assert answers["marchandises.fret_routier_electrique"].relevance_score == 1
    unknown = next(i for i in doc.issues if i.value == "x")
    assert unknown.severity == "warning" and unknown.sheet == "Leviers"
    assert unknown.row == covoit.row and unknown.column == "Pertinence de l'action territoriale"


# --------------------------------------------------------------------------- identification


@pytest.mark.parametrize(
    ("style", "siren", "valid"),
    [("spaces", VALID_SIREN, True), ("float", VALID_SIREN, True), ("text", VALID_SIREN, True)],
)
def test_siren_styles(style, siren, valid) -> None:
    doc = read_questionnaire(_build(Messiness(siren_style=style)), "q.xlsx")
    assert (doc.identification.siren, doc.identification.siren_valid) == (siren, valid)


def test_siren_as_float_cell_and_invalid_checksum_flagged() -> None:
    wb = openpyxl.load_workbook(io.BytesIO(_build(siren=SIREN)))
    wb["Identification"]["B5"] = 200012345.0
    buffer = io.BytesIO()
    wb.save(buffer)
    doc = read_questionnaire(buffer.getvalue(), "q.xlsx")
    assert (doc.identification.siren, doc.identification.siren_valid) == (SIREN, False)
    issue = next(i for i in doc.issues if "SIREN invalide" in i.message)
    assert issue.severity == "warning" and issue.row == 5 and issue.column == "B"


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("2a", "2A"),
        ("2B", "2B"),
        ("1", "01"),
        (1, "01"),
        (59.0, "59"),
        ("Gers (32)", "32"),
        ("Gers", "32"),
        ("Nord", "59"),
        ("Côtes d'Armor", "22"),
        ("Corse-du-Sud", "2A"),
        ("Réunion", "974"),
        ("971", "971"),
        ("62 - Pas-de-Calais", "62"),
        ("Département du Nord", "59"),
        ("20", None),
        ("99", None),
        ("Atlantide", None),
        ("2a", "2A"),
        ("pas de calais", "62"),
        (59, "59"),
        ("", None),
    ],
)
def test_department_codes(value, code) -> None:
    assert normalize_department_code(value) == code


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("32", "32"),
        (32, "32"),
        ("Hauts-de-France", "32"),
        ("hauts de france", "32"),
        ("Région Occitanie", "76"),
        ("Hauts-de-France (32)", "32"),
        ("PACA", "93"),
        ("Atlantide", None),
        ("3", "03"),
        ("5", None),
    ],
)
def test_region_codes(value, code) -> None:
    assert normalize_region_code(value) == code


@pytest.mark.parametrize("style", ["name", "paren", "lower", "number"])
def test_department_styles_in_workbook(style) -> None:
    doc = read_questionnaire(_build(Messiness(department_style=style)), "q.xlsx")
    assert doc.identification.department_code == "59"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12/03/2024", dt.date(2024, 3, 12)),
        ("12-03-24", dt.date(2024, 3, 12)),
        ("2024-03-12", dt.date(2024, 3, 12)),
        ("12 mars 2024", dt.date(2024, 3, 12)),
        (dt.datetime(2024, 3, 12, 10, 5), dt.date(2024, 3, 12)),
        (45363, dt.date(2024, 3, 12)),
        ("bientôt", None),
        ("31/02/2024", None),
    ],
)
def test_dates(value, expected) -> None:
    assert parse_date(value) == expected


def test_identification_tolerant_labels_and_layout() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Fiche collectivité"
    ws["A1"] = "IDENTIFICATION"
    ws["A3"] = "Nom de la collectivité :"
    ws["C3"] = "Mairie de Berck"  # value not in column B
    ws["A4"] = "N° SIREN"
    ws["B4"] = "216 201 087"
    ws["A5"] = "Département (code INSEE)"
    ws["B5"] = "Pas-de-Calais"
    ws["A6"] = "E-mail : jean.dupont@berck.fr"
    ws["A7"] = "Date de réponse"
    ws["B7"] = "12/03/2024"
    leviers = wb.create_sheet("Leviers")
    leviers.append(["Code levier", "Levier", "Pertinence", "Actions engagées"])
    leviers.append(["voyageurs.velo", "Vélo", "Forte", "Non"])
    buffer = io.BytesIO()
    wb.save(buffer)
    doc = read_questionnaire(buffer.getvalue(), "q.xlsx")
    ident = doc.identification
    assert ident.authority_name == "Mairie de Berck"
    assert ident.authority_type == "Commune"  # inferred from the name
    assert ident.siren == "216201087"
    assert ident.department_code == "62"
    assert ident.respondent_email == "jean.dupont@berck.fr"
    assert ident.submitted_on == dt.date(2024, 3, 12)
    assert [a.lever_code for a in doc.answers] == ["voyageurs.velo"]


# --------------------------------------------------------------------------- projects


def test_projects_sheet() -> None:
    projects = [
        {
            "title": "Vélo-route des gares",
            "lever": "voyageurs.velo",
            "description": "Liaison cyclable",
            "owner": "CC du Haut Bocage",
            "partners": "ADEME, Région; CAUE",
            "cost": "15 k€",
            "calendar": "2024-2026",
            "maturity": "en cours",
            "funding": "partiellement",
        },
        {"title": "Réseau de chaleur", "lever": "Réseaux de chaleur décarbonés", "cost": "1,2 M€"},
        {"title": "Recyclerie", "lever": "dechets.prevention", "cost": 250000, "maturity": "bof"},
        {"description": "Sans titre mais décrit", "cost": "beaucoup"},
    ]
    doc = read_questionnaire(_build(projects=projects), "q.xlsx")
    first, second, third, fourth = doc.projects
    assert first.lever_code == "voyageurs.velo"
    assert first.estimated_cost_eur == 15000
    assert first.partners == ["ADEME", "Région", "CAUE"]
    assert (first.maturity, first.funding_obtained) == ("Initié", "Partiel")
    assert (second.lever_code, second.estimated_cost_eur) == ("energie.reseaux_chaleur", 1.2e6)
    assert third.estimated_cost_eur == 250000 and third.maturity == "bof"
    assert fourth.title == "Sans titre mais décrit" and fourth.estimated_cost_eur is None
    messages = " ".join(i.message for i in doc.issues)
    assert "maturité non reconnue" in messages and "coût estimé illisible" in messages


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("15 k€", 15000),
        ("15k€", 15000),
        ("1,2 M€", 1_200_000),
        ("2 millions d'euros", 2_000_000),
        ("150 000 €", 150_000),
        ("env. 45 000 € HT", 45_000),
        (80000, 80000),
        ("à définir", None),
    ],
)
def test_costs(value, expected) -> None:
    assert parse_cost(value) == expected
