"""``projets.csv``: exemplary projects and COP action candidates in the national exchange format.

The data.gouv « Projets de collectivités » Table Schema (betagouv/schema-projet-collectivites-
transition-ecologique, Licence Ouverte 2.0; copy in ``sources/reference/``) is how authorities'
transition projects travel between Territoires en Transitions, Mon Espace Collectivité and
Recoco. Both diagnostic tables are exported there, every row (the shortlists are in the
tables), one row per project: a COP candidate from a questionnaire « Projets » row that is also
an exemplary project is written once. Mapping:

- ``id``: UUID 5 of the region and the row's stable key (same project → same id at every
  refresh); ``createdAt``/``updatedAt``: the publication time;
- ``nom``, ``description``, ``budgetPrevisionnel`` (euros, rounded to the euro; empty when
  unknown);
- ``phase`` from the maturity: Initié → Opération, En conception → Étude, À initier → Idée;
- ``leviers``: the 2025 SGPE lever names of the lever (crosswalk), a JSON array;
- ``programme``: « Diagnostic régional COP » and the origin of the row;
- personal fields (référent e-mail, phone, first and last name, function) stay empty, and so do
  fields the inputs do not give (SIRET — inputs hold SIREN —, start date — plans give years —,
  phase status, M57 competences, MEC/TeT/Recoco ids). Rows without a title cannot be valid
  (``nom`` is required) and are left out; the number is returned so the caller can say so.
"""

from __future__ import annotations

import csv
import io
import json
import math
import uuid
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from sources.values import fold

PHASE_BY_MATURITY = {"Initié": "Opération", "En conception": "Étude", "À initier": "Idée"}
PROGRAMME = "Diagnostic régional COP"
_NAMESPACE = uuid.UUID("6f1c3d2e-8a41-5b7c-9e0f-0c0d1a2b3c4d")


@lru_cache(maxsize=1)
def projets_schema() -> dict[str, Any]:
    """The data.gouv « Projets de collectivités » Table Schema (copy kept in the project)."""
    text = (
        resources.files("sources")
        .joinpath("reference", "projets_collectivites_schema.json")
        .read_text(encoding="utf-8")
    )
    return json.loads(text)


def _text(value: object) -> str:
    if value is None or value is pd.NA:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    return str(value).strip()


def _budget(value: object) -> str:
    amount = pd.to_numeric(value, errors="coerce")
    return "" if pd.isna(amount) else str(int(round(float(amount))))


def _levers(code: object) -> str:
    from sources.levers.crosswalk import labels_2025

    names = labels_2025(_text(code) or None)
    return json.dumps(list(names), ensure_ascii=False) if names else ""


def _levers_memo(memo: dict[object, str], code: object) -> str:
    """:func:`_levers` once per distinct code (a few dozen over thousands of rows)."""
    try:
        return memo[code]
    except KeyError:
        found = memo[code] = _levers(code)
        return found
    except TypeError:  # unhashable
        return _levers(code)


# Columns of the published tables projets_frame reads.
_READ_COLUMNS = (
    "title", "authority_name", "owner", "lever_code", "description", "estimated_cost_eur",
    "maturity", "origin", "source_file", "candidate_id",
)  # fmt: skip


def _timestamp(published_at: str) -> str:
    """ISO 8601 with an offset, as the schema's pattern wants (``…T02:44:04+00:00``)."""
    stamp = pd.Timestamp(published_at)
    if stamp.tzinfo is None:
        stamp = stamp.tz_localize("UTC")
    return stamp.isoformat(timespec="seconds")


