"""Reuse a Great Expectations validation when nothing it depends on has changed.

A refresh after one new questionnaire leaves most tables exactly as they were (the plans'
actions and steps, the referential scores…), yet every check re-ran its whole GX suite on them:
about a third of the checks' time on a large region. A validation is a pure function of the
frame, the suite and the validating code, so its outcomes are stored with a key made of

- the content of the frame (column names, dtypes and every value, hashed column by column),
- the suite (its expectations, as ``repr``), and
- the validating code itself (the source of ``quality/gx_runner.py`` and ``quality/suites.py``)
  and the GX version,

in the warehouse table ``gx_validation_cache`` (one row per table and region: the last
validation). When the key is the same, the stored outcomes are returned; the check's metadata
says so (« résultat repris … ») with the date and run of the validation it repeats. Any
change of a value, a rule or the code makes a new key, hence a real validation.

The cache never decides anything on its own: a read or write error (a locked warehouse, an
unreadable row) falls back to validating, and ``COPDIAG_GX_CACHE=off`` switches it off.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import asdict, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from quality.gx_runner import ExpectationOutcome, ValidationSummary
from quality.suites import SuiteSpec

CACHE_TABLE = "gx_validation_cache"
_DDL = (
    f"CREATE TABLE IF NOT EXISTS {CACHE_TABLE} (table_name VARCHAR, region_code VARCHAR, "
    "cache_key VARCHAR, summary_json VARCHAR, validated_at VARCHAR, run_id VARCHAR)"
)


def enabled() -> bool:
    """``COPDIAG_GX_CACHE=off`` (or 0/false/non) validates every time."""
    return os.environ.get("COPDIAG_GX_CACHE", "on").strip().lower() not in (
        "off", "0", "false", "non",
    )  # fmt: skip


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """The validating code and GX version: a changed rule or runner invalidates every entry."""
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256()
    here = Path(__file__).parent
    for name in ("gx_runner.py", "suites.py", "validation_cache.py", "incremental.py"):
        digest.update((here / name).read_bytes())
    try:
        digest.update(version("great-expectations").encode())
    except PackageNotFoundError:  # pragma: no cover - GX is a dependency
        digest.update(b"gx?")
    return digest.hexdigest()


def _cell_text(value: object) -> str:
    if isinstance(value, list | tuple | np.ndarray):
        return "\x1e" + "\x1f".join(_cell_text(v) for v in value) + "\x1e"
    # No NUL byte: pandas hashes strings as C strings, cut at the first NUL.
    return f"{type(value).__name__}:{value!r}"


def _plain_text_hashes(values: np.ndarray) -> bytes | None:
    """Hash bytes of a column of ``str`` cells and missing cells, or None for anything else.

    Strings are hashed vectorised by pandas; the missing cells' positions and kinds (None,
    NaN…) are added spelled out, so « » and a missing cell differ. Texts holding a NUL byte
    take the slow path: pandas hashes strings as C strings, cut at the first NUL.
    """
    if pd.api.types.infer_dtype(values, skipna=True) not in ("string", "empty"):
        return None
    missing = pd.isna(values)
    texts = values[~missing]
    if "\0" in "".join(texts):
        return None
    hashed = pd.util.hash_pandas_object(pd.Series(texts, dtype=object), index=False).to_numpy()
    kinds = "\x1f".join(_cell_text(v) for v in values[missing])
    return (
        b"text\0"
        + np.ascontiguousarray(hashed).tobytes()
        + np.packbits(missing).tobytes()
        + kinds.encode("utf-8", "surrogatepass")
    )


def frame_fingerprint(df: pd.DataFrame) -> str:
    """sha256 over column names, dtypes, row count and every value (order included).

    Numeric, boolean and datetime columns are hashed vectorised by pandas; object columns
    value by value through their ``repr`` with the value's type (so ``1`` and ``"1"``,
    ``None`` and ``NaN``, ``["a;b"]`` and ``["a", "b"]`` differ), each distinct value once.
    """
    digest = hashlib.sha256()
    digest.update(json.dumps([[str(c), str(df[c].dtype)] for c in df.columns]).encode())
    digest.update(str(len(df)).encode())
    for column in df.columns:
        series = df[column]
        if series.dtype == object:
            values = series.to_numpy()
            fast = _plain_text_hashes(values)
            if fast is not None:  # text cells hashed in C, missing cells spelled out
                digest.update(str(column).encode() + b"\0" + fast)
                continue
            try:
                codes, uniques = pd.factorize(values)  # missing cells get -1
                texts = [_cell_text(v) for v in uniques]
                missing = codes < 0
                if missing.any():  # None, NaN, NaT spelled out one by one: they differ
                    texts.extend(_cell_text(v) for v in values[missing])
                    codes = codes.copy()
                    codes[missing] = len(uniques) + np.arange(int(missing.sum()))
            except TypeError:  # unhashable cells (lists): every cell spelled out
                codes = np.arange(len(values))
                texts = [_cell_text(v) for v in values]
            text_hashes = pd.util.hash_pandas_object(pd.Series(texts, dtype=object), index=False)
            hashed = text_hashes.to_numpy()[codes] if len(codes) else np.array([], dtype="uint64")
        else:
            hashed = pd.util.hash_pandas_object(series, index=False).to_numpy()
        digest.update(str(column).encode() + b"\0" + np.ascontiguousarray(hashed).tobytes())
    return digest.hexdigest()


def validation_key(suite: SuiteSpec, df: pd.DataFrame) -> str:
    """What a validation depends on: frame content, suite and validating code."""
    digest = hashlib.sha256(_code_fingerprint().encode())
    digest.update(repr((suite.table, suite.expectations)).encode())
    digest.update(frame_fingerprint(df).encode())
    return digest.hexdigest()


def _to_json(summary: ValidationSummary) -> str:
    return json.dumps(asdict(summary), ensure_ascii=False, default=str)


def _from_json(text: str) -> ValidationSummary:
    data: dict[str, Any] = json.loads(text)
    results = tuple(
        ExpectationOutcome(
            **{**r, "columns": tuple(r["columns"]), "examples": tuple(r["examples"])}
        )
        for r in data["results"]
    )
    return ValidationSummary(
        table=data["table"],
        success=bool(data["success"]),
        results=results,
        statistics=dict(data.get("statistics") or {}),
        n_rows=int(data.get("n_rows") or 0),
        engine=str(data.get("engine") or "great_expectations"),
    )


def lookup(con: Any, table: str, region: str | None, key: str) -> ValidationSummary | None:
    """The stored validation of ``table``/``region`` when its key is ``key``, else ``None``.

    The returned summary's ``engine`` says it repeats the validation of a given date and run.
    """
    con.execute(_DDL)
    row = con.execute(
        f"SELECT summary_json, validated_at, run_id FROM {CACHE_TABLE} "
        "WHERE table_name = ? AND region_code = ? AND cache_key = ?",
        [table, region or "", key],
    ).fetchone()
    if row is None:
        return None
    summary = _from_json(row[0])
    return replace(
        summary,
        engine=f"{summary.engine} — résultat repris : données et suite inchangées (table, "
        f"règles et code identiques à la validation du {row[1]}, exécution "
        f"{row[2] or 'inconnue'})",
    )


def remember(
    con: Any, table: str, region: str | None, key: str, summary: ValidationSummary, run_id: str
) -> None:
    """Store ``summary`` as the last validation of ``table``/``region``."""
    con.execute(_DDL)
    con.execute(
        f"DELETE FROM {CACHE_TABLE} WHERE table_name = ? AND region_code = ?",
        [table, region or ""],
    )
    con.execute(
        f"INSERT INTO {CACHE_TABLE} VALUES (?, ?, ?, ?, ?, ?)",
        [
            table,
            region or "",
            key,
            _to_json(summary),
            dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            run_id,
        ],
    )
