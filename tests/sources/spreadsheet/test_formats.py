"""Workbooks from every office suite: .ods/.fods and Calc-saved .xlsx read like Excel's, and
the streaming reader's protections (limits, entities, encryption, formulas without value).

The .ods twins are committed under tests/fixtures/ods/ (made by
``python -m tests.generators.calc_convert`` with LibreOffice), so these tests need no LibreOffice; one test converts afresh when it is
installed, to prove the committed files are what Calc writes today.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from sources import spreadsheet
from sources.detect import QUESTIONNAIRE, RECIPIENTS, detect
from sources.errors import InputRejected
from sources.questionnaire import read_questionnaire
from sources.questionnaire.recipients import read_recipients
from sources.spreadsheet import calamine_reader, loader
from tests.generators.calc_convert import FIXTURES, convert, questionnaire_cases, soffice

CASES = questionnaire_cases()
QUESTIONNAIRES = sorted(  # q17 is the budget workbook of the corpus, not a questionnaire
    name for name in CASES if name not in ("q17.xlsx", "destinataires.xlsx")
)
# issues that differ by nature between the twins: Calc recalculates on load, and an .ods
# has no VBA project
_FORMAT_ONLY = (spreadsheet.FORMULA_NO_VALUE, "macros (VBA)")


def _ods(name: str) -> bytes:
    return (FIXTURES / f"{Path(name).stem}.ods").read_bytes()


def _comparable(doc) -> tuple:  # noqa: ANN001 - QuestionnaireDocument
    issues = sorted(
        (i.severity, i.message, i.sheet, i.row, i.column, i.value)
        for i in doc.issues
        if not any(marker in i.message for marker in _FORMAT_ONLY)
    )
    return doc.identification, doc.answers, doc.projects, issues


@pytest.mark.parametrize("name", QUESTIONNAIRES)
def test_ods_twin_reads_exactly_like_the_excel_file(name: str) -> None:
    """Same identification, 47 answers with the same provenance rows, projects and issues."""
    excel = read_questionnaire(CASES[name], name)
    ods = read_questionnaire(_ods(name), f"{Path(name).stem}.ods")
    assert ods.file_format == "ods"
    assert len(ods.answers) == 47
    assert _comparable(ods) == _comparable(excel)


def test_ods_twins_cover_every_layout_variant_of_the_corpus() -> None:
    docs = [read_questionnaire(_ods(name), "x.ods") for name in QUESTIONNAIRES]
    messages = {issue.message for doc in docs for issue in doc.issues}
    assert any(m.startswith("ligne d'en-tête trouvée en ligne 4") for m in messages)
    assert "la feuille des leviers est masquée : lue quand même" not in messages
    assert any("leviers lus dans la feuille « Leviers (2) »" in m for m in messages)
    assert sum(len(doc.projects) for doc in docs) > 10
    # the hidden Identification sheet of the Calc file is still read
    hidden = read_questionnaire(_ods("q08.xlsx"), "q08.ods")
    assert hidden.identification.siren is not None


def test_merged_cells_of_an_ods_apply_to_the_whole_range() -> None:
    """Calc stores merges as spans (calamine gives none for ods): the scanner supplies them."""
    workbook = spreadsheet.load_workbook(_ods("q02.xlsx"), "q02.ods")
    leviers = workbook.find_sheet("Leviers")
    assert leviers is not None
    title = leviers.rows[0]
    assert title[0].startswith("Questionnaire de pré-diagnostic COP")
    assert title[1:9] == [title[0]] * 8  # A1:I1 merged
    themes = [row[1] for row in leviers.rows[4:11]]
    assert themes == ["Transport de voyageurs"] * 7


def test_recipients_list_saved_by_calc() -> None:
    excel = read_recipients(CASES["destinataires.xlsx"], "destinataires.xlsx")
    ods_bytes = _ods("destinataires.xlsx")
    assert detect(ods_bytes, "destinataires.ods").kind == RECIPIENTS
    ods = read_recipients(ods_bytes, "destinataires.ods")
    assert len(ods) == len(excel) == 40
    assert ods == excel
    assert all(r.siren_valid for r in ods[:5]) and ods[0].row == excel[0].row


def test_ods_is_detected_from_content_not_name() -> None:
    data = _ods("q00.xlsx")
    for filename in ("reponse.ods", "reponse.xlsx", "reponse"):
        found = detect(data, filename)
        assert (found.kind, found.container, found.reason) == (QUESTIONNAIRE, "ods", None)
    assert spreadsheet.sniff_format(data, "x.xlsx") == "ods"
    assert spreadsheet.load_workbook(data, "reponse").file_format == "ods"


def test_calc_saved_xlsx_reads_like_the_excel_original() -> None:
    for case in ("q00.xlsx", "q02.xlsx", "q09.xlsx"):
        calc = (FIXTURES / f"{Path(case).stem}.calc.xlsx").read_bytes()
        assert b"LibreOffice" in zipfile.ZipFile(io.BytesIO(calc)).read("docProps/app.xml")
        doc = read_questionnaire(calc, case)
        assert doc.file_format == "xlsx"
        assert _comparable(doc) == _comparable(read_questionnaire(CASES[case], case))


def test_flat_fods_saved_by_calc_is_read() -> None:
    data = (FIXTURES / "q02.fods").read_bytes()
    assert data.startswith(b"<?xml") and b"\n " in data  # indented XML, as Calc writes it
    assert detect(data, "q02.fods").container == "ods"
    doc = read_questionnaire(data, "q02.fods")
    assert _comparable(doc) == _comparable(read_questionnaire(CASES["q02.xlsx"], "q02.xlsx"))


def test_real_tet_ods_template_opens(realworld_dir: Path) -> None:
    """TeT's own .ods import template (nobody here wrote it): sheets and header rows readable."""
    ods = spreadsheet.load_workbook((realworld_dir / "tet" / "modele-import-pa.ods").read_bytes())
    xlsx = spreadsheet.load_workbook(
        (realworld_dir / "tet" / "modele-import-pa.xlsx").read_bytes(), "modele-import-pa.xlsx"
    )
    assert ods.file_format == "ods" and not ods.issues
    # TeT names the sheets slightly differently in its two files (« Mode_demploi »)
    assert [_fold(s.name) for s in ods.sheets] == [_fold(s.name) for s in xlsx.sheets]
    plan = ods.sheets[1]
    groups, headers = plan.rows[0], plan.rows[1]
    assert groups[0] == "Présentation de l’action"
    # « Objectifs et indicateurs » is merged over 7 columns (I:O) in this version
    assert groups[8:15] == ["Objectifs et indicateurs"] * 7 and groups[15] is None
    assert headers[:4] == [
        "Axe (x)",
        "Sous-axe (x.x)",
        "Sous-sous axe (x.x.x)",
        "Titre de l'action",
    ]
    # the .xlsx of the same template (another version) shares its main column labels
    xlsx_headers = set(_texts(xlsx.sheets[1].rows[1]))
    shared = set(_texts(headers)) & xlsx_headers
    assert {"Descriptif", "Structure pilote", "Personne pilote"} <= shared
    assert len(shared) >= 20
    lists = ods.sheets[2]
    assert lists.rows[0][:2] == ["Résultats attendus", "Cibles"]
    assert "En cours" in [row[2] for row in lists.rows if len(row) > 2]