def projets_frame(
    region_code: str,
    exemplary: pd.DataFrame | None,
    candidates: pd.DataFrame | None,
    published_at: str,
) -> tuple[pd.DataFrame, int]:
    """The ``projets.csv`` rows (schema column order, text cells) and the number of rows left
    out for want of a title."""
    names = [f["name"] for f in projets_schema()["fields"]]
    stamp = _timestamp(published_at)
    rows: list[dict[str, str]] = []
    seen: set[tuple[str, str, str]] = set()
    skipped = 0
    sources = (
        ("projet exemplaire", exemplary, lambda r: f"{r.get('origin')}|{r.get('source_file')}|{r.get('title')}|{r.get('lever_code')}"),
        ("action candidate", candidates, lambda r: str(r.get("candidate_id"))),
    )  # fmt: skip
    levers: dict[object, str] = {}
    for kind, df, key in sources:
        if df is None or df.empty:
            continue
        # only the columns read below (a record lacking one gets None from .get, as before)
        for rec in df[[c for c in _READ_COLUMNS if c in df.columns]].to_dict("records"):
            title = _text(rec.get("title"))
            if not title:
                skipped += 1
                continue
            who = fold(_text(rec.get("authority_name")) or _text(rec.get("owner")))
            same = (fold(title), who, _text(rec.get("lever_code")))
            if same in seen:
                continue
            seen.add(same)
            row = dict.fromkeys(names, "")
            row.update(
                id=str(uuid.uuid5(_NAMESPACE, f"{region_code}|{kind}|{key(rec)}")),
                createdAt=stamp,
                updatedAt=stamp,
                nom=title,
                description=_text(rec.get("description")),
                budgetPrevisionnel=_budget(rec.get("estimated_cost_eur")),
                phase=PHASE_BY_MATURITY.get(_text(rec.get("maturity")), ""),
                programme=f"{PROGRAMME} – {kind}",
                leviers=_levers_memo(levers, rec.get("lever_code")),
            )
            rows.append(row)
    return pd.DataFrame(rows, columns=names), skipped


def write_projets_csv(df: pd.DataFrame, path: Path) -> None:
    """Plain CSV as in the schema's example file: UTF-8, ``,`` separator, header row."""
    from assets.publication.tables import neutralise

    out = df.map(
        lambda v: neutralise(v) if isinstance(v, str) and v and not v.startswith("[") else v
    )
    out.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")


# Stands for the publication time in a kept ``projets.csv`` text: letters and digits only, so
# neither neutralised nor quoted, as the time it stands for (``2026-12-02T00:12:06+00:00``).
STAMP_TOKEN = "COPDIAGSTAMP7f3c9b2e41d8"


def projets_csv_template(
    region_code: str, exemplary: pd.DataFrame | None, candidates: pd.DataFrame | None
) -> str:
    """The text of ``projets.csv`` with :data:`STAMP_TOKEN` where the publication time goes
    (``createdAt``, ``updatedAt``): kept while the two tables do not change, the file is then
    this text with the time put in (:func:`projets_csv_text`), not built again."""
    from assets.publication.tables import neutralise

    df, _ = projets_frame(region_code, exemplary, candidates, "1970-01-01T00:00:00+00:00")
    for column in ("createdAt", "updatedAt"):
        df[column] = STAMP_TOKEN
    out = df.map(
        lambda v: neutralise(v) if isinstance(v, str) and v and not v.startswith("[") else v
    )
    buffer = io.StringIO(newline="")
    out.to_csv(buffer, index=False, lineterminator="\n")
    return buffer.getvalue()


# Key of the row memo of projets_csv_rows_template in the publication's kept values.
ROWS_MEMO_KEY = "projets-lignes"
_NAN_KEY = ("\x00nan",)


