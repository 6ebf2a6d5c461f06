"""Changed-table-only publication: content hashes per table, unchanged files carried over.

A refresh after one new questionnaire changes two or three published tables; rewriting every
CSV, Parquet and the workbook of a large region cost most of the incremental refresh. Each
publication records, in its ``datapackage.json`` (key ``copdiag_content``), the content hash of
every published table (the prepared, masked frame: what the files show) and the sha256 of every
file. The next publication hashes its frames again: a table whose hash did not change has its
CSV and Parquet *carried over* from the current folder into the new temporary folder as hard
links (same bytes, same mtime, no copy; a plain copy keeping the mtime where links are not
possible), after checking the old file still has the recorded sha256 (a file edited by hand is
rewritten). The workbook is carried over whole when no table, description or setting changed;
otherwise only the sheets of changed tables are written, the others' compressed XML copied from
the previous workbook (:mod:`assets.publication.workbook_splice`, which records its sheet
layout under ``sheets`` in the same manifest).

The new folder is still complete and swapped in atomically (``folder._swap``): published
files are never modified in place, so a carried-over link is as safe as a copy, and the
publication history (``history``) keeps copying real files.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import weakref
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

# Bump when a writer changes the bytes it produces for the same frame (forces a rewrite).
WRITER_VERSION = "4"  # 3: workbook parts > 32 MB deflated at level 1; 4: large sheets by blocks
MANIFEST_KEY = "copdiag_content"


def _cell_text(value: object) -> object:
    if isinstance(value, list | tuple | np.ndarray):
        return "\x1f".join("\x1d" if v is None else str(v) for v in value) + "\x1e"
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return value
    # The type is part of the content: 1 and "1" are written differently (number, text).
    return f"{type(value).__name__}\x1d{value}"


def table_content_hash(df: pd.DataFrame) -> str:
    """sha256 over column names, dtypes and every value of a prepared table.

    ``pandas.util.hash_pandas_object`` hashes each column vectorised (strings, numbers,
    dates); list cells are joined with control separators first so ``["a;b"]`` and
    ``["a", "b"]`` differ. Missing cells are hashed as a separate mask: pandas hashes strings
    as C strings, so no NUL-byte sentinel can tell them from ``""``.
    """
    return content_hash_of_parts(df, column_parts(df))


ColumnPart = tuple[np.ndarray, "np.ndarray | None"]


def column_parts(df: pd.DataFrame) -> list[ColumnPart]:
    """:func:`column_hashes` of every column, in order (what :func:`table_content_hash` is
    made of: kept for a large table, the parts of rows added later are joined to them)."""
    return [column_hashes(df[column]) for column in df.columns]


def hash_path(s: pd.Series) -> str:
    """Which way :func:`column_hashes` hashes a column (``typed``, ``empty``, ``string``,
    ``date`` or ``cells``): parts of two row sets join into the whole's when their ways are
    equal or one is ``empty`` (:func:`joined_parts`)."""
    if s.dtype != object:
        return "typed"
    inferred = pd.api.types.infer_dtype(s, skipna=True)
    if inferred in ("empty", "string"):
        return inferred
    if inferred == "date" and all(type(v) is dt.date for v in pd.unique(s.dropna())):
        return "date"
    return "cells"


def joined_parts(
    kept: list[ColumnPart],
    kept_paths: list[str],
    new: list[ColumnPart],
    new_paths: list[str],
    positions: np.ndarray,
) -> tuple[list[ColumnPart], list[str]] | None:
    """The :func:`column_parts` of a table made of kept rows and new ones (``positions``: per
    row, its kept row or ``len(kept rows) + i`` for the i-th new row), and their hash ways;
    ``None`` when a column would be hashed another way as a whole."""
    if len(kept) != len(new) or kept_paths is None or len(kept_paths) != len(new_paths):
        return None
    parts: list[ColumnPart] = []
    paths: list[str] = []
    for (k_hash, k_miss), a, (n_hash, n_miss), b in zip(
        kept, kept_paths, new, new_paths, strict=True
    ):
        if a != b and "empty" not in (a, b):
            return None
        if (k_miss is None) != (n_miss is None):
            return None
        hashed = np.concatenate([k_hash, n_hash])[positions]
        missing = None if k_miss is None else np.concatenate([k_miss, n_miss])[positions]
        parts.append((hashed, missing))
        paths.append(b if a == "empty" else a)
    return parts, paths


def content_hash_of_parts(df: pd.DataFrame, parts: list[ColumnPart]) -> str:
    """:func:`table_content_hash` of ``df`` from its :func:`column_parts`."""
    digest = hashlib.sha256(WRITER_VERSION.encode())
    digest.update(json.dumps([[str(c), str(df[c].dtype)] for c in df.columns]).encode())
    digest.update(str(len(df)).encode())
    rows = _RowMixer(len(df))
    for column, (hashed, missing) in zip(df.columns, parts, strict=True):
        rows.add(hashed, missing)
        values = hashed.tobytes() + (np.packbits(missing).tobytes() if missing is not None else b"")
        digest.update(str(column).encode() + b"\0" + values)
    _remember_rows(df, rows.out)
    return digest.hexdigest()


def column_hashes(s: pd.Series) -> tuple[np.ndarray, np.ndarray | None]:
    """Per-row uint64 hashes of one column as :func:`table_content_hash` takes them, and the
    mask of missing cells of an object column (``None`` for other dtypes)."""
    if s.dtype == object:
        inferred = pd.api.types.infer_dtype(s, skipna=True)
        codes, uniques = pd.factorize(s, use_na_sentinel=True) if inferred == "date" else (None, ())
        if codes is not None and all(type(v) is dt.date for v in uniques):
            # plain dates (a large answer table's submission dates): each distinct date's
            # text once, spread over the rows — the texts _cell_text gives cell by cell
            texts = np.array([*map(_cell_text, uniques), None], dtype=object)
            s = pd.Series(texts[codes], index=s.index, dtype=object)
        elif inferred not in ("string", "empty"):
            # lists joined with control separators, types kept (_cell_text); a list of
            # texts, the common cell of a published list column, joined directly
            s = pd.Series(
                [
                    "\x1f".join(v) + "\x1e"
                    if type(v) is list and all(type(x) is str for x in v)
                    else _cell_text(v)
                    for v in s.to_numpy(dtype=object)
                ],
                index=s.index,
                dtype=object,
            )
        missing = s.isna().to_numpy()
        s = s.where(~missing, "").astype(str)
        return pd.util.hash_pandas_object(s, index=False).to_numpy(), missing
    return pd.util.hash_pandas_object(s, index=False).to_numpy(), None


class _RowMixer:
    """Per-row uint64 mixing the column hashes in order (the missing masks included)."""

    _PRIME = np.uint64(0x100000001B3)

    def __init__(self, n: int) -> None:
        self.out = np.zeros(n, dtype=np.uint64)

    def add(self, hashed: np.ndarray, missing: np.ndarray | None) -> None:
        with np.errstate(over="ignore"):
            self.out = (self.out ^ hashed.astype(np.uint64, copy=False)) * self._PRIME
            if missing is not None:
                self.out = (self.out ^ missing.astype(np.uint64)) * self._PRIME


# Row hashes of the last frames hashed (id → weak reference, hashes): a changed table is
# hashed for its content hash, then written block by block (assets.publication.csv_blocks)
# with the same per-column hashes; frames are not modified once prepared.
_ROWS: dict[int, tuple[weakref.ref[pd.DataFrame], np.ndarray]] = {}
_ROWS_KEPT = 16
_ROWS_MIN = 5_000  # only large frames are written block by block


def _remember_rows(df: pd.DataFrame, rows: np.ndarray) -> None:
    if len(df) < _ROWS_MIN:
        return
    try:
        ref = weakref.ref(df)
    except TypeError:  # pragma: no cover - frames support weak references
        return
    for key in [k for k, (r, _) in _ROWS.items() if r() is None or k == id(df)]:
        del _ROWS[key]
    _ROWS[id(df)] = (ref, rows)
    while len(_ROWS) > _ROWS_KEPT:
        _ROWS.pop(next(iter(_ROWS)))


def row_hashes(df: pd.DataFrame) -> np.ndarray:
    """One uint64 per row, mixing the :func:`column_hashes` of every column in order (the
    missing mask included): rows equal in every published value have the same hash. Taken
    from :func:`table_content_hash` when it just hashed this frame."""
    kept = _ROWS.get(id(df))
    if kept is not None and kept[0]() is df and len(kept[1]) == len(df):
        return kept[1]
    rows = _RowMixer(len(df))
    for column in df.columns:
        rows.add(*column_hashes(df[column]))
    return rows.out


def workbook_hash(
    table_hashes: Mapping[str, str], descriptions: Mapping[str, str], config: Any
) -> str:
    """Hash of what the workbook shows apart from its publication date."""
    payload = json.dumps(
        {
            "tables": list(table_hashes.items()),
            "descriptions": dict(descriptions),
            "config": config,
        },
        ensure_ascii=False,
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256((WRITER_VERSION + payload).encode("utf-8")).hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def previous_manifest(folder: Path) -> dict[str, Any]:
    """The content manifest of the current publication (empty when absent or unreadable)."""
    try:
        package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    manifest = package.get(MANIFEST_KEY)
    if not isinstance(manifest, dict) or manifest.get("writer") != WRITER_VERSION:
        return {}
    return manifest


def carry_over(
    previous: Mapping[str, Any],
    key: str,
    content_hash: str,
    src: Path,
    dst: Path,
    names: list[str],
) -> dict[str, str] | None:
    """Link ``names`` from ``src`` into ``dst`` when ``key`` had the same hash and every file
    still has its recorded sha256; returns {name: sha256}, or ``None`` (then write them)."""
    if not previous or previous.get("hashes", {}).get(key) != content_hash:
        return None
    recorded = previous.get("files", {})
    shas: dict[str, str] = {}
    for name in names:
        old = src / name
        sha = recorded.get(name)
        try:
            if not sha or not old.is_file() or old.is_symlink() or file_sha256(old) != sha:
                return None
        except OSError:
            return None
        shas[name] = sha
    done: list[Path] = []
    try:
        for name in names:
            target = dst / name
            try:
                os.link(src / name, target)
            except OSError:  # other file system, no hard links: a copy keeping the mtime
                shutil.copy2(src / name, target)
            done.append(target)
    except OSError:
        for target in done:
            target.unlink(missing_ok=True)
        return None
    return shas
