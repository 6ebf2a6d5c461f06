"""Action plans kept in a spreadsheet: the Territoires en Transitions (TeT) template and kin.

Authorities keep their PCAET/COT plans in the TeT import template (« Fichier d'import » sheet,
2023 « Plan d'action » sheet, older « Import flash / Import complet » sheets) or in home-made
tables shaped like it. One row is one fiche action. Columns are found by meaning
(:mod:`sources.tet_sheets.columns`), so reordered, renamed or re-spaced headers still read.

Provenance: a spreadsheet has no page, so every record carries ``source_sheet`` and
``source_row`` (1-based, as Excel shows it) and ``page`` stays empty.

Personal data: « Personne pilote », « Élu·e référent·e » and « Direction ou service pilote »
become :class:`PersonRecord` rows (private warehouse table), never action columns.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sources.errors import InputRejected
from sources.records import (
    ActionPlanDocument,
    ActionRecord,
    FunderRecord,
    ParseIssue,
    PersonRecord,
    StepRecord,
)
from sources.spreadsheet import Sheet, Workbook, column_letter, load_workbook
from sources.tet_sheets.columns import ColumnMap, find_header_row, header_cells, header_key
from sources.values import fold, normalize_text, one_line, parse_french_number, split_list

# Field → synonyms (folded, see sources.tet_sheets.columns.header_key). Add a template version's
# new wording here.
FIELDS: dict[str, list[str]] = {
    "axis": ["axe", "axe strategique", "axes", "orientation", "orientation strategique", "volet"],
    "sub_axis": ["sous axe", "sous axes", "objectif strategique", "sous orientation"],
    "sub_sub_axis": ["sous sous axe", "sous sous axes", "objectif operationnel"],
    "title": [
        "titre action", "titre fiche action", "titre fiche", "intitule action",
        "intitule fiche action", "nom action", "nom fiche action", "fiche action", "action",
        "actions", "intitule", "titre",
    ],
    "sub_action": ["titre sous action", "sous action", "sous actions", "intitule sous action"],
    "description": ["descriptif", "description", "description action", "contexte", "presentation"],
    "objectives": ["objectifs", "objectif", "resultats attendus", "objectifs attendus"],
    "indicators": ["indicateurs lies", "indicateurs", "indicateur", "indicateurs suivi"],
    "owner": [
        "structure pilote", "structures pilotes", "structure porteuse", "porteur",
        "porteurs", "maitre ouvrage", "pilote structure",
    ],
    "partners": ["partenaires", "partenaire", "partenaires associes", "acteurs associes"],
    "service": ["direction ou service pilote", "service pilote", "services pilotes", "direction pilote"],
    "person": ["personne pilote", "personnes pilotes", "referent technique", "chef projet"],
    "elected": ["elu referent", "elue referente", "elus referents", "elu referente", "elu"],
    "total_budget": [
        "budget previsionnel total", "budget total", "budget previsionnel", "cout total",
        "cout estime", "montant total", "budget",
    ],
    "status": ["statut", "etat avancement", "avancement", "etat"],
    "priority": ["niveau priorite", "priorite"],
    "start": ["date debut", "debut", "date demarrage", "annee debut"],
    "end": ["date fin", "fin", "date fin previsionnelle", "echeance", "annee fin"],
    "calendar": ["calendrier", "planning", "echeancier", "calendrier previsionnel"],
    "steps": ["etapes fiche action", "etapes action", "etapes", "etapes mise oeuvre"],
    "target_audiences": ["cibles", "publics cibles", "public cible"],
}  # fmt: skip

_FUNDER_RE = re.compile(r"^financeurs? ?(\d*)$")
_AMOUNT_HEAD_RE = re.compile(r"^montant")
# "1.", "1.1.", "Axe 1 :", "Action 1 -", "Fiche Action 2.", "1.1.1.1." in front of a title
_NUMBERED_RE = re.compile(
    r"^\s*(?:(?:fiche\s+)?action|fiche|axe|objectif(?:\s+strat[ée]gique)?|sous-?axe|n°)?\s*"
    r"(\d{1,3}(?:\.\d{1,3}){0,4})(?!\.?\d)\.?\s*(?:[-–—:.)]\s*|\s+)(?=\S)",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d|2100)(?!\d)")
_TEMPLATE_MARKERS = (
    "devront etre saisies directement sur la plateforme",
    "collectivite exemple",
)
_INSTRUCTION_MARKERS = (
    "saisissez", "indiquez", "ce champ ne sera pas", "utilisez exactement", "separez plusieurs",
    "choisissez l option", "presentez en quelques", "texte court de", "creez sous la forme",
    "renseignez", "reseignez",
)  # fmt: skip
# TeT plan sheet names across versions (compared without spaces: « Fichier dimport » too)
_PLAN_SHEET_NAMES = (
    "fichierdimport",
    "plandaction",
    "plandactions",
    "importcomplet",
    "importflash",
)


def _is_tet_sheet_name(name: str) -> bool:
    return fold(name).replace(" ", "") in _PLAN_SHEET_NAMES


PLAN_TYPE = "Plan d'action (tableur)"
PLAN_TYPE_TET = "Plan d'action (Territoires en Transitions)"


@dataclass
class _Table:
    sheet: Sheet
    header_row: int
    columns: ColumnMap
    funders: list[tuple[int, int | None]]  # (funder column, amount column)


def _funder_columns(headers: list[object]) -> list[tuple[int, int | None]]:
    keys = [header_key(h) for h in headers]
    out: list[tuple[int, int | None]] = []
    for index, key in enumerate(keys):
        if _FUNDER_RE.match(key):
            amount = None
            if index + 1 < len(keys) and _AMOUNT_HEAD_RE.match(keys[index + 1]):
                amount = index + 2
            out.append((index + 1, amount))
    return out


def find_plan_tables(workbook: Workbook) -> list[_Table]:
    """Sheets holding a plan table (title column + at least 3 other plan columns)."""
    tables = []
    for sheet in workbook.sheets:
        found = find_header_row(sheet, FIELDS, required=("title",), min_fields=4)
        if found is None:
            continue
        row, mapping = found
        # a column left blank in the header row takes its group header from the row above
        headers = header_cells(sheet, row, above=0)
        tables.append(_Table(sheet, row, mapping, _funder_columns(headers)))
    known = [t for t in tables if _is_tet_sheet_name(t.sheet.name)]
    visible = [t for t in tables if not t.sheet.hidden]
    return known or visible or tables


def looks_like_sheet_plan(data: bytes, filename: str = "") -> bool:
    """Content test for the detector: a sheet has an action-plan header row."""
    return bool(find_plan_tables(load_workbook(data, filename)))


# --------------------------------------------------------------------------- cells


def _text(sheet: Sheet, row: int, col: int | None) -> str | None:
    if col is None:
        return None
    value = sheet.cell(row, col)
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return normalize_text(value)


def _is_skipped_row(values: list[str]) -> str | None:
    """Why a row under the header is not data: type row, instructions, template example."""
    if not values:
        return "empty"
    folded = [fold(v) for v in values]
    if sum(f.startswith("champ ") or f == "champ" for f in folded) >= max(2, len(folded) // 2):
        return "type"
    if sum(any(m in f for m in _INSTRUCTION_MARKERS) for f in folded) >= max(2, len(folded) // 3):
        return "instructions"
    if any(any(m in f for m in _TEMPLATE_MARKERS) for f in folded):
        return "example"
    return None


def _split_number(text: str | None) -> tuple[str | None, str | None]:
    """``"1.1. Titre"`` → ("1.1", "Titre"); ``"Axe 2 : Sûreté"`` → ("2", "Sûreté")."""
    if not text:
        return None, text
    first = text.split("\n", 1)[0]
    match = _NUMBERED_RE.match(first)
    if not match:
        return None, text
    rest = text[match.end() :].strip()
    return match.group(1), rest or text


def _year_of(value: object) -> int | None:
    if isinstance(value, dt.datetime | dt.date):
        return value.year
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
        if 1950 <= number <= 2100 and number.is_integer():
            return int(number)
        if 18_264 <= number <= 73_051:  # Excel day serial 1950..2100
            return (dt.datetime(1899, 12, 30) + dt.timedelta(days=number)).year
        return None
    text = one_line(value)
    if not text:
        return None
    match = re.search(r"\b\d{1,2}[/.-]\d{1,2}[/.-](\d{4})\b", text)
    if match:
        return int(match.group(1))
    years = _YEAR_RE.findall(text)
    return int(years[0]) if years else None


def calendar_years(value: object) -> list[int]:
    """Years named in a free « Calendrier » cell (Excel date serials and dates included)."""
    if value is None:
        return []
    if isinstance(value, dt.datetime | dt.date | int | float) and not isinstance(value, bool):
        year = _year_of(value)
        return [] if year is None else [year]
    text = one_line(value) or ""
    return sorted({int(y) for y in _YEAR_RE.findall(text)})


def parse_amount(value: object) -> tuple[float | None, str | None]:
    """A budget cell → (euros, None) or (None, why it is not a number)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, bool):
        return None, "valeur booléenne"
    if isinstance(value, int | float):
        return (float(value), None) if value >= 0 else (None, "montant négatif")
    text = one_line(value) or ""
    folded = fold(text)
    if re.fullmatch(r"[\d\s\u00a0\u202f.,]+(?:€|eur|euros?)?(?:\s*(?:ht|ttc))?", folded):
        number = parse_french_number(text)
        if number is not None:
            return number, None
    multiplier = re.fullmatch(
        r"([\d\s.,]+)\s*(k|m|millions?|milliers?)\s*(?:€|eur|euros?)?(?:\s*(?:ht|ttc))?", folded
    )
    if multiplier:
        number = parse_french_number(multiplier.group(1))
        if number is not None:
            factor = 1e3 if multiplier.group(2).startswith(("k", "millier")) else 1e6
            return number * factor, None
    return None, "montant non chiffré ou fourchette"


