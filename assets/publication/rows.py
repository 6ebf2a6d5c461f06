"""Rows added to a large published table, prepared alone (issue 19).

A new questionnaire adds ~50 rows to an answers table of 115 000: reading, preparing, masking
and hashing the whole table again cost seconds. The publication store keeps, with a large
table's frame, each raw row's DuckDB hash (read order), the raw dtypes, the facts that decided
each published column's conversion (:func:`assets.publication.tables.column_facts`) and the
column hashes of its content hash. :func:`_grow` matches the table's rows now with the kept
ones by hash: when every kept row is still there (any order) and few are new, only the new rows
are read (:class:`RowSource`) and prepared under the whole table's decisions; the caller
(:func:`assets.publication.incremental.prepare_tables`) masks them and puts every row in place
(:func:`_grown_frame`); the content hash joins the kept rows' column hashes and the new rows'
(:func:`_content_hash`). Any doubt (a row removed or changed, a dtype or a column's conversion
changed by the new rows): ``None``, and the whole table is prepared as before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np
import pandas as pd

from assets.publication.tables import (
    ColumnFacts,
    decision,
    merge_facts,
    published_table_facts,
)

if TYPE_CHECKING:
    from assets.publication.incremental import PublicationStore

__all__ = ["ROWS_MIN", "RowSource"]


class RowSource(Protocol):
    """Rows of the warehouse tables a publication reads, one by one (:func:`prepare_tables`
    prepares only the rows added to a large table since the last publication)."""

    def row_hashes(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """Row ids and a hash of every column of each row of the region, in the order the
        whole table is read."""

    def read_rows(self, name: str, rowids: np.ndarray) -> pd.DataFrame:
        """Those rows as the whole table's read gives them (same columns and dtypes), in the
        order of ``rowids``."""


# Tables of at least this many rows keep what their rows were made from (row hashes, raw
# dtypes, column facts): rows added to them are then prepared and masked alone.
ROWS_MIN = 1_000
# More new rows than this share of the table: the whole table is prepared again.
ROWS_NEW_SHARE = 0.25


def _row_info(
    hashes: np.ndarray, raw: pd.DataFrame, facts: Mapping[str, ColumnFacts]
) -> dict[str, Any]:
    """What a kept frame's rows were made from: each raw row's hash (read order), the raw
    columns and dtypes, and the facts that decided each published column's conversion."""
    return {
        "hashes": np.asarray(hashes, dtype=np.uint64),
        "columns": [str(c) for c in raw.columns],
        "dtypes": [str(t) for t in raw.dtypes],
        "facts": dict(facts),
    }


@dataclass
class _Grown:
    """A table grown by rows since the last publication: its kept frame, the new rows
    prepared under the whole table's column decisions, and where each row goes."""

    kept: pd.DataFrame
    vocab: str
    new: pd.DataFrame  # prepared, not masked
    positions: np.ndarray  # per row of the table: its kept row, or -1 (the next new row)
    info: dict[str, Any]
    kept_info: dict[str, Any]  # the kept frame's (its column hashes among them)
    kept_packed: tuple[Any, ...] | None = None  # the kept frame as stored (pack_frame)


def _match_rows(old: np.ndarray, new: np.ndarray) -> np.ndarray:
    """Per row of ``new``: the position of an equal row of ``old`` (each used once), else -1."""
    old_index, new_index = pd.Index(old), pd.Index(new)
    if old_index.is_unique and new_index.is_unique:  # the common case: rows all differ
        return old_index.get_indexer(new_index)
    old_rank = pd.Series(old).groupby(old).cumcount().to_numpy()
    new_rank = pd.Series(new).groupby(new).cumcount().to_numpy()
    index = pd.MultiIndex.from_arrays([old, old_rank])
    return index.get_indexer(pd.MultiIndex.from_arrays([new, new_rank]))


