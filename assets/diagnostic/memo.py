"""Parts of the regional analysis kept between refreshes, keyed by the content they are
computed from.

Why (issue 19): one new questionnaire changes the region's figures, but not those of the
départements it does not belong to; yet every département's state of play and themes were
recomputed (a region of 5 départements paid 6 scopes twice for 2 changed). A part memoised
here is a pure function of a few frames and settings: its key hashes the content of each frame
(values, types, order; not the index, see below), the other arguments, the part's name and the
diagnostic code (:func:`assets.diagnostic.reuse.code_version`), so an equal key means an equal
result, computed once and stored (pickled frame) in the warehouse table ``diagnostic_memo``.
A refresh keeps the entries it used and drops the region's others, so the table holds about
one refresh's parts.

The memoised functions do not depend on their inputs' index labels (a new questionnaire
shifts the labels of every later answer); ``tests/assets/diagnostic/test_memo.py`` checks
that an incremental computation (one questionnaire added, replaced or removed) equals one from
scratch, exactly.

Only active inside :func:`active` (the Dagster assets); a plain call of the rules computes.
``COPDIAG_ANALYSIS_CACHE=off`` turns it off with the table reuse. No Dagster.
"""

from __future__ import annotations

import contextvars
import hashlib
import pickle
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, is_dataclass
from typing import Any, TypeVar

import numpy as np
import pandas as pd

from assets.diagnostic import reuse

MEMO_TABLE = "diagnostic_memo"
_DDL = (
    f"CREATE TABLE IF NOT EXISTS {MEMO_TABLE} (kind VARCHAR, region_code VARCHAR, "
    "memo_key VARCHAR, payload BLOB, run_id VARCHAR)"
)
T = TypeVar("T")


@dataclass
class _Session:
    warehouse: Any
    region: str
    run_id: str
    used: set[tuple[str, str]] = field(default_factory=set, repr=False)
    new: dict[tuple[str, str], bytes] = field(default_factory=dict, repr=False)
    hits: int = 0
    misses: int = 0


_ACTIVE: contextvars.ContextVar[_Session | None] = contextvars.ContextVar(
    "copdiag_diagnostic_memo", default=None
)


@contextmanager
def active(warehouse: Any, region: str, run_id: str) -> Iterator[_Session | None]:
    """Memoise the parts computed inside the block for ``region``; on exit, store the new
    parts and drop the region's entries of the same kinds that this run did not use."""
    if not reuse.enabled():
        yield None
        return
    session = _Session(warehouse, str(region), str(run_id))
    token = _ACTIVE.set(session)
    try:
        yield session
    finally:
        _ACTIVE.reset(token)
        try:
            _flush(session)
        except Exception:  # noqa: BLE001, S110 - an optimisation, never a failure
            pass


