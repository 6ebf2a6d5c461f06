"""The « Leviers » sheet: find it by its headers and read one answer per lever.

Rows are matched to levers through :mod:`sources.questionnaire.lever_lookup`; unknown or
repeated levers and unrecognised answers become issues, never silent drops.
"""

from __future__ import annotations

from sources.questionnaire.cells import _cell, _short, cell_text, is_empty_cell
from sources.questionnaire.headers import _LEVER_REQUIRED, LEVER_COLUMNS, find_header
from sources.questionnaire.lever_lookup import resolve_lever
from sources.questionnaire.scales import UNKNOWN_FLAG, normalize_deployment, normalize_relevance
from sources.records import AnswerRecord, ParseIssue
from sources.reference import levers
from sources.spreadsheet import Sheet, Workbook, column_letter
from sources.values import fold, one_line

N_LEVERS = 47


def _find_lever_sheet(workbook: Workbook) -> tuple[Sheet, int, dict[str, int]] | None:
    best = None
    for index, sheet in enumerate(workbook.sheets):
        found = find_header(sheet, LEVER_COLUMNS, _LEVER_REQUIRED)
        if not found:
            continue
        named = bool(workbook.sheets_named("Leviers")) and sheet in workbook.sheets_named("Leviers")
        n_rows = sum(1 for row in sheet.rows[found[0] :] if any(not is_empty_cell(v) for v in row))
        key = (len(found[1]), not sheet.hidden, named, min(n_rows, N_LEVERS), -index)
        if best is None or key > best[0]:
            best = (key, sheet, found)
    if best is None:
        return None
    _, sheet, (row, mapping) = best
    return sheet, row, mapping


def _read_answers(
    sheet: Sheet, header_row: int, mapping: dict[str, int], issues: list[ParseIssue]
) -> list[AnswerRecord]:
    header = sheet.rows[header_row - 1]

    def column_name(field_name: str) -> str:
        col = mapping.get(field_name)
        if col is None:
            return field_name
        return one_line(_cell(header, col)) or column_letter(col + 1)

    themes = {fold(lever.theme) for lever in levers()}
    by_lever: dict[str, AnswerRecord] = {}
    for row_no in range(header_row + 1, len(sheet.rows) + 1):
        row = sheet.rows[row_no - 1]
        get = {name: _cell(row, col) for name, col in mapping.items()}
        answer_fields = ("relevance", "deployment", "actions", "blockers", "needs", "exemplary")
        has_answer = any(not is_empty_cell(get.get(name)) for name in answer_fields)
        code, label, theme = get.get("code"), get.get("label"), get.get("theme")
        if is_empty_cell(code) and is_empty_cell(label):
            if has_answer:
                issues.append(
                    ParseIssue(
                        "warning",
                        "réponse sans levier (ni code ni libellé) : ligne ignorée",
                        sheet=sheet.name,
                        row=row_no,
                        value=_short(next(v for v in row if not is_empty_cell(v))),
                    )
                )
            continue
        match = resolve_lever(code, label, theme)
        if match.lever is None:
            if not has_answer and fold(label or code) in themes | {fold(h) for h in header if h}:
                continue  # theme section row or repeated header
            issues.append(
                ParseIssue(
                    "warning" if has_answer else "info",
                    (match.note or "levier non reconnu")
                    + (" : réponse ignorée" if has_answer else " : ligne ignorée"),
                    sheet=sheet.name,
                    row=row_no,
                    column=column_name("label" if not is_empty_cell(label) else "code"),
                    value=_short(label if not is_empty_cell(label) else code),
                )
            )
            continue
        if match.note:
            issues.append(
                ParseIssue(
                    "info" if match.how in ("label", "label_2025") else "warning",
                    match.note,
                    sheet=sheet.name,
                    row=row_no,
                    column=column_name("label"),
                    value=_short(label),
                )
            )
        relevance = normalize_relevance(cell_text(get.get("relevance")))
        deployment = normalize_deployment(cell_text(get.get("deployment")))
        for answer, field_name, what in (
            (relevance, "relevance", "pertinence"),
            (deployment, "deployment", "actions engagées"),
        ):
            if answer.flag == UNKNOWN_FLAG:
                issues.append(
                    ParseIssue(
                        "warning",
                        f"réponse « {answer.label} » non reconnue ({what}) : conservée telle quelle, sans score",
                        sheet=sheet.name,
                        row=row_no,
                        column=column_name(field_name),
                        value=_short(answer.label),
                    )
                )
            elif answer.note:
                issues.append(
                    ParseIssue(
                        answer.severity,
                        f"{what} : {answer.note}",
                        sheet=sheet.name,
                        row=row_no,
                        column=column_name(field_name),
                        value=_short(get.get(field_name)),
                    )
                )
        record = AnswerRecord(
            lever_code=match.lever.code,
            relevance_label=relevance.label,
            relevance_score=relevance.score,
            relevance_flag=relevance.flag,
            deployment_label=deployment.label,
            deployment_score=deployment.score,
            deployment_flag=deployment.flag,
            actions_text=cell_text(get.get("actions")),
            blockers_text=cell_text(get.get("blockers")),
            needs_text=cell_text(get.get("needs")),
            exemplary_project_text=cell_text(get.get("exemplary")),
            row=row_no,
        )
        previous = by_lever.pop(match.lever.code, None)
        if previous is not None:
            issues.append(
                ParseIssue(
                    "warning",
                    f"levier « {match.lever.label} » renseigné deux fois (lignes {previous.row} "
                    f"et {row_no}) : la dernière ligne est retenue",
                    sheet=sheet.name,
                    row=row_no,
                )
            )
        by_lever[match.lever.code] = record
    return sorted(by_lever.values(), key=lambda record: record.row)