def _grow(
    name: str, rows: RowSource, store: PublicationStore, entry: Mapping[str, Any]
) -> _Grown | None:
    """The rows added to a large table (every kept row still there, any order): only they
    are read and prepared, under the facts of the whole table; ``None`` when a row was removed
    or changed, too many were added, or a column's conversion changes with them."""
    loaded = store.frame_rows_packed(entry)
    if loaded is None or not loaded[2]:
        return None
    kept, vocab, info, packed = loaded
    old = np.asarray(info["hashes"], dtype=np.uint64)
    if len(old) != len(kept):
        return None
    rowids, hashes = rows.row_hashes(name)
    hashes = np.asarray(hashes, dtype=np.uint64)
    positions = _match_rows(old, hashes)
    added = positions < 0
    n_new = int(added.sum())
    if len(hashes) - n_new != len(old) or n_new > ROWS_NEW_SHARE * len(hashes):
        return None  # a kept row removed or changed, or too many new ones
    raw = _as_read_whole(rows.read_rows(name, np.asarray(rowids)[added]), info["dtypes"])
    if (
        len(raw) != n_new
        or [str(c) for c in raw.columns] != info["columns"]
        or [str(t) for t in raw.dtypes] != info["dtypes"]
    ):
        return None
    new, own = published_table_facts(name, raw)
    facts: dict[str, ColumnFacts] = {}
    for column, before in info["facts"].items():
        merged = merge_facts(tuple(before), own.get(column, ("absent",)))
        if merged is None or decision(merged) != decision(tuple(before)):
            return None  # the kept rows would be converted otherwise now
        facts[column] = merged
    if list(facts) != list(own):
        return None
    if any(decision(facts[c]) != decision(own[c]) for c in own):
        new, _ = published_table_facts(name, raw, facts)
    if list(new.columns) != list(kept.columns) or any(
        a != b for a, b in zip(new.dtypes, kept.dtypes, strict=True)
    ):
        return None
    return _Grown(kept, vocab, new, positions, _row_info(hashes, raw, facts), info, packed)


def _as_read_whole(raw: pd.DataFrame, dtypes: Sequence[str]) -> pd.DataFrame:
    """Rows read alone as the whole table's read gives them: DuckDB gives an integer column
    without a missing value as ``int64``, the whole table's (with one) as ``Int64``."""
    if len(dtypes) != len(raw.columns):
        return raw
    for column, want in zip(list(raw.columns), dtypes, strict=True):
        have = str(raw[column].dtype)
        if have != want and want.lower() == have and want[:1] in ("I", "U"):
            raw[column] = raw[column].astype(want)
    return raw


def _grown_frame(grown: _Grown, masked_new: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """The whole table: kept rows and new ones in the table's order; and per row, its row in
    the kept frame followed by the new rows."""
    positions = grown.positions.copy()
    added = positions < 0
    positions[added] = len(grown.kept) + np.arange(int(added.sum()))
    both = pd.concat([grown.kept, masked_new], ignore_index=True) if len(masked_new) else grown.kept
    out = both.take(positions)
    out.index = pd.RangeIndex(len(out))  # as reset_index(drop=True) gives, without a copy
    return out, positions


def _content_hash(
    frame: pd.DataFrame,
    info: dict[str, Any],
    grown: _Grown | None = None,
    new: pd.DataFrame | None = None,
    positions: np.ndarray | None = None,
) -> str:
    """The table's content hash (:func:`assets.publication.cache.table_content_hash`), its
    column hashes kept in ``info``: of a grown table, those of its new rows joined to the kept
    ones (the kept rows not hashed again)."""
    from assets.publication import cache

    joined = None
    if grown is not None and new is not None and positions is not None:
        kept_parts = grown.kept_info.get("column_hashes")
        kept_paths = grown.kept_info.get("hash_paths")
        if kept_parts is not None and kept_paths is not None:
            joined = cache.joined_parts(
                kept_parts, kept_paths, cache.column_parts(new),
                [cache.hash_path(new[c]) for c in new.columns], positions,
            )  # fmt: skip
    if joined is None:
        joined = cache.column_parts(frame), [cache.hash_path(frame[c]) for c in frame.columns]
    info["column_hashes"], info["hash_paths"] = joined
    return cache.content_hash_of_parts(frame, joined[0])
