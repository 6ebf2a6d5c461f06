"""What a data steward reads on a table asset in the Dagster UI.

- ``dagster/column_schema``: built by the same functions as the published ``datapackage.json``
  fields (:func:`assets.publication.tables.published_table` then ``table_fields``), so the UI and the
  published package cannot disagree on a column, its type or its meaning, computed columns
  (``lever_label_2025``…) included;
- ``dagster/row_count``: rows of the region's partition in the warehouse;
- owners (``COPDIAG_OWNERS``) and « une ligne = … » descriptions, applied to the definitions
  by :func:`with_steward_metadata`;
- figures formatted as the synthesis prints them (a response rate is « 58 % », not 0.58).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import dagster as dg
import numpy as np
import pandas as pd

from assets.diagnostic.frames import fr_number

DEFAULT_OWNERS = ("team:donnees-regionales",)

# Asset → warehouse table, where the names differ.
ASSET_TABLE = {"inbox_files": "inbox_scan"}

# What one row of each table asset is (the UI shows it under the asset's description).
ROW_MEANING: dict[str, str] = {
    "inbox_files": "un fichier de la boîte de dépôt de la région (chemin, taille, sha256, "
    "type détecté d'après le contenu)",
    "actions": "une fiche action d'un plan d'actions (PCAET, COT…) avec son levier SGPE, son "
    "budget et sa provenance (fichier, sha256, page)",
    "action_steps": "une étape du tableau « Modalités de mise en œuvre » d'une fiche action",
    "referential_scores": "un score d'avancement d'un référentiel (Climat-Air-Énergie, "
    "Économie circulaire) lu dans un COT",
    "contract_targets": "un objectif chiffré d'un contrat (COT, COT TRI…) : valeur, unité, période",
    "cot_objectives": "un score d'audit, une orientation ou un objectif stratégique d'un COT",
    "questionnaire_answers": "la réponse d'une soumission de questionnaire pour un levier "
    "(toutes les soumissions, y compris remplacées)",
    "questionnaire_projects": "un projet déclaré dans la feuille « Projets » d'un questionnaire",
    "recipients": "une collectivité destinataire du questionnaire (liste tenue par la région)",
    "questionnaire_responses": "une collectivité × un levier : sa dernière réponse reçue",
    "ingestion_report": "un fichier reçu, avec son statut (chargé, inchangé, remplacé, en "
    "quarantaine) et le motif en clair",
    "lever_targets": "un levier de la région et son objectif 2030 du panorama régional SGPE "
    "(kt CO₂e évitées, part de l'effort régional, cible physique)",
    "lever_families": "un levier de la région et sa famille A, B ou C",
    "lever_state_of_play": "un levier pour la région (scope = region) ou pour un département "
    "(scope = departement) : répondants, moyennes, actions, freins",
    "priority_themes": "un thème prioritaire : rang, score et justification chiffrée",
    "exemplary_projects": "un projet exemplaire à valoriser (questionnaire, fiche projet ou plan)",
    "cop_action_candidates": "une action candidate au plan de la COP et ses trois critères",
}


def owners(env: Mapping[str, str] | None = None) -> list[str]:
    """Owners of every asset: ``COPDIAG_OWNERS`` (comma-separated ``team:…`` or e-mails)."""
    env = os.environ if env is None else env
    raw = env.get("COPDIAG_OWNERS", "")
    found = [o.strip() for o in raw.split(",") if o.strip()]
    return found or list(DEFAULT_OWNERS)


def steward_description(name: str, description: str | None) -> str | None:
    """The asset's description followed by what one row is."""
    row = ROW_MEANING.get(name)
    if not row:
        return description
    base = (description or "").rstrip()
    return f"{base}\n\nUne ligne = {row}." if base else f"Une ligne = {row}."


def with_steward_metadata(
    assets: Sequence[dg.AssetsDefinition],
    *,
    owner_list: Sequence[str] | None = None,
    freshness: Mapping[str, dg.FreshnessPolicy] | None = None,
) -> list[dg.AssetsDefinition]:
    """Owners, row meanings and freshness policies applied to every spec of ``assets``."""
    team = list(owner_list if owner_list is not None else owners())
    freshness = freshness or {}

    def enrich(spec: dg.AssetSpec) -> dg.AssetSpec:
        name = spec.key.to_user_string()
        changes: dict[str, Any] = {
            "owners": team,
            "description": steward_description(name, spec.description),
        }
        if name in freshness:
            changes["freshness_policy"] = freshness[name]
        return spec.replace_attributes(**changes)

    return [a.map_asset_specs(enrich) for a in assets]


