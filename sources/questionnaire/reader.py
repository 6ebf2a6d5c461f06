"""Public entry points: detect, read and check one returned questionnaire; issues in French."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sources.errors import InputRejected
from sources.questionnaire.answers import N_LEVERS, _find_lever_sheet, _read_answers
from sources.questionnaire.identification import _identification_pairs, _read_identification
from sources.questionnaire.projects import _find_project_sheet, _read_projects
from sources.records import AnswerRecord, Identification, ParseIssue, QuestionnaireDocument
from sources.spreadsheet import load_workbook
from sources.values import fold

_FILENAME_NOISE = {
    "questionnaire",
    "questionnaires",
    "prediagnostic",
    "pre",
    "diagnostic",
    "cop",
    "leviers",
    "levier",
    "export",
    "reponse",
    "reponses",
    "csv",
    "final",
    "finale",
    "def",
    "definitif",
    "copie",
    "version",
    "rempli",
    "complete",
    "xlsx",
    "sgpe",
}


def authority_name_from_filename(filename: str) -> str | None:
    """``questionnaire_CC_du_Val_de_Lys_leviers.csv`` → ``CC du Val de Lys`` (best effort)."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", filename.rsplit("/", 1)[-1])
    words = [w for w in re.split(r"[_\s]+|(?<=\w)-(?=\d)", stem) if w]
    kept = [
        w
        for w in words
        if fold(w) not in _FILENAME_NOISE
        and not re.fullmatch(r"v\d+|\d{4,8}|\d{1,2}", fold(w) or "0")
    ]
    while kept and fold(kept[0]) in {"de", "du", "des", "la", "le", "d", "l"}:
        kept.pop(0)
    name = " ".join(kept).strip(" -")
    return name or None


# --------------------------------------------------------------------------- public API

NOT_A_QUESTIONNAIRE = (
    "ce n'est pas un questionnaire de pré-diagnostic : aucune feuille « Leviers » reconnaissable "
    "(en-têtes Levier / Pertinence / Actions engagées) ni feuille « Projets »"
)


def looks_like_questionnaire(data: bytes, filename: str) -> bool:
    """Cheap content check for the type detector: is there a lever table (or Projets + Identification)?

    Raises :class:`InputRejected` when the file cannot be opened at all (corrupt, encrypted,
    zip bomb): the detector routes such files to the reader, which quarantines them with the reason.
    """
    workbook = load_workbook(data, filename)
    if _find_lever_sheet(workbook) is not None:
        return True
    project = _find_project_sheet(workbook, None)
    if project is None:
        return False
    return any(len(_identification_pairs(sheet.rows[:60])) >= 3 for sheet in workbook.sheets)


def read_questionnaire(data: bytes, filename: str) -> QuestionnaireDocument:
    """Read one returned questionnaire (xlsx, xlsm, xls, or CSV export of ``Leviers``).

    Raises :class:`InputRejected` (French reason) for unreadable files and files that are not
    questionnaires; everything else is read, with problems listed in ``issues``.
    """
    workbook = load_workbook(data, filename)
    issues: list[ParseIssue] = list(workbook.issues)
    lever = _find_lever_sheet(workbook)
    lever_sheet, header_row = (lever[0], lever[1]) if lever else (None, None)
    project = _find_project_sheet(workbook, lever_sheet)
    identification_ok = any(
        len(_identification_pairs(sheet.rows[:60])) >= 3 for sheet in workbook.sheets
    )
    if lever is None and not (project and identification_ok):
        raise InputRejected(NOT_A_QUESTIONNAIRE, "not_a_questionnaire")
    answers: list[AnswerRecord] = []
    if lever is not None:
        sheet, row, mapping = lever
        if fold(sheet.name) != "leviers" and workbook.file_format != "csv":
            issues.append(
                ParseIssue(
                    "info", f"leviers lus dans la feuille « {sheet.name} »", sheet=sheet.name
                )
            )
        if sheet.hidden:
            issues.append(
                ParseIssue(
                    "warning",
                    "la feuille des leviers est masquée : lue quand même",
                    sheet=sheet.name,
                )
            )
        if row > 1:
            issues.append(
                ParseIssue(
                    "info", f"ligne d'en-tête trouvée en ligne {row}", sheet=sheet.name, row=row
                )
            )
        if "code" not in mapping:
            issues.append(
                ParseIssue(
                    "info",
                    "colonne « Code levier » absente : leviers reconnus par leur libellé",
                    sheet=sheet.name,
                    row=row,
                )
            )
        for name, label in (
            ("relevance", "Pertinence de l'action territoriale"),
            ("deployment", "Actions engagées"),
        ):
            if name not in mapping:
                issues.append(
                    ParseIssue(
                        "warning", f"colonne « {label} » introuvable", sheet=sheet.name, row=row
                    )
                )
        answers = _read_answers(sheet, row, mapping, issues)
        if answers and len(answers) < N_LEVERS:
            issues.append(
                ParseIssue(
                    "info",
                    f"{len(answers)} leviers sur {N_LEVERS} présents dans le fichier",
                    sheet=sheet.name,
                )
            )
    else:
        issues.append(
            ParseIssue("warning", "pas de feuille « Leviers » : seuls les projets sont lus")
        )
    if workbook.file_format == "csv":
        identification = Identification(None, None, None, False, None, None, None, None, None, None)
        identification.authority_name = authority_name_from_filename(filename)
        issues.append(
            ParseIssue(
                "warning",
                "export CSV sans identification : la collectivité sera reconnue par le nom du "
                f"fichier ou rejetée (nom déduit : « {identification.authority_name or '—'} »)",
            )
        )
    else:
        identification = _read_identification(workbook, lever_sheet, header_row, issues)
        if not identification.authority_name and not identification.siren:
            issues.append(
                ParseIssue(
                    "warning", "feuille Identification vide ou introuvable : ni nom ni SIREN"
                )
            )
    projects = _read_projects(*project, issues) if project else []
    return QuestionnaireDocument(identification, answers, projects, issues, workbook.file_format)


def check_questionnaire(
    data: bytes, filename: str
) -> tuple[QuestionnaireDocument | None, list[ParseIssue]]:
    """Like :func:`read_questionnaire` but never raises: a rejection becomes an ``error`` issue."""
    try:
        document = read_questionnaire(data, filename)
    except InputRejected as exc:
        return None, [ParseIssue("error", exc.reason)]
    except Exception as exc:  # noqa: BLE001 - a checker must answer, whatever the file
        return None, [ParseIssue("error", f"fichier illisible : {type(exc).__name__}")]
    return document, list(document.issues)


_SEVERITY_FR = {"error": "ERREUR", "warning": "attention", "info": "info"}


def format_issues_fr(issues: Iterable[ParseIssue]) -> str:
    """One French line per problem: where (sheet, row, column), the value, and why."""
    lines = []
    for issue in issues:
        where = []
        if issue.sheet:
            where.append(f"feuille « {issue.sheet} »")
        if issue.row is not None:
            where.append(f"ligne {issue.row}")
        if issue.column:
            where.append(f"colonne « {issue.column} »")
        if issue.page is not None:
            where.append(f"page {issue.page}")
        text = f"[{_SEVERITY_FR.get(issue.severity, issue.severity)}] "
        if where:
            text += ", ".join(where) + " : "
        if issue.value:
            text += f"valeur « {issue.value} » — "
        lines.append(text + issue.message)
    return "\n".join(lines)
