"""The blank workbook written by the pipeline: layout, drop-downs, protection, round trip."""

from __future__ import annotations

import io

import openpyxl

from sources.questionnaire import DEPLOYMENT_SCORES, RELEVANCE_SCORES, read_questionnaire
from sources.questionnaire.template import (
    IDENTIFICATION_LABELS,
    LEVER_HEADERS,
    PROJECT_HEADERS,
    write_template,
)
from sources.reference import levers


def _template(region_code: str | None = None) -> bytes:
    buffer = io.BytesIO()
    write_template(buffer, region_code)
    return buffer.getvalue()


def _list_values(wb: openpyxl.Workbook, formula: str) -> list[str]:
    sheet_name, ref = formula.split("!")
    return [row[0].value for row in wb[sheet_name][ref.replace("$", "")]]


def test_sheets_and_headers() -> None:
    wb = openpyxl.load_workbook(io.BytesIO(_template()))
    assert {"Instructions", "Identification", "Leviers", "Projets"} <= set(wb.sheetnames)
    ident = wb["Identification"]
    assert [ident.cell(r, 1).value for r in range(1, 10)] == list(IDENTIFICATION_LABELS)
    ws = wb["Leviers"]
    assert [c.value for c in ws[1]] == list(LEVER_HEADERS)
    rows = [[c.value for c in row[:3]] for row in ws.iter_rows(min_row=2)]
    assert rows == [[lever.code, lever.theme, lever.label] for lever in levers()]
    assert len(rows) == 47
    assert [c.value for c in wb["Projets"][1]] == list(PROJECT_HEADERS)
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["C"].width >= 30
    assert ws["C2"].alignment.wrap_text
    assert "pertinence" in wb["Instructions"]["A4"].value.lower()


def test_drop_downs_are_exactly_the_spec_scales() -> None:
    wb = openpyxl.load_workbook(io.BytesIO(_template()))
    ws = wb["Leviers"]
    by_range = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    relevance = by_range["D2:D48"]
    deployment = by_range["E2:E48"]
    assert relevance.type == deployment.type == "list"
    assert _list_values(wb, relevance.formula1) == list(RELEVANCE_SCORES)
    assert _list_values(wb, deployment.formula1) == list(DEPLOYMENT_SCORES)
    projects = {str(dv.sqref): dv for dv in wb["Projets"].data_validations.dataValidation}
    assert _list_values(wb, projects["H2:H201"].formula1) == [
        "Initié",
        "En conception",
        "À initier",
    ]
    assert _list_values(wb, projects["I2:I201"].formula1) == ["Oui", "Non", "Partiel"]
    ident = {str(dv.sqref): dv for dv in wb["Identification"].data_validations.dataValidation}
    assert "Commune" in _list_values(wb, ident["B2"].formula1)
    assert wb["Listes"].sheet_state == "hidden"


def test_prefilled_cells_locked_answers_unlocked_without_password() -> None:
    wb = openpyxl.load_workbook(io.BytesIO(_template()))
    ws = wb["Leviers"]
    assert ws.protection.sheet is True
    assert not ws.protection.password
    assert ws["A2"].protection.locked and ws["C48"].protection.locked
    for col in "DEFGHI":
        assert ws[f"{col}2"].protection.locked is False
        assert ws[f"{col}48"].protection.locked is False
    ident = wb["Identification"]
    assert ident.protection.sheet and ident["A1"].protection.locked
    assert ident["B1"].protection.locked is False


def test_round_trip_gives_47_empty_answers(tmp_path) -> None:
    path = tmp_path / "sub" / "questionnaire.xlsx"
    write_template(path, "32")
    doc = read_questionnaire(path.read_bytes(), path.name)
    assert len(doc.answers) == 47
    assert {a.lever_code for a in doc.answers} == {lever.code for lever in levers()}
    for answer in doc.answers:
        assert answer.relevance_label is None and answer.relevance_score is None
        assert answer.deployment_label is None and answer.deployment_score is None
        assert answer.relevance_flag is None and answer.deployment_flag is None
        assert answer.actions_text is None
    assert doc.projects == []
    assert doc.identification.region_code == "32"
    assert doc.identification.authority_name is None
    assert not [i for i in doc.issues if "non reconnu" in i.message]


def test_filled_template_is_read() -> None:
    wb = openpyxl.load_workbook(io.BytesIO(_template()))
    ident = wb["Identification"]
    ident["B1"], ident["B2"], ident["B3"], ident["B4"] = (
        "Ville de Lille",
        "Commune",
        "215903501",
        "59",
    )
    ws = wb["Leviers"]
    ws["D2"], ws["E2"] = "Forte", "Oui, à grande échelle"
    wb["Projets"].append(["Piste cyclable", "voyageurs.velo", None, None, None, 120000])
    buffer = io.BytesIO()
    wb.save(buffer)
    doc = read_questionnaire(buffer.getvalue(), "q.xlsx")
    first = doc.answers[0]
    assert (first.lever_code, first.relevance_score, first.deployment_score) == (
        levers()[0].code,
        3,
        3,
    )
    assert doc.identification.authority_name == "Ville de Lille"
    assert doc.projects[0].estimated_cost_eur == 120000