def _steps_text(value: str | None) -> list[str]:
    if not value:
        return []
    lines = [
        re.sub(r"^\s*(?:[-•·*➔>]|\d{1,2}[.)])\s*", "", line).strip() for line in value.split("\n")
    ]
    lines = [line for line in lines if line]
    if len(lines) == 1 and ";" in lines[0]:
        lines = [part.strip() for part in lines[0].split(";") if part.strip()]
    return lines


_EXPORTED_BY_RE = re.compile(
    r"\b(?:export[ée]e?|g[ée]n[ée]r[ée]e?|cr[ée]{1,2}e?|modifi[ée]e?)\s+"
    r"(?:le\s+[\d/.: -]+\s+)?par\s*:?\s*(.+)$",
    re.IGNORECASE,
)


_NAME_RE = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3}$|^\S+@\S+$")


def exported_by(sheet: Sheet, source_file: str, sha: str) -> list[PersonRecord]:
    """« Exporté par : Prénom Nom » (and « Créé / Modifié le … par ») in the first/last rows."""
    n = len(sheet.rows)
    rows = sorted(set(range(1, min(n, 12) + 1)) | set(range(max(1, n - 5), n + 1)))
    people = []
    for r in rows:
        for value in sheet.rows[r - 1]:
            if not isinstance(value, str) or "par" not in value.lower():
                continue
            match = _EXPORTED_BY_RE.search(one_line(value) or "")
            if match and 2 <= len(match.group(1).strip()) <= 80:
                name = re.split(r"\s+le\s+\d", match.group(1).strip())[0].strip(" .,;")
                if not _NAME_RE.match(name):
                    continue
                people.append(PersonRecord("export", name, None, source_file, sha, sheet.name, r))
    return people