# ----------------------------------------------------------------------------- runtime


def schema_frame(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The table as it is published: the warehouse columns kept by ``publication``, then
    :func:`assets.publication.tables.published_table`, the very call ``publish`` makes.

    A table that is not published (inbox scan, every submission, recipients) is described as
    the warehouse holds it, typed the same way, without the columns computed at publication.
    """
    from assets.publication.tables import _DROP, PUBLISHED_TABLES, prepare_table, published_table

    if table not in PUBLISHED_TABLES:
        return prepare_table(table, frame)[0]
    frame = frame.drop(columns=_DROP.get(table, []), errors="ignore")
    prepared, _ = published_table(table, frame)
    return prepared


def schema_fields(table: str, frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The datapackage's Table Schema fields of ``frame`` (name, type, description)."""
    from assets.publication.schema import table_fields

    return [
        {"name": f["name"], "type": f["type"], "description": f.get("description")}
        for f in table_fields(schema_frame(table, frame), table)
    ]


def column_schema(table: str, frame: pd.DataFrame) -> dg.TableSchema:
    """``dagster/column_schema`` from the datapackage's Table Schema fields of ``frame``."""
    return _schema_from_fields(schema_fields(table, frame))


def _firsts(*masks: np.ndarray) -> np.ndarray:
    """The first position where each mask holds (masks holding nowhere give nothing)."""
    return np.array(sorted({int(np.argmax(m)) for m in masks if m.any()}), dtype=int)


def representative_rows(frame: pd.DataFrame, total: int | None = None) -> pd.DataFrame:
    """A few rows giving every column the published type it has in ``frame``.

    A column's published type depends on that column alone, and only on its distinct values
    (numbers, dates) or on the Python types of its cells (text, lists, booleans, dates held
    as objects): those are kept, each column repeated to a common length. The column schema
    of a 100 000-row table then costs milliseconds instead of a full publication pass.

    ``total``: the row count of the table ``frame`` was sampled from, in order, keeping the
    first row of every kind above (:func:`sampled_rows`); the same rows come out as from the
    whole table.
    """
    picks: dict[str, np.ndarray] = {}
    for column in frame.columns:
        series = frame[column]
        if series.dtype == object or pd.api.types.is_string_dtype(series):
            missing = series.isna().to_numpy()
            if pd.api.types.infer_dtype(series[~missing], skipna=False) in ("string", "empty"):
                picks[column] = _firsts(missing, ~missing)  # plain text, found in C
            else:
                kinds = series.map(type, na_action=None)
                picks[column] = np.flatnonzero(~kinds.duplicated().to_numpy())
        elif pd.api.types.is_float_dtype(series):
            # what decides: is any cell missing, infinite, not a whole number
            values = series.to_numpy(dtype="float64", na_value=np.nan)
            finite = np.isfinite(values)
            whole = np.zeros(len(values), dtype=bool)
            whole[finite] = values[finite] == np.round(values[finite])
            picks[column] = _firsts(np.isnan(values), finite & whole, finite & ~whole,
                                    ~finite & ~np.isnan(values))  # fmt: skip
        elif pd.api.types.is_datetime64_any_dtype(series):
            # what decides: is any cell missing or not at midnight
            missing = series.isna().to_numpy()
            midnight = (series == series.dt.normalize()).to_numpy() & ~missing
            picks[column] = _firsts(missing, midnight, ~midnight & ~missing)
        elif pd.api.types.is_bool_dtype(series) or pd.api.types.is_integer_dtype(series):
            picks[column] = np.arange(min(len(series), 1))  # the dtype decides
        else:
            picks[column] = np.flatnonzero(~series.duplicated().to_numpy())
    n = max((len(p) for p in picks.values()), default=0)
    if n == 0 or n >= (len(frame) if total is None else total):
        return frame
    return pd.DataFrame(
        {
            column: frame[column]
            .iloc[picks[column][np.arange(n) % len(picks[column])]]
            .reset_index(drop=True)
            for column in frame.columns
        },
        columns=frame.columns,
    )


# DuckDB types whose pandas column :func:`representative_rows` reads by kinds of cells that
# SQL can find (below); any other type reads the whole table.
_SAMPLED_KINDS = {
    "VARCHAR": "any", "BOOLEAN": "any", "VARCHAR[]": "any",
    "INTEGER": "any", "BIGINT": "any", "SMALLINT": "any", "TINYINT": "any",
    "DOUBLE": "float", "FLOAT": "float", "TIMESTAMP": "time", "DATE": "time",
}  # fmt: skip


# Tables of at most this many cells (rows × columns) are read whole.
_SAMPLE_FROM_CELLS = 100_000


def _kind_filters(column: str, data_type: str) -> list[str] | None:
    """SQL conditions whose first row, per column, :func:`representative_rows` may pick: the
    first missing and first present cell of every column (the same missing cells give pandas
    the same dtype), the number kinds of a float column, the midnight or not of a date."""
    kind = _SAMPLED_KINDS.get(data_type)
    if kind is None:
        return None
    c = f'"{column}"'
    filters = [f"{c} IS NULL", f"{c} IS NOT NULL"]
    if kind == "float":
        filters += [
            f"isnan({c})",
            f"isfinite({c}) AND {c} = round({c})",
            f"isfinite({c}) AND {c} <> round({c})",
            f"isinf({c})",
        ]
    elif kind == "time":
        t = f"CAST({c} AS TIMESTAMP)"
        filters += [f"{t} = date_trunc('day', {t})", f"{t} <> date_trunc('day', {t})"]
    return filters


def _described(con: Any, table: str) -> list[tuple[str, str]]:
    """(column name, DuckDB type) of ``table`` in column order; empty when it is absent.

    Read by ``PRAGMA table_info`` (the names and types ``duckdb_columns()`` gives, same
    strings): ~1 ms where the catalogue function took ~5 ms, and it is asked for every table
    asset of every refresh."""
    import duckdb

    try:
        rows = con.execute(f"PRAGMA table_info('{table.replace(chr(39), chr(39) * 2)}')").fetchall()
    except duckdb.CatalogException:
        return []
    return [(str(r[1]), str(r[2])) for r in rows]


def sampled_rows(con: Any, table: str, region: str | None) -> tuple[pd.DataFrame, int] | None:
    """:func:`representative_rows` of the region's rows of ``table`` and their count, with
    DuckDB reading only the rows it may pick: for every column the first row (in table order)
    of each kind of cell it looks at (:func:`_kind_filters`), and the first row. The frame
    read holds those rows in table order and the same column dtypes as the whole table, so
    the first row of a kind is the same row, and the picks are the same rows. ``None`` when a
    column type is not one of :data:`_SAMPLED_KINDS`, or the table is small or has so few
    rows that they would all be read (the caller reads the whole table).

    Why: a table that changed (one questionnaire more) had its 100 000 rows read into pandas
    for a schema that depends on a handful of them (~1 s of an incremental refresh)."""
    from assets.resources import TABLE_COLUMNS

    described = _described(con, table)
    if not described:
        return None
    conditions: list[str] = []
    for column, data_type in described:
        filters = _kind_filters(column, data_type)
        if filters is None:
            return None
        conditions += filters
    where, params = "", []
    if region is not None and "region_code" in TABLE_COLUMNS.get(table, ()):
        where, params = " WHERE region_code = ?", [region]
    total = int(con.execute(f"SELECT count(*) FROM {table}{where}", params).fetchone()[0])
    if total * len(described) <= _SAMPLE_FROM_CELLS:
        return None  # read whole faster than DuckDB plans the search (~2 ms a condition)
    # ``min(CASE …)`` rather than ``FILTER``: planned several times faster
    firsts = ", ".join(["min(rowid)", *(f"min(CASE WHEN {f} THEN rowid END)" for f in conditions)])
    row = con.execute(f"SELECT {firsts} FROM {table}{where}", params).fetchone()
    rowids = sorted({int(r) for r in row if r is not None})
    if total <= len(rowids):  # a few rows: all of them, as read whole
        return None
    marks = ", ".join("?" for _ in rowids)
    frame = con.execute(
        f"SELECT * FROM {table} WHERE rowid IN ({marks}) ORDER BY rowid", rowids
    ).df()
    return representative_rows(frame, total=total), total


SCHEMA_CACHE_TABLE = "column_schema_cache"
_SCHEMA_CACHE_DDL = (
    f"CREATE TABLE IF NOT EXISTS {SCHEMA_CACHE_TABLE} (table_name VARCHAR, region_code VARCHAR, "
    "content_key VARCHAR, fields_json VARCHAR)"
)


@lru_cache(maxsize=1)
def _schema_code_version() -> str:
    """The code a column schema is derived from (publication rules, masking, warehouse
    types) and the Dagster/pandas versions: a change of any recomputes every schema."""
    from importlib.metadata import version

    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(
        [
            root / "metadata.py",
            root / "personal_data.py",
            *(root / "publication").glob("*.py"),
            *(root / "warehouse").glob("*.py"),
        ]
    ):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for package in ("dagster", "pandas", "duckdb"):
        digest.update(f"{package}={version(package)}".encode())
    return digest.hexdigest()


# Per float or date column, the kinds of its present cells as bits (what _kind_filters
# looks for beyond missing and present): NaN 1, whole 2, fractional 4, infinite 8; a date
# at midnight 1, not at midnight 2.
_KIND_BITS = {
    "float": "CASE WHEN isnan({c}) THEN 1 WHEN isinf({c}) THEN 8 WHEN {c} = round({c}) THEN 2 "
    "WHEN {c} IS NOT NULL THEN 4 END",
    "time": "CASE WHEN CAST({c} AS TIMESTAMP) = date_trunc('day', CAST({c} AS TIMESTAMP)) "
    "THEN 1 WHEN {c} IS NOT NULL THEN 2 END",
}


def _content_key(con: Any, table: str, region: str | None) -> tuple[str, int] | None:
    """A key of what the column schema of the region's rows depends on, computed by DuckDB
    without moving rows to Python, and their count; ``None`` when the table is absent.

    The published type of a column depends on which kinds of cells it holds, not on their
    values (:func:`representative_rows` keeps one row per kind, :func:`sampled_rows` finds
    them with :func:`_kind_filters`): the key is the column names and types and, per column,
    whether a cell of each kind is present (any missing, any present; for floats any NaN,
    whole, fractional, infinite; for dates any at midnight or not). One more answer or a
    changed text keeps the key (the schema is not derived again, ~50 ms a table); a column
    of another type adds the order-free sum of the rows' hashes, as before.
    """
    from assets.resources import TABLE_COLUMNS

    described = _described(con, table)
    if not described:
        return None
    where, params = "", []
    if region is not None and "region_code" in TABLE_COLUMNS.get(table, ()):
        where, params = " WHERE region_code = ?", [region]
    parts = ["count(*)"]
    hashed = False
    for column, data_type in described:
        kind = _SAMPLED_KINDS.get(data_type)
        if kind is None:
            hashed = True
            continue
        quoted = f'"{column}"'
        parts.append(f"count({quoted})")  # any missing cell, any present one
        if kind in _KIND_BITS:  # one aggregate per column: planned much faster than four
            parts.append(f"bit_or({_KIND_BITS[kind].format(c=quoted)})")
    if hashed:
        parts.append("coalesce(sum(hash(t)::HUGEINT), 0)")
    row = con.execute(f"SELECT {', '.join(parts)} FROM {table} AS t{where}", params).fetchone()
    n = int(row[0])
    flags: list[object] = [n > 0]
    i = 1
    for _, data_type in described:
        kind = _SAMPLED_KINDS.get(data_type)
        if kind is None:
            continue
        present = int(row[i])
        flags += [present > 0, present < n]
        i += 1
        if kind in _KIND_BITS:
            flags.append(int(row[i] or 0))
            i += 1
    if hashed:
        flags.append(str(row[i]))
    digest = hashlib.sha256(_schema_code_version().encode())
    digest.update(repr(described).encode() + b"|" + repr(flags).encode())
    return digest.hexdigest(), n


def _schema_from_fields(fields: list[dict[str, Any]]) -> dg.TableSchema:
    return dg.TableSchema(
        columns=[
            dg.TableColumn(name=f["name"], type=f["type"], description=f.get("description"))
            for f in fields
        ]
    )


# Fields by (table, region, key) already read or derived in this process: with the table, a
# key (code version, columns and their kinds of cells) decides the fields alone, so one seen
# is never stale; a refresh asks for 17 tables, most unchanged since the previous refresh.
_FIELDS_SEEN: dict[tuple[str, str, str], str] = {}


def _cached_fields(con: Any, table: str, region: str, key: str) -> str | None:
    """The fields kept under ``key`` (``None`` when absent; the cache table is created only
    when a schema is first kept)."""
    import duckdb

    try:
        row = con.execute(
            f"SELECT fields_json FROM {SCHEMA_CACHE_TABLE} WHERE table_name = ? "
            "AND region_code = ? AND content_key = ?",
            [table, region, key],
        ).fetchone()
    except duckdb.CatalogException:
        return None
    return None if row is None else str(row[0])


def table_metadata(warehouse: Any, asset: str, region: str) -> dict[str, Any]:
    """Column schema and row count of one region of a warehouse table, read back as published.

    The schema is kept in ``column_schema_cache`` under a key of the kinds of cells of the
    rows computed in DuckDB (:func:`_content_key`, a few ms): a table whose columns hold the
    same kinds of cells as when its schema was derived is not read into pandas again (that
    read and the derivation cost about a second per refresh on a large region; after one new
    questionnaire, the 17 table assets now cost ~0.1 s here). Any error falls back to
    deriving it.
    """
    table = ASSET_TABLE.get(asset, asset)
    key = None
    try:
        with warehouse.connect() as con:
            key = _content_key(con, table, region)
            if key is not None:
                seen = (table, region, key[0])
                row = _FIELDS_SEEN.get(seen) or _cached_fields(con, table, region, key[0])
                if row is not None:
                    _FIELDS_SEEN[seen] = row
                    return {
                        "dagster/column_schema": _schema_from_fields(json.loads(row)),
                        "dagster/row_count": key[1],
                    }
    except Exception:  # noqa: BLE001 - a cache, never a failure: derive the schema
        key = None
    sampled = None
    try:
        with warehouse.connect() as con:
            sampled = sampled_rows(con, table, region)
    except Exception:  # noqa: BLE001 - read the whole table instead
        sampled = None
    if sampled is None:
        frame = warehouse.read_table(table, region)
        sampled = representative_rows(frame), len(frame)
    fields = schema_fields(table, sampled[0])
    if key is not None:
        _FIELDS_SEEN[(table, region, key[0])] = json.dumps(fields, ensure_ascii=False)
        try:
            with warehouse.connect() as con:
                con.execute(_SCHEMA_CACHE_DDL)
                con.execute(
                    f"DELETE FROM {SCHEMA_CACHE_TABLE} WHERE table_name = ? AND region_code = ?",
                    [table, region],
                )
                con.execute(
                    f"INSERT INTO {SCHEMA_CACHE_TABLE} VALUES (?, ?, ?, ?)",
                    [table, region, key[0], json.dumps(fields, ensure_ascii=False)],
                )
        except Exception:  # noqa: BLE001
            pass
    return {
        "dagster/column_schema": _schema_from_fields(fields),
        "dagster/row_count": sampled[1],
    }


def percent_fr(ratio: float | None) -> str:
    """A 0-1 ratio as the synthesis prints it: « 58 % » (« n.d. » when unknown)."""
    if ratio is None or (isinstance(ratio, float) and math.isnan(ratio)):
        return "n.d."
    return f"{fr_number(float(ratio) * 100, 0)} %"


def response_rate_metadata(coverage: pd.DataFrame) -> dict[str, Any]:
    """The region's response figures exactly as the synthesis shows them."""
    region_row = coverage[coverage["dimension"] == "region"] if not coverage.empty else coverage
    if region_row.empty:
        return {"taux_de_reponse": "n.d."}
    row = region_row.iloc[0]
    return {
        "taux_de_reponse": percent_fr(row["response_rate"]),
        "n_destinataires": int(row["n_recipients"]),
        "n_repondants": int(row["n_respondents"]),
    }