def _fold(name: str) -> str:
    return re.sub(r"[\s_]+", " ", name).strip().lower()


def _texts(row: list[object]) -> list[str]:
    return [" ".join(str(v).split()) for v in row if v is not None and str(v).strip()]


def test_fresh_conversion_by_libreoffice_matches_the_committed_twins() -> None:
    if soffice() is None:
        pytest.skip(
            "LibreOffice Calc non installé (paquet libreoffice-calc-nogui, "
            "scripts/install_system_deps.sh) : les jumeaux .ods versionnés suffisent"
        )
    names = ["q02.xlsx", "q08.xlsx", "q09.xlsx"]  # q09: formulas with cached values
    fresh = convert({name: CASES[name] for name in names}, "ods")
    for name in names:
        doc = read_questionnaire(fresh[name], "frais.ods")
        assert _comparable(doc) == _comparable(read_questionnaire(_ods(name), "versionne.ods"))


# --------------------------------------------------------------------------- protections


def _ods_with_content(edit) -> bytes:  # noqa: ANN001 - str -> str
    source = zipfile.ZipFile(io.BytesIO(_ods("q00.xlsx")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            payload = source.read(info)
            if info.filename == "content.xml":
                payload = edit(payload.decode("utf-8")).encode("utf-8")
            target.writestr(info, payload)
    return out.getvalue()


def _reason(data: bytes, filename: str = "q.ods") -> InputRejected:
    with pytest.raises(InputRejected) as info:
        spreadsheet.load_workbook(data, filename)
    return info.value


_LAUGHS = (
    '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
    '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>'
)


def test_ods_with_entity_declarations_is_refused_and_calamine_never_expands_them() -> None:
    data = _ods_with_content(
        lambda xml: xml.replace("?>", "?>" + _LAUGHS, 1).replace(
            "<text:p>Collectivité</text:p>", "<text:p>&f;</text:p>", 1
        )
    )
    error = _reason(data)
    assert error.code == "unsafe_xml" and "DOCTYPE" in error.reason
    # past the inspection, the reader itself refuses: no expansion, no memory blow-up
    with pytest.raises(InputRejected):
        calamine_reader._calamine_open(data, spreadsheet.CORRUPT_ODS)


def test_encrypted_ods_is_refused() -> None:
    source = zipfile.ZipFile(io.BytesIO(_ods("q00.xlsx")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            payload = source.read(info)
            if info.filename == "META-INF/manifest.xml":
                payload = payload.replace(
                    b'manifest:full-path="content.xml" manifest:media-type="text/xml"/>',
                    b'manifest:full-path="content.xml" manifest:media-type="text/xml">'
                    b'<manifest:encryption-data manifest:checksum-type="SHA1/1K"/>'
                    b"</manifest:file-entry>",
                )
            target.writestr(info, payload)
    error = _reason(out.getvalue())
    assert (error.code, error.reason) == ("encrypted", "classeur protégé par mot de passe")


def test_ods_formula_without_cached_value_is_reported_with_its_cell() -> None:
    def drop_value(xml: str) -> str:
        # the answer next to « Type de collectivité » becomes a formula saved without value
        pattern = (
            r"(<text:p>Type de collectivité</text:p></table:table-cell>)"
            r"<table:table-cell [^>]*><text:p>[^<]*</text:p></table:table-cell>"
        )
        edited, count = re.subn(pattern, r'\1<table:table-cell table:formula="of:=[.A1]"/>', xml)
        assert count == 1
        return edited

    workbook = spreadsheet.load_workbook(_ods_with_content(drop_value), "q.ods")
    flagged = [i for i in workbook.issues if spreadsheet.FORMULA_NO_VALUE in i.message]
    assert [(i.sheet, i.row, i.column, i.value) for i in flagged] == [
        ("Identification", 4, "B", "=A1")
    ]


def _xlsx_with_cells(cells: str) -> bytes:
    """A one-sheet xlsx whose row 1 holds ``cells`` (raw SpreadsheetML), as Excel writes it."""
    book = openpyxl.Workbook()
    book.active["A2"] = "ligne"
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            payload = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                payload = payload.replace(
                    b"<sheetData>", b'<sheetData><row r="1">' + cells.encode() + b"</row>"
                )
            target.writestr(info, payload)
    return out.getvalue()


def test_xlsx_empty_cached_value_is_flagged_unless_the_formula_gives_text() -> None:
    """``<v></v>`` on a number formula is no value (a script saved it); on a text formula
    (``t="str"``) it is the cached result "" Excel writes for ``=""`` — not a missing value."""
    data = _xlsx_with_cells(
        '<c r="A1"><f>DATE(2024,3,12)</f><v></v></c>'
        '<c r="B1"><f>SUM(C5:C9)</f><v/></c>'
        '<c r="C1" t="str"><f>IF(A2="","","x")</f><v></v></c>'
        '<c r="D1"><f>DATE(2024,3,12)</f><v>45363</v></c>'
    )
    workbook = spreadsheet.load_workbook(data, "q.xlsx")
    flagged = [i for i in workbook.issues if spreadsheet.FORMULA_NO_VALUE in i.message]
    assert [(i.row, i.column, i.value) for i in flagged] == [
        (1, "A", "=DATE(2024,3,12)"),
        (1, "B", "=SUM(C5:C9)"),
    ]
    assert workbook.sheets[0].rows[0][3] == 45363


def test_ods_with_a_million_valued_rows_is_refused_without_reading_them() -> None:
    repeated = (
        '<table:table-row table:number-rows-repeated="1048000"><table:table-cell '
        'office:value-type="float" office:value="1" table:number-columns-repeated="3"/>'
        "</table:table-row>"
    )
    data = _ods_with_content(
        lambda xml: xml.replace("</table:table>", repeated + "</table:table>", 1)
    )
    error = _reason(data)
    assert error.code == "too_large"
    assert "feuille « Identification »" in error.reason and "100\u202f000 lignes" in error.reason


def _xlsx_with_extra_cells(cells: str) -> bytes:
    wb = openpyxl.Workbook()
    wb.active.title = "Données"
    wb.active["A1"] = "Nom"
    buffer = io.BytesIO()
    wb.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            payload = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                payload = payload.replace(b"</sheetData>", cells.encode() + b"</sheetData>")
            target.writestr(info, payload)
    return out.getvalue()


def test_sparse_xlsx_is_refused_before_the_reader_allocates_it() -> None:
    """Two cells, A1 and XFD1048576: calamine would allocate 549 GB and abort the process."""
    data = _xlsx_with_extra_cells('<row r="70000"><c r="XFD70000" t="n"><v>1</v></c></row>')
    error = _reason(data, "creux.xlsx")
    assert error.code == "too_large"
    assert "feuille « Données »" in error.reason and "5\u202f000\u202f000 cellules" in error.reason


def test_xlsx_with_values_past_the_row_limit_is_refused_not_truncated() -> None:
    data = _xlsx_with_extra_cells('<row r="1048576"><c r="A1048576" t="n"><v>7</v></c></row>')
    error = _reason(data, "long.xlsx")
    assert error.code == "too_large"
    assert "ligne 1\u202f048\u202f576" in error.reason and "lu en partie" in error.reason
    # formatting-only cells far away are not values: the workbook is read
    formatted = _xlsx_with_extra_cells('<row r="1048576"><c r="XFD1048576" s="0"/></row>')
    assert spreadsheet.load_workbook(formatted, "f.xlsx").sheets[0].rows == [["Nom"]]


def test_values_beyond_the_column_limit_are_reported() -> None:
    data = _xlsx_with_extra_cells(
        '<row r="2"><c r="A2" t="n"><v>1</v></c><c r="GZ2" t="n"><v>3</v></c></row>'
    )
    workbook = spreadsheet.load_workbook(data, "large.xlsx")
    assert any("au-delà de la colonne GR" in i.message for i in workbook.issues)
    assert len(workbook.sheets[0].rows[1]) == spreadsheet.MAX_COLUMNS


def test_xlsb_gets_a_clear_reason() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00")
    error = _reason(buffer.getvalue(), "binaire.xlsb")
    assert error.code == "unsupported_format" and ".xlsb" in error.reason


def test_values_keep_the_types_readers_expect() -> None:
    """Integral numbers as int (SIREN), dates as datetime, booleans, text untouched."""
    workbook = spreadsheet.load_workbook(_ods("q00.xlsx"), "q.ods")
    ident = workbook.find_sheet("Identification")
    assert ident is not None
    values = {row[0]: row[1] for row in ident.rows if len(row) > 1 and row[0]}
    date = next(v for k, v in values.items() if "date" in k.lower())
    assert type(date).__name__ == "datetime"
    assert all(not (isinstance(v, float) and v.is_integer()) for v in values.values())
    assert re.fullmatch(r"[\w.-]+@[\w.-]+", str(values["Courriel"]))


def test_real_workbooks_read_cell_for_cell_like_openpyxl(realworld_dir: Path) -> None:
    """Held out: third-party xlsx files (TeT exports and plans) give the values openpyxl gave."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
    from legacy_openpyxl_reader import load_workbook_openpyxl

    def values(workbook: spreadsheet.Workbook) -> list:
        out = []
        for sheet in workbook.sheets:
            for number, row in enumerate(sheet.rows, start=1):
                cells = [
                    int(v) if isinstance(v, float) and v.is_integer() else v
                    for v in row
                    if v not in (None, "")
                ]
                if cells:
                    out.append((sheet.name, sheet.state, number, cells))
        return out

    files = sorted((realworld_dir / "tet").glob("*.xlsx"))
    assert len(files) >= 7
    for path in files:
        data = path.read_bytes()
        new = spreadsheet.load_workbook(data, path.name)
        loader._CACHE.clear()
        assert values(new) == values(load_workbook_openpyxl(data, path.name)), path.name
        assert sum(len(sheet.rows) for sheet in new.sheets) > 5, path.name


def test_truncated_ods_is_quarantined_with_a_french_reason() -> None:
    data = _ods("q00.xlsx")
    for cut in (len(data) // 2, len(data) - 40):
        error = _reason(data[:cut], "coupé.ods")
        assert error.code == "corrupt"
        assert error.reason == "classeur OpenDocument (.ods) illisible ou tronqué"


def test_ods_with_basic_macros_is_read_and_macros_never_run() -> None:
    """Calc's Basic modules carry a public DOCTYPE (never parsed): read, macros reported."""
    source = zipfile.ZipFile(io.BytesIO(_ods("q00.xlsx")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        target.writestr(
            "Basic/Standard/Module1.xml",
            '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC '
            '"-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n<script:module '
            'xmlns:script="http://openoffice.org/2000/script" script:name="Module1" '
            'script:language="StarBasic">Sub Main\nShell("calc")\nEnd Sub</script:module>',
        )
    doc = read_questionnaire(out.getvalue(), "avec macros.ods")
    assert len(doc.answers) == 47
    assert any(
        "macros (Basic) : macros ignorées, jamais exécutées" in i.message for i in doc.issues
    )


def test_sparse_xls_is_refused_before_the_reader_allocates_it() -> None:
    """A 6 kB .xls with values in A1 and IV65536: 1 GB in the reader, refused from its records."""
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Feuille creuse")
    sheet.write(0, 0, "a")
    sheet.write(65535, 255, 1)
    buffer = io.BytesIO()
    book.save(buffer)
    assert len(buffer.getvalue()) < 10_000
    error = _reason(buffer.getvalue(), "creux.xls")
    assert error.code == "too_large"
    assert "feuille « Feuille creuse »" in error.reason and "65\u202f536 lignes" in error.reason
