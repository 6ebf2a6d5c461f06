"""Keep a diagnostic table when nothing it is computed from has changed.

Each diagnostic table of a region is a pure function of a few input frames (answers, actions,
projects…), the diagnostic settings and the code of ``assets/diagnostic``. A refresh where
none of them changed (nothing arrived this week; a new plan, for the families that read only
answers) recomputed the table all the same: about 15 s on a 3 000-authority region.

The key of the last computation (the inputs' content hashed column by column, the settings,
the code and the library versions) is stored per table and region in ``diagnostic_reuse``.
When the key is the same and the table still holds the rows that computation wrote, the table
is kept as it is and the asset's metadata says so (« repris »). Any change of a value, a
setting or the code makes a new key, hence a computation. Nothing is decided on a doubt: a
read or write error computes, and ``COPDIAG_ANALYSIS_CACHE=off`` always computes. No Dagster.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Mapping
from dataclasses import asdict, is_dataclass
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import pandas as pd

REUSE_TABLE = "diagnostic_reuse"
_DDL = (
    f"CREATE TABLE IF NOT EXISTS {REUSE_TABLE} (table_name VARCHAR, region_code VARCHAR, "
    "input_key VARCHAR, n_rows BIGINT, computed_at VARCHAR, run_id VARCHAR)"
)


def enabled() -> bool:
    """``COPDIAG_ANALYSIS_CACHE=off`` (or 0/false/non) computes every time."""
    return os.environ.get("COPDIAG_ANALYSIS_CACHE", "on").strip().lower() not in (
        "off", "0", "false", "non",
    )  # fmt: skip


@lru_cache(maxsize=1)
def code_version() -> str:
    """The diagnostic code (``assets/diagnostic``), everything under ``sources/`` (parsers,
    lexicons, reference data it reads) and the versions of the libraries it computes with."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    root = here.parent.parent
    files = sorted(here.glob("*.py")) + sorted(
        p for p in (root / "sources").rglob("*") if p.is_file() and "__pycache__" not in p.parts
    )
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    for package in ("pandas", "numpy", "rapidfuzz"):
        try:
            digest.update(f"{package}={version(package)}".encode())
        except PackageNotFoundError:  # pragma: no cover - dependencies
            digest.update(f"{package}=?".encode())
    return digest.hexdigest()


def frame_key(df: pd.DataFrame) -> str:
    """Content hash of one input frame (column names, dtypes, every value, order included)."""
    from quality.validation_cache import frame_fingerprint

    return frame_fingerprint(df)


def input_key(table: str, frame_keys: Mapping[str, str], config: Any) -> str:
    """What ``table`` depends on: its inputs' content hashes, the settings and the code."""
    digest = hashlib.sha256(code_version().encode())
    digest.update(table.encode() + b"\0")
    plain = asdict(config) if is_dataclass(config) and not isinstance(config, type) else config
    digest.update(repr(sorted(plain.items()) if isinstance(plain, dict) else plain).encode())
    for name in sorted(frame_keys):
        digest.update(f"{name}={frame_keys[name]}".encode() + b"\0")
    return digest.hexdigest()


def lookup(con: Any, table: str, region: str, key: str) -> str | None:
    """A French note on the computation being kept, when ``table``/``region`` was computed
    from inputs with ``key`` and still holds the rows it wrote; else ``None``."""
    con.execute(_DDL)
    row = con.execute(
        f"SELECT n_rows, computed_at, run_id FROM {REUSE_TABLE} "
        "WHERE table_name = ? AND region_code = ? AND input_key = ?",
        [table, region, key],
    ).fetchone()
    if row is None:
        return None
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [table]
    ).fetchone()[0]
    if not exists:
        return None
    n = con.execute(f"SELECT count(*) FROM {table} WHERE region_code = ?", [region]).fetchone()[0]
    if int(n) != int(row[0]):
        return None
    return (
        f"repris : entrées, réglages et code identiques au calcul du {row[1]} "
        f"(exécution {row[2] or 'inconnue'})"
    )


def remember(con: Any, table: str, region: str, key: str, n_rows: int, run_id: str) -> None:
    """Record the key of the computation that just wrote ``table``/``region``."""
    con.execute(_DDL)
    con.execute(
        f"DELETE FROM {REUSE_TABLE} WHERE table_name = ? AND region_code = ?", [table, region]
    )
    con.execute(
        f"INSERT INTO {REUSE_TABLE} VALUES (?, ?, ?, ?, ?, ?)",
        [table, region, key, int(n_rows), dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
         run_id],
    )  # fmt: skip


def forget(con: Any, table: str, region: str) -> None:
    """Drop the record of ``table``/``region`` (its rows are about to change another way)."""
    con.execute(_DDL)
    con.execute(
        f"DELETE FROM {REUSE_TABLE} WHERE table_name = ? AND region_code = ?", [table, region]
    )