# --------------------------------------------------------------------------- parser


def parse_sheet_action_plan(
    data: bytes, source_file: str, sha256: str, filename: str | None = None
) -> ActionPlanDocument:
    """Every fiche of every plan sheet → records; raises :class:`InputRejected` when none."""
    workbook = load_workbook(data, filename or source_file)
    tables = find_plan_tables(workbook)
    if not tables:
        raise InputRejected(
            "tableur sans tableau de plan d'actions reconnaissable (colonne titre de l'action "
            "et colonnes axe, pilote, budget, statut…)",
            "not_a_plan",
        )
    tet = any(_is_tet_sheet_name(t.sheet.name) for t in tables)
    doc = ActionPlanDocument(None, PLAN_TYPE_TET if tet else PLAN_TYPE, 0)
    doc.issues.extend(workbook.issues)
    skipped_example = False
    for table in tables:
        skipped_example |= _read_table(table, doc, source_file, sha256)
    for sheet in workbook.sheets:
        doc.people.extend(exported_by(sheet, source_file, sha256))
    if not doc.actions:
        if skipped_example:
            raise InputRejected(
                "modèle vide de plan d'actions (Territoires en Transitions) : seule la ligne "
                "d'exemple du modèle est remplie, aucune fiche action saisie",
                "empty_template",
            )
        raise InputRejected(
            "modèle vide de plan d'actions : en-têtes présents mais aucune fiche action saisie",
            "empty_template",
        )
    return doc


