"""Referential evaluations kept in a spreadsheet: CAE / ECI scores per axis, sub-axis, measure.

Read: the Territoires en Transitions exports (« Export CAE referentiel », « Export référentiel
ECi », the audit variant with « Proposé avant audit » / « Audité » groups) and other tools'
overview sheets of the same referential (« Mesures | Maximum | Potentiel | Effectif (points, %)
| Programmés (points, %) »). Columns are found by meaning, header groups one or two rows high.
Codes ``cae_1.2`` / ``1.2`` / « 1.2 Titre » give the level: 1 part = axis, 2 = sub-axis,
deeper = measure (warehouse only).

Percentages: a tool may store 45 % as ``45`` or as the ratio ``0.45``. The scale is decided
from the data: when points and potential are given, the percentage that agrees with
points / potential wins; otherwise a column whose values all lie within 0–1 is a ratio. A row
whose percentage disagrees with its points is kept and flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sources.errors import InputRejected
from sources.records import ParseIssue, PersonRecord, ReferentialScoreRecord
from sources.spreadsheet import Sheet, Workbook, load_workbook
from sources.tet_sheets.columns import header_key, map_columns
from sources.values import fold, one_line, parse_french_number

FIELDS: dict[str, list[str]] = {
    "code": ["arborescence", "n", "no", "numero", "code", "identifiant", "ref", "reference", "id"],
    "label": ["intitule", "libelle", "mesures", "mesure", "nom", "titre", "action"],
    "points_max": ["potentiel max", "maximum", "points max", "potentiel maximum", "max"],
    "points_potential": ["potentiel collectivite", "potentiel", "potentiel reduit", "points potentiels"],
    "points_done": ["points realises", "effectif points", "realise points", "points faits", "points effectifs"],
    "pct_done": ["pct realise", "effectif pct", "realise pct", "taux realisation", "pourcentage realise", "pct fait"],
    "points_programmed": ["points programmes", "programmes points", "programme points"],
    "pct_programmed": ["pct programmes", "pct programme", "programmes pct", "programme pct", "taux programme"],
    "status": ["statut", "etat"],
}  # fmt: skip
_SCORE_FIELDS = ("points_done", "pct_done", "points_programmed", "pct_programmed")
_CODE_RE = re.compile(
    r"^\s*(?:(cae|eci)[_ ]?)?(\d{1,2}(?:\.\d{1,2}){0,5})\.?(?:\s+(.*))?$", re.I | re.S
)
_SUB_HEADER = {"points", "pts", "pct", "point", "nb points", "valeur"}
_PEOPLE_LABELS = {
    "exporte par": "export",
    "audit": "audit",
    "auditeur": "audit",
    "auditeur rice": "audit",
    "nom personne en charge audit": "audit",
}


@dataclass
class _Layout:
    sheet: Sheet
    header_row: int  # last header row (data starts below)
    columns: dict[str, int]


def _headers(sheet: Sheet, row: int) -> tuple[list[str], bool]:
    """Header texts of ``row`` combined with its group row above and its sub-header below."""
    width = max(
        len(sheet.rows[r - 1]) for r in range(max(1, row - 1), min(len(sheet.rows), row + 1) + 1)
    )
    below = [header_key(sheet.cell(row + 1, c)) for c in range(1, width + 1)]
    has_sub = sum(1 for key in below if key in _SUB_HEADER) >= 2
    out = []
    last_top = ""
    for c in range(1, width + 1):
        top = one_line(sheet.cell(row, c)) or ""
        if has_sub:
            last_top = top or last_top
            sub = below[c - 1]
            out.append(f"{last_top} {sub}".strip() if sub in _SUB_HEADER else top)
        else:
            out.append(top)
    return out, has_sub


def _group_of(sheet: Sheet, row: int, col: int) -> str:
    """Group header above a column (« Proposé avant audit… » / « Audité… »), folded."""
    for r in range(row - 1, max(0, row - 3), -1):
        value = sheet.cell(r, col)
        if value is not None and str(value).strip():
            return fold(value)
    return ""


def find_layouts(workbook: Workbook) -> list[_Layout]:
    """Sheets with a code/label column and at least one score column."""
    layouts = []
    for sheet in workbook.sheets:
        best: tuple[int, int, dict[str, int], int] | None = None
        for row in range(1, min(30, len(sheet.rows)) + 1):
            headers, has_sub = _headers(sheet, row)
            if sum(1 for h in headers if h) < 3:
                continue
            mapping = map_columns(headers, FIELDS, min_score=2, keep_parens=True)
            cols = dict(mapping.columns)
            if "code" not in cols and "label" not in cols:
                continue
            if not any(
                f in cols for f in ("pct_done", "points_done", "points_potential", "points_max")
            ):
                continue
            if not any(f in cols for f in _SCORE_FIELDS):
                continue
            cols = _prefer_audited(sheet, row, headers, cols)
            last = row + 1 if has_sub else row
            if best is None or (len(cols), -row) > (best[0], -best[1]):
                best = (len(cols), row, cols, last)
        if best is not None:
            layouts.append(_Layout(sheet, best[3], best[2]))
    return layouts


def _prefer_audited(
    sheet: Sheet, row: int, headers: list[str], cols: dict[str, int]
) -> dict[str, int]:
    """Audit exports repeat the score columns: take the « Audité » group when it exists."""
    groups = {c: _group_of(sheet, row, c) for c in range(1, len(headers) + 1)}
    audited = [c for c, g in groups.items() if "audit" in g and "avant" not in g]
    if not audited:
        return cols
    sub = map_columns(
        [headers[c - 1] if c in audited else "" for c in range(1, len(headers) + 1)],
        FIELDS,
        2,
        keep_parens=True,
    )
    out = dict(cols)
    for field in ("points_potential", *_SCORE_FIELDS, "status"):
        if field in sub.columns:
            out[field] = sub.columns[field]
    return out


def looks_like_referential_sheet(data: bytes, filename: str = "") -> bool:
    """Content test for the detector."""
    workbook = load_workbook(data, filename)
    return any(_has_codes(layout) for layout in find_layouts(workbook))


def _has_codes(layout: _Layout) -> bool:
    col = layout.columns.get("code") or layout.columns.get("label")
    hits = 0
    for r in range(layout.header_row + 1, min(len(layout.sheet.rows), layout.header_row + 40) + 1):
        if _code_of(layout.sheet.cell(r, col))[1]:
            hits += 1
    return hits >= 3


def _code_of(value: object) -> tuple[str | None, str | None, str | None]:
    """``cae_1.2`` → ("CAE", "1.2", None); ``"1.2 Titre"`` → (None, "1.2", "Titre")."""
    if value is None or isinstance(value, bool):
        return None, None, None
    if isinstance(value, int):
        return None, str(value), None
    if isinstance(value, float):
        text = f"{value:g}"
    else:
        text = str(value).strip()
    match = _CODE_RE.match(text)
    if not match:
        return None, None, None
    prefix, code, rest = match.groups()
    return (prefix.upper() if prefix else None), code, (one_line(rest) if rest else None)


def _referential_of(workbook: Workbook, sheet: Sheet) -> str | None:
    head = (
        " ".join(fold(v) for row in sheet.rows[:8] for v in row if isinstance(v, str))
        + " "
        + fold(sheet.name)
    )
    if "eci" in head.split() or "economie circulaire" in head:
        return "ECI"
    if "cae" in head.split() or "climat air energie" in head:
        return "CAE"
    return None


def _referential_from_labels(axis_labels: list[str]) -> str | None:
    """CAE or ECI from the axis titles when nothing else names the referential."""
    text = " ".join(fold(label) for label in axis_labels)
    eci = sum(w in text for w in ("economie circulaire", "dechets", "reemploi", "prevention"))
    cae = sum(
        w in text
        for w in ("energie", "mobilite", "planification territoriale", "patrimoine", "climat")
    )
    if eci > cae:
        return "ECI"
    if cae > eci:
        return "CAE"
    return None


def _number(value: object) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    text = one_line(value)
    if not text or not re.search(r"\d", text):
        return None
    return parse_french_number(text)


def parse_referential_sheet(
    data: bytes, source_file: str, sha256: str, filename: str | None = None
) -> tuple[list[ReferentialScoreRecord], list[ParseIssue], list[PersonRecord]]:
    """All rows of the referential table(s): axis, sub-axis and deeper measures."""
    workbook = load_workbook(data, filename or source_file)
    layouts = [layout for layout in find_layouts(workbook) if _has_codes(layout)]
    if not layouts:
        raise InputRejected(
            "tableur sans tableau de scores de référentiel (codes 1 / 1.1 et colonnes de points "
            "ou de pourcentages)",
            "not_a_referential",
        )
    records: list[ReferentialScoreRecord] = []
    issues: list[ParseIssue] = list(workbook.issues)
    people: list[PersonRecord] = []
    for layout in layouts:
        _read_layout(workbook, layout, source_file, sha256, records, issues, people)
    if not any(
        getattr(r, f) is not None
        for r in records
        for f in ("pct_done", "points_done", "pct_programmed")
    ):
        raise InputRejected(
            "export de référentiel vide : arborescence des mesures sans aucun score saisi "
            "(modèle ou export avant évaluation)",
            "empty_template",
        )
    return records, issues, people


def _top_block(sheet: Sheet, header_row: int) -> tuple[str | None, list[tuple[str, str, int]]]:
    """Territory name and people named above the table (exporter, auditor)."""
    territory = None
    people: list[tuple[str, str, int]] = []
    for r in range(1, header_row):
        cells = [(c, sheet.cell(r, c)) for c in range(1, len(sheet.rows[r - 1]) + 1)]
        texts = [(c, one_line(v)) for c, v in cells if v is not None and one_line(v)]
        for index, (_, text) in enumerate(texts):
            key = fold(text.split(":", 1)[0])
            role = _PEOPLE_LABELS.get(key)
            if role is None:
                continue
            name = text.split(":", 1)[1].strip() if ":" in text else None
            if not name and index + 1 < len(texts):
                name = texts[index + 1][1]
            if name and fold(name) not in ("nom de la personne en charge de l audit",):
                people.append((role, name, r))
        if territory is None and texts and r <= 3:
            first = texts[0][1]
            if fold(first) not in ("nom de la collectivite", "audit", "date d export") and (
                not first.lower().startswith(("date", "export", "audit"))
            ):
                territory = first
    return territory, people


def _read_layout(
    workbook: Workbook,
    layout: _Layout,
    source_file: str,
    sha: str,
    records: list[ReferentialScoreRecord],
    issues: list[ParseIssue],
    people: list[PersonRecord],
) -> None:
    sheet, cols = layout.sheet, layout.columns
    referential = _referential_of(workbook, sheet)
    territory, named = _top_block(sheet, layout.header_row)
    for role, name, r in named:
        people.append(PersonRecord(role, name, None, source_file, sha, sheet.name, r))
    rows = []
    labels: dict[str, str] = {}
    for r in range(layout.header_row + 1, len(sheet.rows) + 1):
        code_cell = sheet.cell(r, cols["code"]) if "code" in cols else None
        label_cell = sheet.cell(r, cols["label"]) if "label" in cols else None
        prefix, code, rest = _code_of(code_cell)
        if code is None:
            prefix, code, rest = _code_of(label_cell)
            label = rest
        else:
            label = one_line(label_cell) or rest
        if code is None:
            continue
        referential = referential or prefix
        values = {
            f: _number(sheet.cell(r, cols[f])) if f in cols else None
            for f in FIELDS
            if f not in ("code", "label", "status")
        }
        status = one_line(sheet.cell(r, cols["status"])) if "status" in cols else None
        rows.append((r, code, label, values, status))
        if label:
            labels[code] = label
    if referential is None:
        referential = _referential_from_labels(
            [label for _, code, label, _, _ in rows if label and "." not in code]
        )
    scales = {
        f: _scale(rows, f, p)
        for f, p in (("pct_done", "points_done"), ("pct_programmed", "points_programmed"))
    }
    for f, (_factor, why) in scales.items():
        if why:
            issues.append(ParseIssue("info", why, sheet=sheet.name, column=f))
    for r, code, label, values, status in rows:
        depth = code.count(".") + 1
        level = "axis" if depth == 1 else "sub_axis" if depth == 2 else "measure"
        pct = {f: None if values[f] is None else round(values[f] * scales[f][0], 4) for f in scales}
        for f, points_field in (
            ("pct_done", "points_done"),
            ("pct_programmed", "points_programmed"),
        ):
            denominator = (
                values["points_potential"]
                if values["points_potential"] is not None
                else values["points_max"]
            )
            if pct[f] is not None and values[points_field] is not None and denominator:
                expected = 100 * values[points_field] / denominator
                if abs(expected - pct[f]) > 1.0:
                    issues.append(
                        ParseIssue(
                            "warning",
                            f"pourcentage ({pct[f]:g} %) incohérent avec les points "
                            f"({values[points_field]:g} / {denominator:g} = {expected:.1f} %)",
                            sheet=sheet.name,
                            row=r,
                        )
                    )
        remaining = None
        if values["points_potential"] is not None and values["points_done"] is not None:
            remaining = max(
                0.0,
                values["points_potential"]
                - values["points_done"]
                - (values["points_programmed"] or 0.0),
            )
        parent = labels.get(code.rsplit(".", 1)[0]) if depth > 1 else None
        records.append(
            ReferentialScoreRecord(
                territory_name=territory,
                referential=referential or "inconnu",
                level=level,
                code=code,
                label=label or code,
                parent_label=parent,
                points_remaining=remaining,
                pct_done=pct["pct_done"],
                pct_programmed=pct["pct_programmed"],
                source_file=source_file,
                source_sha256=sha,
                page=None,
                source_sheet=sheet.name,
                source_row=r,
                points_max=values["points_max"],
                points_potential=values["points_potential"],
                points_done=values["points_done"],
                points_programmed=values["points_programmed"],
                measure_status=status,
            )
        )
    if referential is None:
        issues.append(
            ParseIssue("warning", "référentiel (CAE ou ECI) non identifié", sheet=sheet.name)
        )


def _scale(rows: list, pct_field: str, points_field: str) -> tuple[float, str | None]:
    """×100 when the percentages are 0–1 ratios, ×1 when already 0–100 (decided from data)."""
    values = [v[pct_field] for _, _, _, v, _ in rows if v[pct_field] is not None]
    if not values:
        return 1.0, None
    votes_ratio = votes_pct = 0
    for _, _, _, v, _ in rows:
        pct, points = v[pct_field], v[points_field]
        denominator = (
            v["points_potential"] if v["points_potential"] is not None else v["points_max"]
        )
        if pct is None or points is None or not denominator:
            continue
        expected = 100 * points / denominator
        if abs(expected - pct * 100) <= 1.0 and abs(expected - pct) > 1.0:
            votes_ratio += 1
        elif abs(expected - pct) <= 1.0 and abs(expected - pct * 100) > 1.0:
            votes_pct += 1
    if votes_ratio or votes_pct:
        if votes_ratio > votes_pct:
            return (
                100.0,
                f"pourcentages lus comme ratios 0–1 (cohérents avec les points sur {votes_ratio} lignes)",
            )
        return 1.0, None
    if max(values) <= 1.0:
        return 100.0, "pourcentages lus comme ratios 0–1 (toutes les valeurs entre 0 et 1)"
    return 1.0, None
