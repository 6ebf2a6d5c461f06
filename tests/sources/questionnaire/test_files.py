"""Returned questionnaires as files: formats (xlsm, CSV, xls), hostile or wrong files rejected in
French, and the demo corpus read end to end."""

from __future__ import annotations

import io
import random
import zipfile

import openpyxl
import pytest

from demo.authorities import generate_recipients
from demo.questionnaire_spec import Messiness
from demo.questionnaire_writer import write_non_questionnaire
from demo.questionnaires import generate_questionnaires
from sources import spreadsheet
from sources.errors import InputRejected
from sources.questionnaire import (
    authority_name_from_filename,
    check_questionnaire,
    format_issues_fr,
    looks_like_questionnaire,
    read_questionnaire,
)
from sources.spreadsheet import calamine_reader
from tests.sources.questionnaire.test_reader import (
    VALID_SIREN,
    _answers,
    _assert_known,
    _build,
    _by_code,
)

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
        calamine_reader._calamine_sheets(calamine_reader._calamine_open(data, "x"), "x", [])
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