def _read_table(table: _Table, doc: ActionPlanDocument, source_file: str, sha: str) -> bool:
    sheet, cols = table.sheet, table.columns
    headers = sheet.rows[table.header_row - 1]
    header_folds = {col: header_key(headers[col - 1]) for col in range(1, len(headers) + 1)}
    axis_ctx: dict[str, str | None] = {"axis": None, "sub_axis": None, "sub_sub_axis": None}
    current: ActionRecord | None = None
    step_counts: dict[str, int] = {}
    skipped_example = False
    width = len(headers)

    def cell(row: int, field: str) -> str | None:
        col = cols.get(field)
        text = _text(sheet, row, col)
        if text is not None and col is not None and header_key(text) == header_folds.get(col):
            return None  # placeholder that repeats the header (« Sous-Sous Axe »)
        return text

    for row in range(table.header_row + 1, len(sheet.rows) + 1):
        raw = [sheet.cell(row, c) for c in range(1, width + 1)]
        values = [one_line(v) for v in raw if v is not None and str(v).strip()]
        why = _is_skipped_row([v for v in values if v])
        if why == "empty":
            continue
        if why is not None:
            if why == "example":
                skipped_example = True
                doc.issues.append(
                    ParseIssue(
                        "info",
                        "ligne d'exemple du modèle ignorée",
                        sheet=sheet.name,
                        row=row,
                    )
                )
            continue
        levels = {name: cell(row, name) for name in axis_ctx}
        if any(levels.values()):
            # a row restates its axes; a deeper level resets when its parent changes
            if levels["axis"] and levels["axis"] != axis_ctx["axis"]:
                axis_ctx = {"axis": levels["axis"], "sub_axis": None, "sub_sub_axis": None}
            if levels["sub_axis"] and levels["sub_axis"] != axis_ctx["sub_axis"]:
                axis_ctx["sub_axis"], axis_ctx["sub_sub_axis"] = levels["sub_axis"], None
            if levels["sub_sub_axis"]:
                axis_ctx["sub_sub_axis"] = levels["sub_sub_axis"]
            if not levels["sub_sub_axis"] and cols.get("sub_sub_axis"):
                axis_ctx["sub_sub_axis"] = None
            if not levels["sub_axis"] and cols.get("sub_axis") and levels["axis"]:
                axis_ctx["sub_axis"] = None
        title_raw = cell(row, "title")
        sub_action = cell(row, "sub_action")
        if not title_raw and not sub_action:
            if any(levels.values()):
                continue  # an axis heading row
            doc.issues.append(
                ParseIssue(
                    "warning",
                    "ligne sans titre d'action ignorée (valeurs présentes mais pas de titre)",
                    sheet=sheet.name,
                    row=row,
                    value="; ".join(values)[:200],
                )
            )
            continue
        if title_raw and fold(title_raw) in ("total", "total general", "sous total", "totaux"):
            doc.issues.append(
                ParseIssue(
                    "info", "ligne de total ignorée (pas une action)", sheet=sheet.name, row=row
                )
            )
            continue
        same = current is not None and (
            not title_raw or (_split_number(title_raw)[1] or "").strip() == current.title
        )
        if sub_action and same and current is not None:
            _add_step(doc, current, sub_action, sheet, row, cell, step_counts, sha, source_file)
            continue
        if not title_raw:
            doc.issues.append(
                ParseIssue(
                    "warning",
                    "sous-action sans action parente ignorée",
                    sheet=sheet.name,
                    row=row,
                    value=sub_action,
                )
            )
            continue
        current = _new_action(doc, table, row, title_raw, axis_ctx, cell, sha, source_file)
        if sub_action:
            _add_step(doc, current, sub_action, sheet, row, cell, step_counts, sha, source_file)
        for text in _steps_text(cell(row, "steps")):
            _add_step(doc, current, text, sheet, row, None, step_counts, sha, source_file)
    return skipped_example


def _level_code(text: str | None) -> str | None:
    return _split_number(text)[0] if text else None


