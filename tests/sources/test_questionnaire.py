"""Reading returned questionnaires: the canonical layout and every messy variant of the spec."""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import zipfile

import openpyxl
import pytest

from demo.authorities import generate_recipients
from demo.questionnaire_spec import Messiness, QuestionnaireSpec
from demo.questionnaire_writer import write_non_questionnaire, write_questionnaire
from demo.questionnaires import generate_questionnaires
from sources import spreadsheet
from sources.errors import InputRejected
from sources.questionnaire import (
    GUESSED_FLAG,
    PLAIN_YES_FLAG,
    UNKNOWN_FLAG,
    authority_name_from_filename,
    check_questionnaire,
    format_issues_fr,
    looks_like_questionnaire,
    normalize_department_code,
    normalize_deployment,
    normalize_region_code,
    normalize_relevance,
    parse_cost,
    parse_date,
    read_questionnaire,
    resolve_lever,
)
from sources.reference import levers

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


# --------------------------------------------------------------------------- formats


def test_xlsm_is_read_and_macros_never_kept() -> None:
    data = _build(Messiness(file_format="xlsm"))
    assert "xl/vbaProject.bin" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    doc = read_questionnaire(data, "reponse.xlsm")
    assert doc.file_format == "xlsm"
    _assert_known(doc)


@pytest.mark.parametrize("file_format", ["csv", "csv-cp1252"])
def test_csv_export_of_leviers(file_format) -> None:
    data = _build(Messiness(file_format=file_format, relabel=True))
    if file_format == "csv-cp1252":
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
    name = "Questionnaire COP - Communauté de communes du Haut Bocage - leviers.csv"
    doc = read_questionnaire(data, name)
    assert doc.file_format == "csv"
    _assert_known(doc)
    assert doc.identification.authority_name == "Communauté de communes du Haut Bocage"
    assert doc.identification.siren is None
    assert any("export CSV sans identification" in i.message for i in doc.issues)


def test_csv_with_comma_and_tab_delimiters() -> None:
    for delimiter in (",", "\t"):
        text = delimiter.join(["Code levier", "Levier", "Pertinence", "Actions engagées"]) + "\n"
        text += delimiter.join(["voyageurs.velo", "Vélo", "Forte", '"Oui, ponctuellement"']) + "\n"
        doc = read_questionnaire(text.encode("utf-8"), "export.csv")
        assert doc.answers[0].deployment_label == "Oui, ponctuellement"


def test_authority_name_from_filename() -> None:
    assert authority_name_from_filename("questionnaire_CC_du_Val_de_Lys_leviers.csv") == (
        "CC du Val de Lys"
    )
    assert authority_name_from_filename("Réponse questionnaire COP - Mairie de Berck.csv") == (
        "Mairie de Berck"
    )


# --------------------------------------------------------------------------- rejections


def _reason(data: bytes, filename: str = "q.xlsx") -> InputRejected:
    with pytest.raises(InputRejected) as info:
        read_questionnaire(data, filename)
    return info.value


def test_not_a_questionnaire_is_rejected_in_french() -> None:
    data = write_non_questionnaire()
    error = _reason(data)
    assert error.code == "not_a_questionnaire" and "pas un questionnaire" in error.reason
    assert looks_like_questionnaire(data, "budget.xlsx") is False
    doc, issues = check_questionnaire(data, "budget.xlsx")
    assert doc is None and issues[0].severity == "error"
    assert "pas un questionnaire" in format_issues_fr(issues)


def test_truncated_workbook_is_rejected() -> None:
    data = _build()
    for cut in (len(data) // 2, len(data) - 40):
        error = _reason(data[:cut])
        assert error.code == "corrupt" and error.reason == "fichier Excel illisible ou tronqué"


def test_zip_bomb_is_rejected() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b" " * (5 * 1024 * 1024))
    error = _reason(buffer.getvalue())
    assert error.code == "too_large" and "bombe zip" in error.reason


def _with_entity_shared_strings(data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    shared = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
        'uniqueCount="1"><si><t>&lol2;</t></si></sst>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
                )
            elif info.filename == "xl/_rels/workbook.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdSST" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                    b"</Relationships>",
                )
            target.writestr(info, content)
        target.writestr("xl/sharedStrings.xml", shared)
    return out.getvalue()


def test_xml_entity_trick_is_refused() -> None:
    data = _with_entity_shared_strings(_build())
    error = _reason(data)
    assert error.code == "unsafe_xml"
    # second line of defence: the reader itself (calamine's XML parser) never expands
    # entities: handed the file directly, past the DOCTYPE inspection, it refuses it
    with pytest.raises(InputRejected) as info:
        spreadsheet._calamine_sheets(spreadsheet._calamine_open(data, "x"), "x", [])
    assert info.value.code in ("unsafe_xml", "corrupt")


