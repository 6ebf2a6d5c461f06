"""The « Projets » sheet: one project per row, lever, cost, maturity and funding normalised."""

from __future__ import annotations

from collections.abc import Sequence

from sources.questionnaire.cells import _cell, _short, cell_text, is_empty_cell, parse_cost
from sources.questionnaire.headers import _PROJECT_REQUIRED, PROJECT_COLUMNS, find_header
from sources.questionnaire.lever_lookup import resolve_lever
from sources.questionnaire.scales import FUNDING, MATURITIES
from sources.records import ParseIssue, ProjectRecord
from sources.spreadsheet import Sheet, Workbook
from sources.values import fold, one_line, split_list


def _normalize_choice(
    value: object, choices: Sequence[str], synonyms: dict[str, str]
) -> tuple[str | None, bool]:
    text = one_line(cell_text(value))
    if not text:
        return None, True
    key = fold(text)
    for choice in choices:
        if key == fold(choice):
            return choice, True
    if key in synonyms:
        return synonyms[key], True
    return text, False


_MATURITY_SYNONYMS = {
    "initie": "Initié",
    "engage": "Initié",
    "en cours": "Initié",
    "demarre": "Initié",
    "lance": "Initié",
    "conception": "En conception",
    "en etude": "En conception",
    "etude": "En conception",
    "en preparation": "En conception",
    "a initier": "À initier",
    "a lancer": "À initier",
    "idee": "À initier",
    "non demarre": "À initier",
    "a engager": "À initier",
}
_FUNDING_SYNONYMS = {
    "oui": "Oui",
    "o": "Oui",
    "obtenu": "Oui",
    "acquis": "Oui",
    "non": "Non",
    "n": "Non",
    "aucun": "Non",
    "partiel": "Partiel",
    "partiellement": "Partiel",
    "en partie": "Partiel",
    "oui partiellement": "Partiel",
}


def _find_project_sheet(
    workbook: Workbook, lever_sheet: Sheet | None
) -> tuple[Sheet, int, dict[str, int]] | None:
    named = workbook.sheets_named("Projets")
    best = None
    for index, sheet in enumerate(workbook.sheets):
        if sheet is lever_sheet:
            continue
        found = find_header(sheet, PROJECT_COLUMNS, _PROJECT_REQUIRED)
        if not found:
            continue
        key = (sheet in named, len(found[1]), -index)
        if best is None or key > best[0]:
            best = (key, sheet, found)
    if best is None:
        return None
    _, sheet, (row, mapping) = best
    return sheet, row, mapping


def _read_projects(
    sheet: Sheet, header_row: int, mapping: dict[str, int], issues: list[ParseIssue]
) -> list[ProjectRecord]:
    projects: list[ProjectRecord] = []
    header = sheet.rows[header_row - 1]
    for row_no in range(header_row + 1, len(sheet.rows) + 1):
        row = sheet.rows[row_no - 1]
        get = {name: _cell(row, col) for name, col in mapping.items()}
        if all(is_empty_cell(value) for value in get.values()):
            continue

        def where(name: str, row_no: int = row_no, get: dict = get) -> dict[str, object]:
            col = mapping.get(name)
            header_name = one_line(_cell(header, col)) if col is not None else None
            return {
                "sheet": sheet.name,
                "row": row_no,
                "column": header_name,
                "value": _short(get.get(name)),
            }

        title = one_line(cell_text(get.get("title")))
        if not title:
            description = one_line(cell_text(get.get("description")))
            title = (description[:80] if description else None) or "Projet sans intitulé"
            issues.append(
                ParseIssue("warning", "projet sans intitulé : titre reconstitué", **where("title"))
            )
        lever_code = None
        if not is_empty_cell(get.get("lever")):
            match = resolve_lever(get.get("lever"), get.get("lever"))
            if match.lever:
                lever_code = match.lever.code
                if match.how == "label_2025" and match.note:  # one 2025 lever, several codes
                    issues.append(ParseIssue("info", f"projet : {match.note}", **where("lever")))
            else:
                issues.append(
                    ParseIssue(
                        "warning",
                        f"projet : {match.note or 'levier non reconnu'}",
                        **where("lever"),
                    )
                )
        cost = None
        if not is_empty_cell(get.get("cost")):
            cost = parse_cost(get.get("cost"))
            if cost is None:
                issues.append(
                    ParseIssue("warning", "coût estimé illisible : ignoré", **where("cost"))
                )
        maturity, ok = _normalize_choice(get.get("maturity"), MATURITIES, _MATURITY_SYNONYMS)
        if not ok:
            issues.append(
                ParseIssue(
                    "warning",
                    "maturité non reconnue (Initié, En conception, À initier) : conservée telle quelle",
                    **where("maturity"),
                )
            )
        funding, ok = _normalize_choice(get.get("funding"), FUNDING, _FUNDING_SYNONYMS)
        if not ok:
            issues.append(
                ParseIssue(
                    "warning",
                    "financement obtenu non reconnu (Oui, Non, Partiel) : conservé tel quel",
                    **where("funding"),
                )
            )
        projects.append(
            ProjectRecord(
                title=title,
                lever_code=lever_code,
                description=cell_text(get.get("description")),
                owner=one_line(cell_text(get.get("owner"))),
                partners=split_list(cell_text(get.get("partners")), ",;\n/+"),
                estimated_cost_eur=cost,
                calendar=one_line(cell_text(get.get("calendar"))),
                maturity=maturity,
                funding_obtained=funding,
                engineering_needs=cell_text(get.get("engineering")),
                indicators=cell_text(get.get("indicators")),
                row=row_no,
            )
        )
    return projects
