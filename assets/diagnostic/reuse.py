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
from collections.abc import Callable, Mapping
from dataclasses import asdict, is_dataclass
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from itertools import chain
from operator import attrgetter
from pathlib import Path
from typing import Any

import numpy as np
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
    """Content hash of one input frame (column names, dtypes, every value, order included).

    Computed here rather than with the checks' ``frame_fingerprint`` (0.7 s on 115 000
    answers): a text column is factorised once (pandas, in C), its distinct strings are hashed
    as one block with their lengths and each cell as its code; other cells are spelled out
    with their type (``1`` and ``"1"``, ``None`` and ``NaN`` differ). About 4× faster, same
    guarantee: any change of a value, a type, the order or a column gives another key."""
    digest = hashlib.sha256()
    digest.update(repr([(str(c), str(df[c].dtype)) for c in df.columns]).encode())
    digest.update(f"\0{len(df)}\0".encode())
    for column in df.columns:
        digest.update(str(column).encode("utf-8", "surrogatepass") + b"\0")
        digest.update(_column_bytes(df[column]))
    return digest.hexdigest()


class SliceKeys:
    """:func:`frame_key` of row subsets of one frame (a département's rows), from work done
    once on the whole frame: each text column is factorised once, and a subset's codes and
    distinct strings are taken from it (renumbered in the subset's order of appearance), so
    ``key(positions) == frame_key(df.iloc[positions])`` exactly, for ~a tenth of the cost
    (the state of play and the themes hashed each input's département rows again, ~0.5 s
    a refresh on 115 000 answers). Columns of other kinds are hashed on the subset itself."""

    def __init__(self, df: pd.DataFrame) -> None:
        self.df = df
        self.signature = repr([(str(c), str(df[c].dtype)) for c in df.columns]).encode()
        self.text: dict[object, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        for column in df.columns:
            series = df[column]
            if series.dtype != object:
                continue
            values = series.to_numpy()
            if pd.api.types.infer_dtype(values, skipna=True) not in ("string", "empty"):
                continue  # hashed on the subset (lists, mixed cells)
            codes, uniques = pd.factorize(values)
            self.text[column] = (values, codes, np.asarray(uniques, dtype=object))

    def whole_key(self) -> str:
        """:func:`frame_key` of the whole frame."""
        return self.key(np.arange(len(self.df)))

    def of_department(self, dept: str, positions: Callable[[], np.ndarray]) -> str:
        """The key of one département's rows, at ``positions()`` (``dept`` unused here)."""
        return self.key(positions())

    def key(self, positions: np.ndarray) -> str:
        """:func:`frame_key` of ``df.iloc[positions]`` (positions in increasing order)."""
        positions = np.asarray(positions, dtype=np.int64)
        digest = hashlib.sha256()
        digest.update(self.signature)
        digest.update(f"\0{len(positions)}\0".encode())
        for column in self.df.columns:
            digest.update(str(column).encode("utf-8", "surrogatepass") + b"\0")
            if column in self.text:
                digest.update(self._text_bytes(column, positions))
            else:
                digest.update(_column_bytes(self.df[column].iloc[positions]))
        return digest.hexdigest()

    def _text_bytes(self, column: object, positions: np.ndarray) -> bytes:
        """``_column_bytes`` of the subset of a text column (the same bytes)."""
        values, whole, uniques = self.text[column]
        sub = whole[positions]
        known = sub >= 0
        codes = np.full(len(sub), -1, dtype=np.int64)
        # first appearance in the subset, as ``pd.factorize`` of the subset numbers them
        local, used = pd.factorize(sub[known])
        codes[known] = local
        kept = uniques[used]
        lengths = np.fromiter(map(len, kept), np.int64, len(kept))
        blob = "".join(kept).encode("utf-8", "surrogatepass")
        gaps = values[positions[~known]]
        none = np.equal(gaps, None)
        others = "\x1f".join(_cell_text(v) for v in gaps[~none])
        return (
            b"text\0" + lengths.tobytes() + b"\0" + blob + b"\0"
            + codes.tobytes() + np.packbits(none).tobytes() + b"\0"
            + others.encode()
        )  # fmt: skip


def _cell_text(value: object) -> str:
    if isinstance(value, list | tuple | np.ndarray):
        return "\x1e" + "\x1f".join(_cell_text(v) for v in value) + "\x1e"
    return f"{type(value).__name__}:{value!r}"


def _column_bytes(series: pd.Series) -> bytes:
    """One column's content as bytes (see :func:`frame_key`)."""
    if series.dtype != object:
        if isinstance(series.dtype, np.dtype) and series.dtype.kind in "biufcmM":
            return np.ascontiguousarray(series.to_numpy()).tobytes()
        hashed = pd.util.hash_pandas_object(series, index=False).to_numpy()
        missing = series.isna().to_numpy()
        return hashed.tobytes() + np.packbits(missing).tobytes()
    values = series.to_numpy()
    if pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty"):
        codes, uniques = pd.factorize(values)  # missing cells → -1
        # only ``str`` objects: equal means same text (no 1 == 1.0 == True across types)
        lengths = np.fromiter(map(len, uniques), np.int64, len(uniques))
        blob = "".join(uniques).encode("utf-8", "surrogatepass")
        # missing cells: ``None`` flagged at once, any other kind (NaN, NaT) spelled out
        gaps = values[codes < 0]
        none = np.equal(gaps, None)
        others = "\x1f".join(_cell_text(v) for v in gaps[~none])
        return (
            b"text\0" + lengths.tobytes() + b"\0" + blob + b"\0"
            + codes.astype(np.int64).tobytes() + np.packbits(none).tobytes() + b"\0"
            + others.encode()
        )  # fmt: skip
    listed = _list_column_bytes(values)
    if listed is not None:
        return listed
    return "\x1d".join(_cell_text(v) for v in values).encode("utf-8", "surrogatepass")


_LISTS = (list, tuple, np.ndarray)


def _list_column_bytes(values: np.ndarray) -> bytes | None:
    """A column of list cells (plan owners, partners: arrays of text) as its cells' types and
    lengths and the hash bytes of their elements laid end to end; None for anything else.
    (Per-cell work through ``map`` and ``chain``: no Python frame per cell.)"""
    types = list(map(type, values))
    if not set(types) <= {list, tuple, np.ndarray, type(None)}:
        return None  # a cell neither a list nor None: spelled out cell by cell
    cells = [v for v, t in zip(values, types, strict=True) if t is not type(None)]
    arrays = [v for v in cells if isinstance(v, np.ndarray)]
    if set(map(attrgetter("ndim"), arrays)) - {1}:
        return None
    kinds = "\x1f".join(map(attrgetter("__name__"), types))
    lengths = np.fromiter(map(len, cells), np.int64, len(cells))
    chained = list(chain.from_iterable(cells))
    if set(map(type, chained)) & {list, tuple, np.ndarray}:
        return None  # nested lists: spelled out cell by cell
    flat = np.empty(len(chained), dtype=object)
    flat[:] = chained
    elements = _column_bytes(pd.Series(flat, dtype=object))
    return (
        b"lists\0" + kinds.encode() + b"\0"
        + lengths.tobytes() + b"\0" + elements
    )  # fmt: skip


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
    # results read to the end (``fetchall``): the connection is left with no pending result
    rows = con.execute(
        f"SELECT n_rows, computed_at, run_id FROM {REUSE_TABLE} "
        "WHERE table_name = ? AND region_code = ? AND input_key = ?",
        [table, region, key],
    ).fetchall()
    if not rows:
        return None
    row = rows[0]
    exists = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [table]
    ).fetchall()[0][0]
    if not exists:
        return None
    n = con.execute(f"SELECT count(*) FROM {table} WHERE region_code = ?", [region]).fetchall()[0][
        0
    ]
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
