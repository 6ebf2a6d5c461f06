"""Read the list of authorities the questionnaire was sent to (xlsx, xls or csv).

Response rates are computed against it, so every row with a name or a SIREN is kept, even
with an invalid SIREN (flagged through ``siren_valid``). Columns are found by tolerant header
matching, anywhere in the first rows and in any order, like the questionnaire reader.
"""

from __future__ import annotations

from sources.errors import InputRejected
from sources.questionnaire.cells import (
    authority_type_from_name,
    cell_text,
    is_empty_cell,
    normalize_authority_type,
)
from sources.questionnaire.headers import find_header
from sources.records import RecipientRecord
from sources.reference import normalize_department_code
from sources.spreadsheet import Sheet, load_workbook
from sources.values import clean_siren, one_line, siren_is_valid

RECIPIENT_COLUMNS: dict[str, tuple[str, ...]] = {
    "siren": ("siren", "n siren", "numero siren", "no siren", "siret", "n siret", "code siren"),
    "name": (
        "nom",
        "nom de la collectivite",
        "collectivite",
        "raison sociale",
        "denomination",
        "libelle",
        "destinataire",
        "structure",
        "nom collectivite",
        "organisme",
    ),
    "type": ("type", "type de collectivite", "categorie", "nature", "nature juridique"),
    "department": ("departement", "dept", "code departement", "dep", "n departement"),
    "email": (
        "courriel de contact",
        "courriel",
        "email",
        "e mail",
        "mail",
        "contact",
        "adresse electronique",
        "mel",
    ),
}
_REQUIRED = (("name", "siren"), ("siren", "type", "department", "email"))

NOT_RECIPIENTS = (
    "liste de destinataires non reconnue : en-têtes attendus SIREN · Nom · Type · Département · "
    "Courriel de contact"
)


def _best_sheet(data: bytes, filename: str) -> tuple[Sheet, int, dict[str, int]] | None:
    workbook = load_workbook(data, filename)
    best = None
    for index, sheet in enumerate(workbook.sheets):
        found = find_header(sheet, RECIPIENT_COLUMNS, _REQUIRED)
        if not found or "name" not in found[1] and "siren" not in found[1]:
            continue
        key = (len(found[1]), not sheet.hidden, len(sheet.rows), -index)
        if best is None or key > best[0]:
            best = (key, sheet, found)
    if best is None:
        return None
    _, sheet, (row, mapping) = best
    return sheet, row, mapping


def looks_like_recipients(data: bytes, filename: str) -> bool:
    """A header row with a name or SIREN column and at least two other recipient columns."""
    found = _best_sheet(data, filename)
    if found is None:
        return False
    _, _, mapping = found
    return len(mapping) >= 3 and ("name" in mapping or "siren" in mapping)


def read_recipients(data: bytes, filename: str) -> list[RecipientRecord]:
    """All recipient rows; raises :class:`InputRejected` when no recipients table is found."""
    found = _best_sheet(data, filename)
    if found is None:
        raise InputRejected(NOT_RECIPIENTS, "not_recipients")
    sheet, header_row, mapping = found
    records: list[RecipientRecord] = []
    for row_no in range(header_row + 1, len(sheet.rows) + 1):
        row = sheet.rows[row_no - 1]

        def get(name: str, row: list[object] = row) -> object:
            col = mapping.get(name)
            return row[col] if col is not None and col < len(row) else None

        raw_siren, raw_name = get("siren"), get("name")
        if is_empty_cell(raw_siren) and is_empty_cell(raw_name):
            continue
        siren = clean_siren(raw_siren) if not is_empty_cell(raw_siren) else None
        if siren and len(siren) == 14:
            siren = siren[:9]  # SIRET given: its first 9 digits are the SIREN
        name = one_line(cell_text(raw_name)) or f"SIREN {siren}"
        raw_type = get("type")
        authority_type = normalize_authority_type(raw_type) or one_line(cell_text(raw_type))
        if authority_type is None:
            authority_type = authority_type_from_name(name)
        email = one_line(cell_text(get("email")))
        records.append(
            RecipientRecord(
                siren=siren,
                siren_valid=siren_is_valid(siren) if siren and len(siren) == 9 else False,
                name=name,
                authority_type=authority_type,
                department_code=normalize_department_code(get("department")),
                contact_email=email.removeprefix("mailto:") if email else None,
                row=row_no,
            )
        )
    return records