def _new_action(
    doc: ActionPlanDocument,
    table: _Table,
    row: int,
    title_raw: str,
    axes: dict[str, str | None],
    cell,  # noqa: ANN001 - local closure
    sha: str,
    source_file: str,
) -> ActionRecord:
    sheet = table.sheet
    code, title = _split_number(title_raw)
    title = title.strip()
    action_id = f"{sha[:12]}:{fold(sheet.name).replace(' ', '_')[:24]}:{row}"
    axis, sub_axis, sub_sub = axes["axis"], axes["sub_axis"], axes["sub_sub_axis"]
    if not any(axes.values()) and code and code.count(".") >= 1:
        # axes only given by the numbering of the title (« 1.2.3 Titre »)
        parts = code.split(".")
        axis = parts[0]
        sub_axis = ".".join(parts[:2]) if len(parts) >= 3 else None
        sub_sub = ".".join(parts[:3]) if len(parts) >= 4 else None
    deepest = sub_sub or sub_axis
    budget_cell = sheet.cell(row, table.columns.get("total_budget") or 0)
    budget, why = parse_amount(budget_cell)
    if why and budget_cell is not None:
        doc.issues.append(
            ParseIssue(
                "warning",
                f"budget total non chiffré (« {one_line(budget_cell)} ») : montant laissé inconnu",
                sheet=sheet.name,
                row=row,
                column=column_letter(table.columns.get("total_budget") or 1),
                value=one_line(budget_cell),
            )
        )
    start = _year_of(sheet.cell(row, table.columns.get("start") or 0))
    end = _year_of(sheet.cell(row, table.columns.get("end") or 0))
    calendar_raw = sheet.cell(row, table.columns.get("calendar") or 0)
    years = calendar_years(calendar_raw)
    if years:
        start = start if start is not None else years[0]
        end = end if end is not None else years[-1]
    if start is not None and end is not None and end < start:
        doc.issues.append(
            ParseIssue(
                "warning",
                f"date de fin ({end}) antérieure à la date de début ({start})",
                sheet=sheet.name,
                row=row,
            )
        )
    calendar_text = cell(row, "calendar")
    if isinstance(calendar_raw, int | float | dt.date) and not isinstance(calendar_raw, bool):
        year = _year_of(calendar_raw)
        calendar_text = str(year) if year else calendar_text
    record = ActionRecord(
        action_id=action_id,
        plan_type=doc.plan_type,
        territory_name=None,
        axis=axis,
        strategic_objective_code=(
            _level_code(deepest) if deepest and any(axes.values()) else deepest
        ),
        strategic_objective=deepest,
        action_code=code or f"L{row}",
        title=title,
        context=cell(row, "description"),
        expected_results=cell(row, "objectives"),
        indicators=split_list(cell(row, "indicators"), ";\n"),
        target_audiences=split_list(cell(row, "target_audiences")),
        regulatory_links=[],
        total_budget_eur=budget,
        total_etp=None,
        start_year=start,
        end_year=end,
        owners=split_list(cell(row, "owner")),
        partners=split_list(cell(row, "partners")),
        source_file=source_file,
        source_sha256=sha,
        page=None,
        source_sheet=sheet.name,
        source_row=row,
        sub_axis=sub_axis if axes["sub_axis"] else None,
        sub_sub_axis=sub_sub if axes["sub_sub_axis"] else None,
        action_status=one_line(cell(row, "status")),
        action_priority=one_line(cell(row, "priority")),
        calendar=calendar_text,
    )
    doc.actions.append(record)
    for role, field in (
        ("personne_pilote", "person"),
        ("elu_referent", "elected"),
        ("service_pilote", "service"),
    ):
        for name in split_list(cell(row, field)):
            doc.people.append(
                PersonRecord(role, name, action_id, source_file, sha, sheet.name, row)
            )
    for number, (funder_col, amount_col) in enumerate(table.funders, start=1):
        funder = _text(sheet, row, funder_col)
        amount_raw = sheet.cell(row, amount_col) if amount_col else None
        if not funder and amount_raw is None:
            continue
        amount, why = parse_amount(amount_raw)
        if why and amount_raw is not None:
            doc.issues.append(
                ParseIssue(
                    "warning",
                    f"montant du financeur {number} non chiffré : montant laissé inconnu",
                    sheet=sheet.name,
                    row=row,
                    column=column_letter(amount_col or 1),
                    value=one_line(amount_raw),
                )
            )
        doc.funders.append(
            FunderRecord(
                action_id, number, funder, amount,
                one_line(amount_raw) if amount_raw is not None else None,
                source_file, sha, sheet.name, row,
            )
        )  # fmt: skip
    return record


def _add_step(
    doc: ActionPlanDocument,
    action: ActionRecord,
    text: str,
    sheet: Sheet,
    row: int,
    cell,  # noqa: ANN001 - local closure, None for an « Étapes » line
    counts: dict[str, int],
    sha: str,
    source_file: str,
) -> None:
    counts[action.action_id] = counts.get(action.action_id, 0) + 1
    description = cell(row, "description") if cell is not None else None
    calendar = cell(row, "calendar") if cell is not None else None
    years = calendar_years(calendar) if calendar else []
    doc.steps.append(
        StepRecord(
            action_id=action.action_id,
            step_no=counts[action.action_id],
            step=text,
            description=description if description != action.context else None,
            planning_label=calendar,
            start_year=years[0] if years else None,
            end_year=years[-1] if years else None,
            open_ended=False,
            budget_label=None,
            budget_eur=None,
            funded=None,
            internal=False,
            etp=None,
            owner=None,
            partners=[],
            source_file=source_file,
            source_sha256=sha,
            page=None,
            source_sheet=sheet.name,
            source_row=row,
        )
    )
