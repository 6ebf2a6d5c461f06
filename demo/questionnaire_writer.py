"""One returned questionnaire as bytes (xlsx, xlsm or CSV), with the messiness its spec asks.

Saved with fixed timestamps: the same spec gives the same bytes (same sha256).
"""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import zipfile
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from demo.answers import _RELEVANCE_BY_SCORE, TYPED_DEPLOYMENT, TYPED_RELEVANCE
from demo.questionnaire_spec import (
    IDENTIFICATION_FIELDS,
    LEVER_FIELDS,
    PROJECT_FIELDS,
    RELABELLED_HEADERS,
    QuestionnaireSpec,
)
from sources.questionnaire.template import IDENTIFICATION_LABELS, LEVER_HEADERS, PROJECT_HEADERS
from sources.reference import (
    Lever,
    departement_by_code,
    levers,
)

# --------------------------------------------------------------------------- writer


_FIXED_TIME = dt.datetime(2024, 1, 2, 9, 0, 0)


def _save(wb: Workbook) -> bytes:
    """Save with fixed document and zip timestamps: same seed, same bytes (same sha256)."""
    wb.properties.created = wb.properties.modified = _FIXED_TIME
    buffer = io.BytesIO()
    wb.save(buffer)
    return _repack(buffer.getvalue(), {})


def _repack(
    payload: bytes, replace: dict[str, bytes], extra: dict[str, bytes] | None = None
) -> bytes:
    """Rewrite a zip with fixed member timestamps, replacing/adding some members."""
    source = zipfile.ZipFile(io.BytesIO(payload))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
        members += list((extra or {}).items())
        for name, content in members:
            if name == "docProps/core.xml":  # openpyxl stamps "modified" with the save time
                content = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2024-01-02T09:00:00Z\g<2>",
                    content,
                )
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, replace.get(name, content))
    return out.getvalue()


def _siren_cell(siren: Any, style: str) -> Any:
    text = str(siren or "")
    if style == "spaces" and len(text) == 9:
        return f"{text[:3]} {text[3:6]} {text[6:]}"
    if style == "float" and text.isdigit():
        return float(text)
    return text or None


def _department_cell(code: Any, style: str) -> Any:
    names = {c: d.name for c, d in departement_by_code().items()}
    code = str(code or "")
    if style == "name":
        return names.get(code, code)
    if style == "paren":
        return f"{names.get(code, code)} ({code})"
    if style == "lower":
        return code.lower().lstrip("0") or code
    if style == "number" and code.isdigit():
        return int(code)
    return code or None


def _lever_table(spec: QuestionnaireSpec) -> tuple[list[str], list[list[Any]], list[int]]:
    """Header, rows and the row offsets of theme starts (for merges and blank rows)."""
    mess = spec.messiness
    fields = list(LEVER_FIELDS)
    if mess.drop_code:
        fields.remove("code")
    if mess.reorder:
        order = (
            "label",
            "theme",
            "code",
            "deployment",
            "relevance",
            "needs",
            "actions",
            "exemplary",
            "blockers",
        )
        fields = [f for f in order if f in fields]
    labels = dict(zip(LEVER_FIELDS, LEVER_HEADERS, strict=True))
    if mess.relabel:
        labels.update(RELABELLED_HEADERS)
    header = [labels[f] for f in fields]
    if mess.extra_columns:
        header = ["N°", *header, "Commentaire"]
    by_code: dict[str, Lever] = {lever.code: lever for lever in levers()}
    rows: list[list[Any]] = []
    theme_starts: list[int] = []
    last_theme = None
    for index, answer in enumerate(spec.answers, start=1):
        lever = by_code.get(answer.get("code", ""))
        theme = answer.get("theme", lever.theme if lever else None)
        if theme != last_theme:
            if mess.empty_rows and rows:
                rows.append([None] * len(header))
            theme_starts.append(len(rows))
            last_theme = theme
        values = {
            "code": None if mess.empty_code else answer.get("code"),
            "theme": theme,
            "label": answer.get("label", lever.label if lever else None),
            **{f: answer.get(f) for f in LEVER_FIELDS[3:]},
        }
        row = [values[f] for f in fields]
        if mess.extra_columns:
            row = [index, *row, answer.get("comment")]
        rows.append(row)
    return header, rows, theme_starts