def test_password_protected_workbook_is_rejected() -> None:
    fake = spreadsheet.OLE2_MAGIC + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le")
    error = _reason(fake + b"\x00" * 1024)
    assert error.code == "encrypted" and error.reason == "classeur protégé par mot de passe"


def test_garbage_ole2_is_rejected() -> None:
    error = _reason(spreadsheet.OLE2_MAGIC + b"\x01" * 2048, "vieux.xls")
    assert error.code in {"corrupt", "not_a_workbook"}


def _as_xls(xlsx: bytes) -> bytes:
    """The same workbook saved in the legacy .xls format (xlwt), as old Excel versions do."""
    import datetime as dt

    import xlwt
    from openpyxl import load_workbook

    source = load_workbook(io.BytesIO(xlsx), data_only=True)
    book = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    for ws in source.worksheets:
        sheet = book.add_sheet(ws.title[:31])
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                if isinstance(cell.value, dt.datetime | dt.date):
                    sheet.write(cell.row - 1, cell.column - 1, cell.value, date_style)
                else:
                    sheet.write(cell.row - 1, cell.column - 1, cell.value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_xls_files() -> None:
    data = _as_xls(_build())
    assert data[:8] == spreadsheet.OLE2_MAGIC
    doc = read_questionnaire(data, "réponse ancienne version.xls")
    answers = _by_code(doc)
    assert len(answers) == 47
    velo = answers["voyageurs.velo"]
    assert (velo.relevance_label, velo.relevance_score) == ("Très forte", 4)
    assert velo.deployment_score == 3 and velo.blockers_text == "Foncier"
    assert doc.identification.siren == VALID_SIREN
    assert doc.identification.authority_name == "Communauté de communes du Haut Bocage"


def test_check_questionnaire_never_raises() -> None:
    for data in (b"", b"%PDF-1.4 bla", b"PK\x03\x04garbage", b"\x00\x01\x02"):
        doc, issues = check_questionnaire(data, "x.xlsx")
        assert doc is None and issues and issues[0].severity == "error"


def test_format_issues_fr_lists_where_value_and_why() -> None:
    doc = read_questionnaire(
        _build(answers=_answers({"voyageurs.velo": {"relevance": "x"}})), "q.xlsx"
    )
    text = format_issues_fr(doc.issues)
    line = next(line for line in text.splitlines() if "« x »" in line)
    assert "feuille « Leviers »" in line and "ligne" in line and "colonne" in line
    assert line.startswith("[attention]")


# --------------------------------------------------------------------------- demo corpus


def test_demo_corpus_is_deterministic_and_readable() -> None:
    def build() -> tuple[list[dict], list[tuple[str, bytes]]]:
        rng = random.Random(7)
        recipients = generate_recipients(rng, "32", 40)
        return recipients, generate_questionnaires(rng, "32", recipients, 20)

    recipients, files = build()
    assert files == build()[1]
    assert 18 <= len(files) <= 21
    formats, names, rejected = set(), [], []
    for filename, data in files:
        doc, issues = check_questionnaire(data, filename)
        if doc is None:
            rejected.append(filename)
            continue
        formats.add(doc.file_format)
        names.append(doc.identification.authority_name)
        assert len(doc.answers) == 47, filename
        scored = [a.relevance_score for a in doc.answers if a.relevance_score is not None]
        assert len(scored) > 25, filename
    assert rejected == ["Budget_previsionnel_2024.xlsx"]
    assert formats == {"xlsx", "xlsm", "csv"}
    assert len(names) - len(set(names)) >= 1  # one authority answered twice
    known = {r["name"] for r in recipients}
    assert set(names) <= known


def test_demo_answers_carry_a_theme_signal() -> None:
    rng = random.Random(3)
    recipients = generate_recipients(rng, "76", 40)
    files = generate_questionnaires(rng, "76", recipients, 30)
    sums: dict[str, list[int]] = {}
    for filename, data in files:
        doc, _ = check_questionnaire(data, filename)
        for answer in doc.answers if doc else []:
            if answer.relevance_score is not None:
                sums.setdefault(answer.lever_code.split(".")[0], []).append(answer.relevance_score)
    mean = {family: sum(v) / len(v) for family, v in sums.items()}
    assert mean["voyageurs"] > mean["marchandises"] + 1
    assert mean["dechets"] > mean["industrie"] + 1


def test_merged_answer_cells_apply_to_the_whole_range() -> None:
    wb = openpyxl.load_workbook(io.BytesIO(_build()))
    ws = wb["Leviers"]
    ws["D2"] = "Forte"  # first three levers answered at once with a vertical merge
    ws.merge_cells("D2:D4")
    buffer = io.BytesIO()
    wb.save(buffer)
    answers = read_questionnaire(buffer.getvalue(), "q.xlsx").answers
    assert [a.relevance_label for a in answers[:3]] == ["Forte"] * 3
    assert answers[3].relevance_label is None or answers[3].row == 5
