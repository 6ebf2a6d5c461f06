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


def _part_bytes(part: object) -> bytes:
    """A key part: a frame by its content (:func:`reuse.frame_key`), settings by value."""
    if part is None:
        return b"none"
    if isinstance(part, FrameKey):
        return b"frame:" + part.key.encode()
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


def is_active() -> bool:
    """Whether parts are memoised here (inside :func:`active`): key parts are then worth
    computing ahead."""
    return _ACTIVE.get() is not None


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