def _typed(rng: random.Random, answers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for answer in answers:
        answer = dict(answer)
        if answer.get("relevance") in TYPED_RELEVANCE and rng.random() < 0.6:
            answer["relevance"] = rng.choice(TYPED_RELEVANCE[answer["relevance"]])
        if answer.get("deployment") in TYPED_DEPLOYMENT and rng.random() < 0.6:
            answer["deployment"] = rng.choice(TYPED_DEPLOYMENT[answer["deployment"]])
        out.append(answer)
    if out and rng.random() < 0.7:
        out[rng.randrange(len(out))]["relevance"] = "x"
    return out


def write_questionnaire(spec: QuestionnaireSpec) -> bytes:
    """Build one returned questionnaire (xlsx, xlsm or CSV bytes) as its messiness says."""
    mess = spec.messiness
    header, rows, theme_starts = _lever_table(spec)
    if mess.file_format.startswith("csv"):
        return _write_csv(
            header, rows, "cp1252" if mess.file_format == "csv-cp1252" else "utf-8-sig"
        )
    wb = Workbook()
    ident = wb.active
    ident.title = "Identification"
    ident["A1"] = "Identification de la collectivité"
    ident["A1"].font = Font(bold=True, size=13)
    formulas: dict[tuple[str, str], Any] = {}
    values = spec.identification
    for offset, (field_name, label) in enumerate(
        zip(IDENTIFICATION_FIELDS, IDENTIFICATION_LABELS, strict=True)
    ):
        row = offset + 3
        ident.cell(row, 1, label).font = Font(bold=True)
        value = values.get(field_name)
        if field_name == "siren":
            value = _siren_cell(value, mess.siren_style)
        elif field_name == "department":
            value = _department_cell(value, mess.department_style)
        cell = ident.cell(row, 2, value)
        if isinstance(value, dt.date):
            cell.number_format = "DD/MM/YYYY"
            if mess.formulas:
                cell.value = f"=DATE({value.year},{value.month},{value.day})"
                serial = (
                    dt.datetime(value.year, value.month, value.day) - dt.datetime(1899, 12, 30)
                ).days
                formulas[("Identification", cell.coordinate)] = serial
        if field_name == "authority_name" and mess.merged_cells:
            ident.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
    if mess.formula_without_value:
        ident.cell(13, 1, "Nombre de leviers renseignés")
        ident.cell(13, 2, "=COUNTA(Leviers!D2:D48)")
    ident.column_dimensions["A"].width = 26
    ident.column_dimensions["B"].width = 48
    if mess.hidden_identification:
        ident.sheet_state = "hidden"
        wb.create_sheet("Accueil")["A1"] = "Merci de votre participation au pré-diagnostic COP."

    ws = wb.create_sheet(mess.lever_sheet_name)
    top = mess.title_rows
    if top:
        ws.cell(
            1, 1, "Questionnaire de pré-diagnostic COP — leviers de la planification écologique"
        )
        if top >= 2:
            ws.cell(2, 1, f"Collectivité : {values.get('authority_name') or ''}")
        if mess.merged_cells:
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    header_row = top + 1
    for col, title in enumerate(header, start=1):
        ws.cell(header_row, col, title).font = Font(bold=True)
    for r, row in enumerate(rows, start=header_row + 1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    if mess.formulas:
        _add_formulas(ws, header, header_row, rows, formulas, mess.lever_sheet_name)
    if mess.merged_cells and "Thème" in header:
        theme_col = header.index("Thème") + 1
        bounds = [*theme_starts, len(rows)]
        for start, end in zip(bounds, bounds[1:], strict=False):
            last = end - 1
            while last > start and all(v is None for v in rows[last]):
                last -= 1
            if last > start:
                ws.merge_cells(
                    start_row=header_row + 1 + start,
                    start_column=theme_col,
                    end_row=header_row + 1 + last,
                    end_column=theme_col,
                )
    ws.freeze_panes = ws.cell(header_row + 1, 1)

    if spec.projects:
        sheet = wb.create_sheet("Projets")
        for col, title in enumerate(PROJECT_HEADERS, start=1):
            sheet.cell(1, col, title).font = Font(bold=True)
        for r, project in enumerate(spec.projects, start=2):
            for c, name in enumerate(PROJECT_FIELDS, start=1):
                if project.get(name) is not None:
                    sheet.cell(r, c, project[name])
    lists = wb.create_sheet("Listes")
    for r, label in enumerate(_RELEVANCE_BY_SCORE, start=1):
        lists.cell(r, 1, label)
    lists.sheet_state = "hidden"
    payload = _save(wb)
    if formulas:
        payload = _inject_cached_values(payload, wb.sheetnames, formulas)
    if mess.file_format == "xlsm":
        payload = _as_xlsm(payload)
    return payload


def _add_formulas(
    ws: Any,
    header: list[str],
    header_row: int,
    rows: list[list[Any]],
    formulas: dict[tuple[str, str], Any],
    sheet_name: str,
) -> None:
    """Replace a few answers by formulas pointing at the row above (cached value kept)."""
    labels = {fold_header(h): i for i, h in enumerate(header)}
    col = labels.get(fold_header(LEVER_HEADERS[3]))
    if col is None:
        return
    letter = ws.cell(1, col + 1).column_letter
    for index in range(1, len(rows)):
        above, here = rows[index - 1][col], rows[index][col]
        if here is not None and here == above and index % 3 == 0:
            cell = ws.cell(header_row + 1 + index, col + 1)
            cell.value = f"={letter}{header_row + index}"
            formulas[(sheet_name, cell.coordinate)] = here


def fold_header(text: str) -> str:
    """Local fold for header lookups in the writer."""
    return " ".join(str(text).lower().split())


def _inject_cached_values(
    payload: bytes, sheet_names: list[str], formulas: dict[tuple[str, str], Any]
) -> bytes:
    """openpyxl cannot store a formula's cached result: patch it into the sheet XML like Excel.

    The empty value openpyxl writes depends on its XML backend (``<v/>`` with et_xmlfile,
    ``<v></v>`` once lxml is installed): both are replaced, so the fixture never silently
    loses its cached values.
    """
    source = zipfile.ZipFile(io.BytesIO(payload))
    replace: dict[str, bytes] = {}
    for info in source.infolist():
        match = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", info.filename)
        if not match:
            continue
        name = sheet_names[int(match.group(1)) - 1]
        text = source.read(info).decode("utf-8")
        for (sheet, ref), value in formulas.items():
            if sheet != name:
                continue
            escaped = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            kind = ' t="str"' if isinstance(value, str) else ""
            # openpyxl writes an empty value as <v/> or <v></v> (lxml installed), or none
            text, found = re.subn(
                rf'<c r="{ref}"([^>]*)><f>(.*?)</f>(?:<v\s*/>|<v>\s*</v>)?(?=</c>)',
                lambda m, e=escaped, k=kind, ref=ref: (
                    f'<c r="{ref}"{m.group(1)}{k}><f>{m.group(2)}</f><v>{e}</v>'
                ),
                text,
            )
            if found != 1:
                raise RuntimeError(f"cached value of {sheet}!{ref} not written (openpyxl output?)")
        replace[info.filename] = text.encode("utf-8")
    return _repack(payload, replace)


def _as_xlsm(payload: bytes) -> bytes:
    """Turn an xlsx into a macro-enabled workbook with an (inert) VBA project part."""
    source = zipfile.ZipFile(io.BytesIO(payload))
    types = source.read("[Content_Types].xml").decode("utf-8")
    types = types.replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    ).replace(
        "</Types>",
        '<Override PartName="/xl/vbaProject.bin" '
        'ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    )
    rels = (
        source.read("xl/_rels/workbook.xml.rels")
        .decode("utf-8")
        .replace(
            "</Relationships>",
            '<Relationship Id="rIdVBA1" '
            'Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
            'Target="vbaProject.bin"/></Relationships>',
        )
    )
    # not a real VBA project: an inert blob (the reader must never execute anything)
    blob = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    return _repack(
        payload,
        {"[Content_Types].xml": types.encode("utf-8"), "xl/_rels/workbook.xml.rels": rels.encode()},
        {"xl/vbaProject.bin": blob},
    )


def _write_csv(header: list[str], rows: list[list[Any]], encoding: str) -> bytes:
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return buffer.getvalue().encode(encoding, errors="replace")


def write_non_questionnaire() -> bytes:
    """A workbook someone dropped in the folder by mistake (a budget table)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Budget 2024"
    ws.append(["Poste", "Montant (€)", "Année", "Commentaire"])
    for post, amount in (("Voirie", 120000), ("Écoles", 85000), ("Éclairage public", 30000)):
        ws.append([post, amount, 2024, None])
    return _save(wb)