def projets_csv_rows_template(
    region_code: str,
    exemplary: pd.DataFrame | None,
    candidates: pd.DataFrame | None,
    memo: dict[Any, tuple[Any, str]] | None = None,
) -> tuple[str, dict[Any, tuple[Any, str]]]:
    """:func:`projets_csv_template`, each row's CSV line taken from ``memo`` when a row of the
    same values was written before (a new questionnaire adds a few exemplary projects to
    thousands): returns the text and the memo of this run's rows (for the next run).

    A line depends on the row's values alone (its id, texts, budget, phase and levers, the
    time being :data:`STAMP_TOKEN`); which rows are written (titled, first of their project)
    is decided here, in row order, as :func:`projets_frame` does.
    """
    from assets.publication.tables import neutralise

    memo = memo or {}
    names = [f["name"] for f in projets_schema()["fields"]]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")

    def line(fields: list[str]) -> str:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(fields)
        return buffer.getvalue()

    sources = (
        ("projet exemplaire", exemplary, lambda r: f"{r.get('origin')}|{r.get('source_file')}|{r.get('title')}|{r.get('lever_code')}"),
        ("action candidate", candidates, lambda r: str(r.get("candidate_id"))),
    )  # fmt: skip
    levers: dict[object, str] = {}

    def make(kind: str, key: Any, rec: dict[str, Any]) -> tuple[Any, str]:
        title = _text(rec.get("title"))
        if not title:
            return None, ""
        who = fold(_text(rec.get("authority_name")) or _text(rec.get("owner")))
        row = dict.fromkeys(names, "")
        row.update(
            id=str(uuid.uuid5(_NAMESPACE, f"{region_code}|{kind}|{key(rec)}")),
            createdAt=STAMP_TOKEN,
            updatedAt=STAMP_TOKEN,
            nom=title,
            description=_text(rec.get("description")),
            budgetPrevisionnel=_budget(rec.get("estimated_cost_eur")),
            phase=PHASE_BY_MATURITY.get(_text(rec.get("maturity")), ""),
            programme=f"{PROGRAMME} – {kind}",
            leviers=_levers_memo(levers, rec.get("lever_code")),
        )
        fields = [
            neutralise(v) if isinstance(v, str) and v and not v.startswith("[") else v
            for v in (row[n] for n in names)
        ]
        return (fold(title), who, _text(rec.get("lever_code"))), line(fields)

    lines = [line(names)]
    seen: set[Any] = set()
    kept: dict[Any, tuple[Any, str]] = {}
    for kind, df, key in sources:
        if df is None or df.empty:
            continue
        columns = tuple(c for c in _READ_COLUMNS if c in df.columns)
        arrays = [df[c].to_numpy(dtype=object) for c in columns]
        for values in zip(*arrays, strict=True):
            # NaN is not equal to itself: a fixed stand-in in the key (values kept as they are)
            memo_key = (
                region_code, kind, columns,
                tuple(_NAN_KEY if type(v) is float and v != v else v for v in values),
            )  # fmt: skip
            try:
                found = memo.get(memo_key) or kept.get(memo_key)
            except TypeError:  # an unhashable cell: never kept
                memo_key, found = None, None
            if found is None:
                found = make(kind, key, dict(zip(columns, values, strict=True)))
            if memo_key is not None:
                kept[memo_key] = found
            same, text = found
            if same is None or same in seen:
                continue
            seen.add(same)
            lines.append(text)
    return "".join(lines), kept


def projets_csv_text(template: str, published_at: str) -> str:
    """``projets.csv`` of a publication made at ``published_at`` from its template."""
    return template.replace(STAMP_TOKEN, _timestamp(published_at))


def projets_resource(schema: dict[str, Any] | None = None) -> dict[str, Any]:
    """The datapackage resource of ``projets.csv`` (its own dialect and the national schema)."""
    schema = dict(schema or projets_schema())
    keep = {"fields", "missingValues", "primaryKey"}
    return {
        "name": "projets",
        "path": "projets.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "title": "Projets exemplaires et actions candidates au format data.gouv « Projets de collectivités »",
        "description": (
            "Projets exemplaires et actions candidates de la COP (toutes les lignes, une par projet) "
            "au format national d'échange « Projets de collectivités » (schéma data.gouv, "
            f"{schema.get('homepage', '')}) ; leviers nommés selon la liste SGPE de 2025 ; aucune "
            "donnée personnelle (champs du référent laissés vides)."
        ),
        "dialect": {"delimiter": ",", "quoteChar": '"', "doubleQuote": True, "header": True},
        # field examples (a référent's e-mail, phone, name) stay out: no personal data published
        "schema": {
            **{k: v for k, v in schema.items() if k in keep},
            "fields": [
                {k: v for k, v in f.items() if k not in ("example", "examples")}
                for f in schema.get("fields", [])
            ],
        },
    }