def _flush(session: _Session) -> None:
    if not session.used:
        return
    kinds = sorted({kind for kind, _ in session.used})
    with session.warehouse.connect() as con:
        con.execute(_DDL)
        con.execute("BEGIN TRANSACTION")
        try:
            for (kind, key), payload in session.new.items():
                con.execute(
                    f"DELETE FROM {MEMO_TABLE} WHERE kind = ? AND region_code = ? AND memo_key = ?",
                    [kind, session.region, key],
                )
                con.execute(
                    f"INSERT INTO {MEMO_TABLE} VALUES (?, ?, ?, ?, ?)",
                    [kind, session.region, key, payload, session.run_id],
                )
            kept = [(k, key) for k, key in session.used if (k, key) not in session.new]
            for kind, key in kept:
                con.execute(
                    f"UPDATE {MEMO_TABLE} SET run_id = ? "
                    "WHERE kind = ? AND region_code = ? AND memo_key = ?",
                    [session.run_id, kind, session.region, key],
                )
            marks = ", ".join("?" for _ in kinds)
            con.execute(
                f"DELETE FROM {MEMO_TABLE} WHERE region_code = ? AND run_id <> ? "
                f"AND kind IN ({marks})",
                [session.region, session.run_id, *kinds],
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise


@dataclass(frozen=True)
class FrameKey:
    """A frame's content key (:func:`reuse.frame_key`) that the caller already holds, given
    as a key part in place of the frame: the same key bytes, without hashing the frame again
    (a region's 115 000 answers, read once per run, were hashed again by every part)."""

    key: str


def known_frame(frame: pd.DataFrame, source: pd.DataFrame | None, key: str | None) -> object:
    """``FrameKey(key)`` when ``frame`` holds exactly the rows of ``source`` (whose content
    key is ``key``): ``frame`` is a row filter of ``source`` (the region's rows, a copy)
    that kept every row, so the same columns, types, values and order; else ``frame``."""
    if key is None or source is None or len(frame) != len(source):
        return frame
    return FrameKey(key)


# Two SipHash keys: each cell hashed twice, 128 bits per cell (16 characters each, pandas).
_HASH_KEYS = ("copdiag-rows-k1!", "copdiag-rows-k2!")


def _type_names(values: np.ndarray) -> np.ndarray:
    """Each cell's type, spelled out (module and name), as an object array."""
    types = list(map(type, values))
    names = {t: f"{t.__module__}.{t.__qualname__}" for t in set(types)}
    out = np.empty(len(types), dtype=object)
    out[:] = list(map(names.__getitem__, types))
    return out


def _cell_hashes(series: pd.Series) -> list[np.ndarray]:
    """One column's cells as 64-bit hashes (each hash key), its cells' types included where
    the dtype does not fix them (``1``, ``1.0``, ``"1"``, ``None`` and ``NaN`` differ)."""
    from pandas.util import hash_array, hash_pandas_object

    out: list[np.ndarray] = []
    if series.dtype == object:
        values = series.to_numpy()
        kinds = _type_names(values)
        if pd.api.types.infer_dtype(values, skipna=True) not in ("string", "empty"):
            # lists, mixed cells: each cell spelled out with its type (as ``frame_key``)
            spelled = np.empty(len(values), dtype=object)
            spelled[:] = [reuse._cell_text(v) for v in values]
            values = spelled
        for hash_key in _HASH_KEYS:
            out.append(hash_array(kinds, hash_key=hash_key, categorize=True))
            out.append(hash_array(values, hash_key=hash_key, categorize=True))
        return out
    if isinstance(series.dtype, np.dtype) and series.dtype.kind in "biufcmM":
        values = np.ascontiguousarray(series.to_numpy())
        # the value's bits (hash_array hashes numbers by their bytes)
        return [hash_array(values, hash_key=k, categorize=False) for k in _HASH_KEYS]
    missing = series.isna().to_numpy().astype(np.uint64)
    for hash_key in _HASH_KEYS:
        out.append(hash_pandas_object(series, index=False, hash_key=hash_key).to_numpy())
        out.append(missing)
    return out


class RowHashes:
    """The cell hashes of one frame, computed once, so that the content key of any subset of
    its rows (a département's rows: :func:`subset`) costs a gather instead of hashing the
    subset's cells again (the départements of a region were hashed for every scope of the
    state of play and again for the département themes: ~0.8 s of an incremental refresh).

    A subset key covers the column names and dtypes, the row count and the 128-bit hash of
    every cell of every kept row, in order: two subsets of the same key hold the same values
    of the same types in the same order (as :func:`reuse.frame_key`, up to a hash collision
    of two 64-bit SipHash keys)."""

    def __init__(self, frame: pd.DataFrame, known: str | None = None) -> None:
        self.frame = frame
        self._matrix: np.ndarray | None = None
        self._known = known
        self.header = repr([(str(c), str(frame[c].dtype)) for c in frame.columns])

    def matrix(self) -> np.ndarray:
        if self._matrix is None and self._known is not None:
            cached = _ROW_HASHES.get(self._known)
            if (
                cached is not None
                and cached[0] == self.header
                and cached[1].equals(self.frame.index)
            ):
                self._matrix = cached[2]
        if self._matrix is None:
            columns = [h for c in self.frame.columns for h in _cell_hashes(self.frame[c])]
            self._matrix = (
                np.ascontiguousarray(np.column_stack(columns), dtype=np.uint64)
                if columns
                else np.zeros((len(self.frame), 0), dtype=np.uint64)
            )
            if self._known is not None:
                if len(_ROW_HASHES) >= 16:
                    _ROW_HASHES.clear()
                _ROW_HASHES[self._known] = (self.header, self.frame.index, self._matrix)
        return self._matrix

    def key(self, subset: pd.DataFrame) -> str | None:
        """The content key of ``subset``, a row selection of the frame (same columns and
        dtypes, index labels of the frame's rows); ``None`` when it is not one."""
        frame = self.frame
        if list(subset.columns) != list(frame.columns) or not frame.index.is_unique:
            return None
        if any(subset[c].dtype != frame[c].dtype for c in frame.columns):
            return None
        positions = frame.index.get_indexer(subset.index)
        if (positions < 0).any():
            return None
        digest = hashlib.sha256(b"rows\0" + self.header.encode("utf-8", "surrogatepass"))
        digest.update(f"\0{len(subset)}\0".encode())
        digest.update(self.matrix()[positions].tobytes())
        return "rows:" + digest.hexdigest()


# Cell hashes by the content key of the frame they were computed on (with its header and
# index): the state of play and the themes of one run split the same frames.
_ROW_HASHES: dict[str, tuple[str, pd.Index, np.ndarray]] = {}


def row_hashes(
    frame: pd.DataFrame | None, source: pd.DataFrame | None = None, key: str | None = None
) -> RowHashes | None:
    """:class:`RowHashes` of ``frame``; shared by the calls of a run when ``frame`` holds
    every row of ``source``, whose content key is ``key`` (:func:`known_frame`), and has the
    same index labels as the frame they were computed on."""
    if frame is None:
        return None
    known = known_frame(frame, source, key)
    return RowHashes(frame, known.key if isinstance(known, FrameKey) else None)


@dataclass(frozen=True, eq=False)
class Subset:
    """A key part: rows of a frame whose cell hashes are known (:class:`RowHashes`)."""

    rows: RowHashes
    frame: pd.DataFrame


def subset(rows: RowHashes | None, frame: pd.DataFrame | None) -> object:
    """``frame`` as a key part keyed through ``rows`` (the frame it was selected from);
    ``frame`` itself without ``rows``."""
    if rows is None or frame is None:
        return frame
    return Subset(rows, frame)


def _part_bytes(part: object) -> bytes:
    """A key part: a frame by its content (:func:`reuse.frame_key`), settings by value."""
    if part is None:
        return b"none"
    if isinstance(part, FrameKey):
        return b"frame:" + part.key.encode()
    if isinstance(part, Subset):
        key = part.rows.key(part.frame)
        if key is not None:
            return b"frame:" + key.encode()
        part = part.frame
    if isinstance(part, pd.DataFrame):
        return b"frame:" + reuse.frame_key(part).encode()
    if is_dataclass(part) and not isinstance(part, type):
        return b"config:" + repr(sorted(asdict(part).items())).encode()
    return b"value:" + f"{type(part).__name__}:{part!r}".encode()


def key_of(kind: str, *parts: object) -> str:
    """The memo key of ``kind`` computed from ``parts`` (frames, settings, plain values)."""
    digest = hashlib.sha256(reuse.code_version().encode() + b"\0" + kind.encode() + b"\0")
    for part in parts:
        digest.update(_part_bytes(part) + b"\0")
    return digest.hexdigest()


def cached(kind: str, parts: tuple[object, ...], compute: Callable[[], T]) -> T:
    """``compute()``, or its stored result when the same ``kind`` was computed from parts of
    the same content (only inside :func:`active`)."""
    session = _ACTIVE.get()
    if session is None:
        return compute()
    key = key_of(kind, *parts)
    session.used.add((kind, key))
    payload = session.new.get((kind, key))
    if payload is None:
        try:
            with session.warehouse.connect() as con:
                con.execute(_DDL)
                row = con.execute(
                    f"SELECT payload FROM {MEMO_TABLE} "
                    "WHERE kind = ? AND region_code = ? AND memo_key = ?",
                    [kind, session.region, key],
                ).fetchone()
            payload = row[0] if row is not None else None
        except Exception:  # noqa: BLE001 - computed instead
            payload = None
    if payload is not None:
        try:
            value = pickle.loads(payload)  # noqa: S301 - written by this module
            session.hits += 1
            return value
        except Exception:  # noqa: BLE001, S110 - an unreadable entry is recomputed
            pass
    session.misses += 1
    value = compute()
    session.new[(kind, key)] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return value
