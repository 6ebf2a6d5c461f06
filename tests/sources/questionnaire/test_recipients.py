"""The recipients list (xlsx or csv) and the demo generator of authorities."""

from __future__ import annotations

import io
import random

import openpyxl
import pytest
from stdnum.fr import siren as stdnum_siren

from demo.authorities import generate_recipients, write_recipients_xlsx
from sources.errors import InputRejected
from sources.questionnaire import looks_like_questionnaire
from sources.questionnaire.recipients import looks_like_recipients, read_recipients
from sources.questionnaire.template import write_template
from sources.reference import departements_of_region


def test_generated_recipients_are_realistic_and_valid() -> None:
    recipients = generate_recipients(random.Random(1), "32", 80)
    assert len(recipients) == 80
    sirens = [r["siren"] for r in recipients]
    assert len(set(sirens)) == 80 and all(stdnum_siren.is_valid(s) for s in sirens)
    assert {r["department_code"] for r in recipients} <= set(departements_of_region("32"))
    types = {r["type"] for r in recipients}
    assert {"Commune", "EPCI", "Département"} <= types
    assert any(r["name"].startswith("Communauté de communes") for r in recipients)
    assert recipients == generate_recipients(random.Random(1), "32", 80)


def test_recipients_xlsx_round_trip() -> None:
    recipients = generate_recipients(random.Random(2), "76", 30)
    data = write_recipients_xlsx(recipients)
    assert looks_like_recipients(data, "destinataires.xlsx")
    assert not looks_like_questionnaire(data, "destinataires.xlsx")
    rows = read_recipients(data, "destinataires.xlsx")
    assert [r.siren for r in rows] == [r["siren"] for r in recipients]
    assert all(r.siren_valid for r in rows)
    assert [r.department_code for r in rows] == [r["department_code"] for r in recipients]
    assert [r.authority_type for r in rows] == [r["type"] for r in recipients]
    assert rows[0].row == 4  # title row and blank row above the header


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252"])
def test_recipients_csv_with_other_headers(encoding) -> None:
    text = (
        "N° SIREN;Nom de la collectivité;Catégorie;Dépt;E-mail\r\n"
        "216 201 087;Berck;commune;62;mairie@berck.fr\r\n"
        "200012345;Communauté de communes du Ternois;Communauté de communes;Pas-de-Calais;\r\n"
        ";;;;\r\n"
        "200067106.0;Syndicat mixte du SCoT;;2a;contact@scot.fr\r\n"
    )
    rows = read_recipients(text.encode(encoding), "destinataires.csv")
    assert [r.siren for r in rows] == ["216201087", "200012345", "200067106"]
    assert [r.siren_valid for r in rows] == [True, False, True]
    assert [r.authority_type for r in rows] == ["Commune", "EPCI", "Syndicat"]
    assert [r.department_code for r in rows] == ["62", "62", "2A"]
    assert rows[1].contact_email is None and rows[0].name == "Berck"
    assert looks_like_recipients(text.encode(encoding), "destinataires.csv")


def test_reordered_columns_in_xlsx() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Courriel de contact", "Département", "Nom", "SIREN", "Type", "Remarque"])
    ws.append(["a@b.fr", 1, "Bourg-en-Bresse", 210100533, "Commune", "relancé"])
    buffer = io.BytesIO()
    wb.save(buffer)
    (row,) = read_recipients(buffer.getvalue(), "liste.xlsx")
    assert (row.siren, row.department_code, row.name, row.contact_email) == (
        "210100533",
        "01",
        "Bourg-en-Bresse",
        "a@b.fr",
    )


def test_questionnaire_is_not_a_recipients_list() -> None:
    buffer = io.BytesIO()
    write_template(buffer)
    assert not looks_like_recipients(buffer.getvalue(), "q.xlsx")
    with pytest.raises(InputRejected) as info:
        read_recipients(b"Poste;Montant\nVoirie;12\n", "budget.csv")
    assert info.value.code == "not_recipients" and "SIREN" in info.value.reason
