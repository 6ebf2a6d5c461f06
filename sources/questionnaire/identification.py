"""The « Identification » sheet: authority name, type, SIREN, territory, respondent, date.

Read from label/value pairs wherever they sit (or a transposed header row), validated and
flagged rather than dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sources.questionnaire.cells import (
    _cell,
    _short,
    authority_type_from_name,
    cell_text,
    is_empty_cell,
    normalize_authority_type,
    parse_date,
)
from sources.questionnaire.headers import HEADER_SEARCH_ROWS, IDENTIFICATION_LABELS, match_header
from sources.records import Identification, ParseIssue
from sources.reference import normalize_department_code, normalize_region_code
from sources.spreadsheet import Sheet, Workbook, column_letter
from sources.values import clean_siren, fold, one_line, siren_is_valid

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.I)


def _identification_pairs(rows: Sequence[Sequence[object]]) -> dict[str, tuple[object, int, int]]:
    """Field → (value, 1-based row, 1-based column of the value) from label/value rows."""
    found: dict[str, tuple[object, int, int]] = {}
    for row_no, row in enumerate(rows, start=1):
        start = next((i for i, v in enumerate(row) if not is_empty_cell(v)), None)
        if start is None or not isinstance(row[start], str):
            continue
        raw_label = row[start]
        label_part, inline_value = raw_label, None
        if ":" in raw_label and not fold(raw_label.split(":", 1)[1]).startswith("//"):
            label_part, inline_value = raw_label.split(":", 1)
        key = fold(label_part)
        if not key or len(key) > 60:
            continue
        field_name, best = None, 0
        for name, synonyms in IDENTIFICATION_LABELS.items():
            for synonym in synonyms:
                score = (
                    1000 + len(synonym)
                    if key == synonym
                    else (
                        500 + len(synonym)
                        if key.startswith(synonym + " ") and len(synonym) > 2
                        else 0
                    )
                )
                if score > best:
                    field_name, best = name, score
        if field_name is None:
            continue
        value, col = None, None
        for index in range(start + 1, len(row)):
            if not is_empty_cell(row[index]):
                value, col = row[index], index + 1
                break
        if value is None and inline_value is not None and inline_value.strip():
            value, col = inline_value.strip(), start + 1
        if field_name not in found or (found[field_name][0] is None and value is not None):
            found[field_name] = (value, row_no, col or start + 2)
    return found


def _identification_from_header(
    rows: Sequence[Sequence[object]],
) -> dict[str, tuple[object, int, int]]:
    """Transposed layout: labels as a header row, values in the row below."""
    for row_no, row in enumerate(rows[:HEADER_SEARCH_ROWS], start=1):
        mapping = match_header(row, IDENTIFICATION_LABELS)
        if len(mapping) >= 3 and row_no < len(rows):
            values = rows[row_no]
            return {
                name: (_cell(values, col), row_no + 1, col + 1) for name, col in mapping.items()
            }
    return {}


def _read_identification(
    workbook: Workbook,
    lever_sheet: Sheet | None,
    header_row: int | None,
    issues: list[ParseIssue],
) -> Identification:
    best: tuple[tuple[int, bool, bool], Sheet, dict[str, tuple[object, int, int]]] | None = None
    named = workbook.sheets_named("Identification")
    for sheet in workbook.sheets:
        if sheet is lever_sheet:
            continue
        pairs = _identification_pairs(sheet.rows[:60])
        if len(pairs) < 2:
            pairs = _identification_from_header(sheet.rows) or pairs
        key = (len(pairs), sheet in named, not sheet.hidden)
        if pairs and (best is None or key > best[0]):
            best = (key, sheet, pairs)
    if best is None and lever_sheet is not None and header_row and header_row > 1:
        pairs = _identification_pairs(lever_sheet.rows[: header_row - 1])
        if pairs:
            best = ((len(pairs), False, True), lever_sheet, pairs)
    if best is None:
        return Identification(None, None, None, False, None, None, None, None, None, None)
    _, sheet, pairs = best

    def raw(name: str) -> object:
        return pairs[name][0] if name in pairs else None

    def issue(severity: str, message: str, name: str) -> None:
        value, row, col = pairs[name]
        issues.append(
            ParseIssue(
                severity,
                message,
                sheet=sheet.name,
                row=row,
                column=column_letter(col),
                value=_short(value),
            )
        )

    name = one_line(cell_text(raw("authority_name")))
    authority_type = None
    if not is_empty_cell(raw("authority_type")):
        authority_type = normalize_authority_type(raw("authority_type"))
        if authority_type is None:
            authority_type = one_line(cell_text(raw("authority_type")))
            issue(
                "warning", "type de collectivité non reconnu : conservé tel quel", "authority_type"
            )
    elif name and (guess := authority_type_from_name(name)):
        authority_type = guess
    siren = clean_siren(raw("siren")) if not is_empty_cell(raw("siren")) else None
    if siren and len(siren) == 14:
        issue("info", "SIRET saisi : les 9 premiers chiffres forment le SIREN", "siren")
        siren = siren[:9]
    valid = siren_is_valid(siren) if siren and len(siren) == 9 else False
    if siren and not valid:
        issue(
            "warning",
            "SIREN invalide (9 chiffres et clé de contrôle attendus) : conservé mais signalé",
            "siren",
        )
    elif not is_empty_cell(raw("siren")) and not siren:
        issue("warning", "SIREN illisible (aucun chiffre)", "siren")
    department = None
    if not is_empty_cell(raw("department")):
        department = normalize_department_code(raw("department"))
        if department is None:
            issue("warning", "département non reconnu (code INSEE ou nom attendu)", "department")
    region = None
    if not is_empty_cell(raw("region")):
        region = normalize_region_code(raw("region"))
        if region is None:
            issue("warning", "région non reconnue (code INSEE ou nom attendu)", "region")
    email = one_line(cell_text(raw("respondent_email")))
    if email:
        email = re.sub(r"^mailto:", "", email, flags=re.I).strip()
        if not _EMAIL_RE.match(email):
            issue(
                "warning", "courriel du répondant mal formé : conservé tel quel", "respondent_email"
            )
    submitted = None
    if not is_empty_cell(raw("submitted_on")):
        submitted = parse_date(raw("submitted_on"))
        if submitted is None:
            issue(
                "warning", "date de réponse illisible (format JJ/MM/AAAA attendu)", "submitted_on"
            )
    return Identification(
        authority_name=name,
        authority_type=authority_type,
        siren=siren,
        siren_valid=valid,
        department_code=department,
        region_code=region,
        respondent_name=one_line(cell_text(raw("respondent_name"))),
        respondent_function=one_line(cell_text(raw("respondent_function"))),
        respondent_email=email,
        submitted_on=submitted,
    )
