"""Write the blank pre-diagnostic workbook sent to every authority (one command, no Dagster).

The layout is the canonical one of shared/spec/questionnaire.md: what this writes is what
:mod:`sources.questionnaire` reads best. Pre-filled cells are locked (sheet protection
without password) so levers are not edited by accident; answer cells stay free and the
scales are offered as drop-downs, which is what keeps typed answers rare.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from sources.questionnaire.scales import (
    AUTHORITY_TYPES,
    DEPLOYMENT_SCORES,
    FUNDING,
    MATURITIES,
    RELEVANCE_SCORES,
)
from sources.reference import levers, region_by_code

IDENTIFICATION_LABELS = (
    "Collectivité",
    "Type de collectivité",
    "SIREN",
    "Département",
    "Région",
    "Nom du répondant",
    "Fonction",
    "Courriel",
    "Date de réponse",
)
LEVER_HEADERS = (
    "Code levier",
    "Thème",
    "Levier",
    "Pertinence de l'action territoriale",
    "Actions engagées",
    "Actions menées ou prévues",
    "Freins et verrous",
    "Besoins d'accompagnement",
    "Projet exemplaire à valoriser",
)
# « Levier » (a French label picked in a drop-down) rather than the spec's « Code levier »: people
# choose among names, not dotted codes. The reader takes either header, a code, a seed-004 label
# or a 2025 SGPE name.
PROJECT_HEADERS = (
    "Intitulé",
    "Levier",
    "Description",
    "Porteur",
    "Partenaires",
    "Coût estimé (€)",
    "Calendrier",
    "Maturité",
    "Financement obtenu",
    "Besoins d'ingénierie",
    "Indicateurs de suivi",
)
PROJECT_ROWS = 200

INSTRUCTIONS = (
    "Questionnaire de pré-diagnostic — COP régionale de planification écologique",
    "",
    "1. Feuille « Identification » : complétez la colonne B (nom de la collectivité, type, "
    "SIREN à 9 chiffres, code du département, date de réponse).",
    "2. Feuille « Leviers » : pour chacun des 47 leviers, choisissez dans les listes "
    "déroulantes la pertinence de l'action territoriale et l'état des actions engagées, puis "
    "décrivez si possible les actions menées ou prévues, les freins, vos besoins "
    "d'accompagnement et un projet exemplaire.",
    "3. Feuille « Projets » (facultative) : une ligne par projet que vous souhaitez voir "
    "figurer dans la COP ; choisissez son levier dans la liste déroulante (le nom du levier "
    "dans la liste SGPE de 2025 est aussi accepté).",
    "",
    "Merci de ne pas renommer les feuilles, ni supprimer ou déplacer les colonnes « Code "
    "levier », « Thème » et « Levier » (elles sont protégées, sans mot de passe).",
    "Pertinence : Très forte, Forte, Moyenne, Faible, Nulle, Ne sait pas.",
    "Actions engagées : Oui, à grande échelle · Oui, ponctuellement · En projet · Non · "
    "Ne sait pas.",
    "Renvoyez le fichier au format Excel (.xlsx). Les nom, fonction et courriel du répondant "
    "servent uniquement au suivi et ne sont jamais publiés.",
)

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
_LOCKED_FILL = PatternFill("solid", fgColor="EDEDED")
_ANSWER_FILL = PatternFill("solid", fgColor="FFF9E5")
_THIN = Side(style="thin", color="BFBFBF")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")
_UNLOCKED = Protection(locked=False)


def _protect(ws: Worksheet) -> None:
    """Sheet protection without password; resizing rows/columns stays allowed."""
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.formatCells = False
    ws.protection.autoFilter = False
    ws.protection.sort = False


def _list_sheet(wb: Workbook) -> dict[str, str]:
    """Hidden sheet holding the drop-down lists (items contain commas, so no inline lists)."""
    ws = wb.create_sheet("Listes")
    lists = {
        "pertinence": list(RELEVANCE_SCORES),
        "actions": list(DEPLOYMENT_SCORES),
        "types": list(AUTHORITY_TYPES),
        "maturite": list(MATURITIES),
        "financement": list(FUNDING),
        "leviers": [lever.label for lever in levers()],
    }
    refs = {}
    for col, (name, values) in enumerate(lists.items(), start=1):
        letter = get_column_letter(col)
        ws.cell(1, col, name)
        for row, value in enumerate(values, start=2):
            ws.cell(row, col, value)
        refs[name] = f"Listes!${letter}$2:${letter}${len(values) + 1}"
    ws.sheet_state = "hidden"
    _protect(ws)
    return refs


def _validation(ws: Worksheet, formula: str, cells: str, prompt: str) -> None:
    dv = DataValidation(type="list", formula1=formula, allow_blank=True)
    dv.error = "Choisissez une valeur dans la liste."
    dv.errorTitle = "Valeur non prévue"
    dv.prompt = prompt
    dv.promptTitle = "Réponse"
    dv.showErrorMessage = True
    dv.showInputMessage = True
    ws.add_data_validation(dv)
    dv.add(cells)


def _header(ws: Worksheet, headers: tuple[str, ...], widths: tuple[int, ...]) -> None:
    for col, (title, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = ws.cell(1, col, title)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = _BORDER
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.row_dimensions[1].height = 45
    ws.freeze_panes = "A2"


def build_template(region_code: str | None = None) -> Workbook:
    """The blank workbook as an openpyxl object (the demo fills it before saving)."""
    wb = Workbook()
    info = wb.active
    info.title = "Instructions"
    for row, text in enumerate(INSTRUCTIONS, start=1):
        cell = info.cell(row, 1, text or None)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    info["A1"].font = Font(bold=True, size=14)
    info.column_dimensions["A"].width = 120
    refs = _list_sheet(wb)

    ident = wb.create_sheet("Identification", 1)
    ident.column_dimensions["A"].width = 28
    ident.column_dimensions["B"].width = 50
    for row, label in enumerate(IDENTIFICATION_LABELS, start=1):
        cell = ident.cell(row, 1, label)
        cell.font = Font(bold=True)
        cell.fill = _LOCKED_FILL
        cell.border = _BORDER
        answer = ident.cell(row, 2)
        answer.protection = _UNLOCKED
        answer.fill = _ANSWER_FILL
        answer.border = _BORDER
    ident["B3"].number_format = "@"  # SIREN as text: keeps the 9 digits
    ident["B4"].number_format = "@"  # département "01", "2A"
    ident["B9"].number_format = "DD/MM/YYYY"
    if region_code:
        region = region_by_code().get(region_code)
        name = region.name if region else None
        ident["B5"] = f"{name} ({region_code})" if name else region_code
    _validation(ident, refs["types"], "B2", "Type de collectivité")
    _protect(ident)

    ws = wb.create_sheet("Leviers", 2)
    _header(ws, LEVER_HEADERS, (30, 24, 42, 22, 24, 45, 40, 40, 40))
    for row, lever in enumerate(levers(), start=2):
        for col, value in enumerate((lever.code, lever.theme, lever.label), start=1):
            cell = ws.cell(row, col, value)
            cell.fill = _LOCKED_FILL
            cell.alignment = _WRAP
            cell.border = _BORDER
        for col in range(4, len(LEVER_HEADERS) + 1):
            cell = ws.cell(row, col)
            cell.protection = _UNLOCKED
            cell.alignment = _WRAP
            cell.border = _BORDER
            cell.fill = _ANSWER_FILL if col <= 5 else PatternFill()
    last = len(levers()) + 1
    _validation(ws, refs["pertinence"], f"D2:D{last}", "Pertinence de l'action territoriale")
    _validation(ws, refs["actions"], f"E2:E{last}", "Actions engagées")
    _protect(ws)

    projects = wb.create_sheet("Projets", 3)
    _header(projects, PROJECT_HEADERS, (36, 30, 50, 28, 36, 16, 20, 18, 18, 36, 36))
    for row in range(2, PROJECT_ROWS + 2):
        for col in range(1, len(PROJECT_HEADERS) + 1):
            projects.cell(row, col).alignment = _WRAP
        projects.cell(row, 6).number_format = "#,##0 €"
    end = PROJECT_ROWS + 1
    _validation(projects, refs["leviers"], f"B2:B{end}", "Levier concerné (liste des 47 leviers)")
    _validation(projects, refs["maturite"], f"H2:H{end}", "Maturité")
    _validation(projects, refs["financement"], f"I2:I{end}", "Financement obtenu")
    wb.active = 1
    return wb


def write_template(target: str | Path | BinaryIO, region_code: str | None = None) -> None:
    """Write the canonical blank questionnaire to a path or a binary stream."""
    wb = build_template(region_code)
    if isinstance(target, str | Path):
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        wb.save(str(target))
    else:
        buffer = io.BytesIO()
        wb.save(buffer)
        target.write(buffer.getvalue())
