"""Publication cost proportional to what changed: raw fingerprints, kept prepared frames.

Hashing the published frames (:mod:`assets.publication.cache`) finds the tables that did not
change only after reading, preparing and masking all of them: seconds for a large region, even
when nothing changed. Here, before any pandas work, DuckDB gives a *raw fingerprint* of every
source table of the publication (its columns and types, its row count, the non-missing count of
each column and a hash of its rows in order). A table whose fingerprint is the one recorded at
the last publication is not read: its frame as published (prepared and masked) is taken back
from a private store beside the warehouse (it holds raw texts, like the masking memo), with its
content hash, the names it introduces and its masking counts, so the files, sheets, synthesis and
datapackage come out as a publication from scratch gives them.

Masking makes a table depend on the other tables (a name introduced anywhere is masked
everywhere) and on the names known privately. So a kept frame is used only when the name pairs
the policy knows before masking are those of the last publication, or were only added to and no
word of an added pair occurs in the table (its vocabulary, the words of its texts folded as the
masking memo folds them, is kept with it); pairs removed, a name first met while masking, or a
publication that met one: every table is prepared and masked again, as before.

When no fingerprint, no name pair and no setting changed and the published folder is the one
recorded, nothing is written: the previous publication stays (the asset says so).

A large table whose fingerprint changed because rows were *added* (a new questionnaire's ~50
answers among 115 000) is not read whole either (:mod:`assets.publication.rows`): its kept frame records each
raw row's DuckDB hash, the raw dtypes and the facts that decided each column's conversion
(:func:`assets.publication.tables.column_facts`); when every kept row is still there, only the
new rows are read, prepared under the whole table's decisions, masked and put in place, and the
content hash is made from the kept rows' column hashes and the new rows' (same hash). A row
removed or changed, too many new rows, a column whose conversion the new rows change, or names
whose words the kept rows hold: the whole table is prepared, as before.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import pickle
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from assets.personal_data import PersonalDataPolicy, frame_texts
from assets.publication import rows as grown_rows
from assets.publication.rows import RowSource
from assets.publication.tables import published_table, published_table_facts

__all__ = [
    "DerivedCache",
    "PreparedTables",
    "PublicationStore",
    "code_key",
    "context_key",
    "prepare_tables",
    "raw_fingerprints",
    "RowSource",
]

STORE_FORMAT = 2


# ----------------------------------------------------------------------------- keys


@lru_cache(maxsize=1)
def code_key() -> str:
    """The code that turns warehouse rows into published frames and files: a store written by
    other code (or other library versions) is not used."""
    import duckdb
    import pyarrow
    import xlsxwriter

    import assets.personal_data
    import assets.publication
    import sources.values

    digest = hashlib.sha256(str(STORE_FORMAT).encode())
    for part in (pd.__version__, np.__version__, pyarrow.__version__, xlsxwriter.__version__):
        digest.update(str(part).encode() + b"\0")
    digest.update(str(duckdb.__version__).encode() + b"\0")
    package = Path(assets.publication.__file__).parent
    files = sorted(
        p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    )  # code and the data files it reads (the projets schema)
    files += [Path(assets.personal_data.__file__), Path(sources.values.__file__)]
    files.append(Path(assets.personal_data.__file__).parent / "diagnostic" / "coverage.py")
    # reference data and lever names the published tables and projets.csv are made with
    sources_dir = Path(sources.values.__file__).parent
    for folder in (sources_dir / "reference", sources_dir / "levers"):
        files += sorted(p for p in folder.glob("*") if p.is_file())
    for path in files:
        digest.update(str(path.name).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def context_key(**parts: object) -> str:
    """Hash of what the publication shows besides its tables (settings, region name, quality
    check results…): frames are given by their content hash."""

    def plain(value: object) -> object:
        if isinstance(value, pd.DataFrame):
            from assets.publication.cache import table_content_hash

            return ["frame", table_content_hash(value)]
        return value

    payload = json.dumps(
        {k: plain(v) for k, v in parts.items()}, ensure_ascii=False, sort_keys=True, default=str
    )
    return hashlib.sha256((code_key() + payload).encode("utf-8")).hexdigest()


def raw_fingerprints(con: Any, region: str, tables: Sequence[str]) -> dict[str, str]:
    """Per warehouse table, a fingerprint of the rows ``Warehouse.read_table(table, region)``
    returns, computed by DuckDB: columns and types, row count, non-missing count per column and
    a hash of the rows' hashes in storage order (the order the read gives). A missing table
    gets ``"absent"``."""
    described = con.execute(
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position"
    ).fetchall()
    columns: dict[str, list[tuple[str, str]]] = {}
    for table, column, dtype in described:
        columns.setdefault(table, []).append((column, dtype))
    out: dict[str, str] = {}
    for table in tables:
        cols = columns.get(table)
        if not cols:
            out[table] = "absent"
            continue
        quoted = [f'"{c}"' for c, _ in cols]
        where = " WHERE region_code = ?" if any(c == "region_code" for c, _ in cols) else ""
        counts = ", ".join(f"count({q})" for q in quoted)
        row = con.execute(
            f"SELECT count(*), {counts}, hash(list(h ORDER BY r)), sum(h::HUGEINT) FROM "
            f"(SELECT rowid AS r, hash({', '.join(quoted)}) AS h, {', '.join(quoted)} "
            f'FROM "{table}"{where})',
            [region] if where else [],
        ).fetchone()
        payload = json.dumps([cols, [str(v) for v in row]])
        out[table] = hashlib.sha256(payload.encode()).hexdigest()
    return out


def pairs_of(policy: PersonalDataPolicy) -> set[tuple[str, str]]:
    """The name pairs the policy masks (a copy)."""
    return set(policy._pairs)


# ----------------------------------------------------------------------------- names, words


def introduced_names(policy: PersonalDataPolicy, texts: set[str]) -> list[str]:
    """The names a civility or a label introduces in ``texts`` (``learn_names``' search, the
    masking memo's kept answers used), whatever the policy searched before."""
    from assets.personal_data import _may_introduce

    memo = getattr(policy, "_memo", None)
    if memo is None:
        found = [n for t in texts if _may_introduce(t) for n in policy.names_introduced_in(t)]
    else:
        found = memo.introduced(texts, policy.names_introduced_in)
    return sorted(set(found))


def vocabulary(policy: PersonalDataPolicy, texts: Iterable[str]) -> str:
    """The distinct words of ``texts`` folded as the masking memo folds them (a name pair can
    alter a text's masking only where the text holds one of its words), one per line."""
    from assets.personal_data import _loose

    memo = getattr(policy, "_memo", None)
    fold = memo._loose_of if memo is not None else _loose
    words: set[str] = set()
    for text in texts:
        words.update(fold(text).split())
    return "\n" + "\n".join(sorted(words)) + "\n"


def _words_hit(vocab: str, words: Iterable[str]) -> bool:
    """Whether a word of ``words`` may occur in a text of ``vocab`` (any folded part of it as
    a substring of a word: the memo's test, conservative)."""
    from assets.personal_data import _loose

    parts = {p for w in words for p in _loose(w).split() if p}
    return any(p in vocab for p in parts)


# ----------------------------------------------------------------------------- frames


def pack_frame(df: pd.DataFrame) -> tuple[Any, ...]:
    """A frame in a form pickle writes and reads fast: text and date columns as codes and
    distinct values (the cells missing kept as they are: ``None`` and ``NaN`` apart)."""
    columns: list[tuple[Any, ...]] = []
    for column in df.columns:
        s = df[column]
        if s.dtype == object:
            values = s.to_numpy(dtype=object)
            if pd.api.types.infer_dtype(values, skipna=True) in ("string", "date", "empty"):
                codes, uniques = pd.factorize(values, use_na_sentinel=True)
                missing = values[codes < 0]
                columns.append(("codes", codes.astype(np.int32), np.asarray(uniques), missing))
                continue
        columns.append(("series", s))
    return (list(df.columns), df.index, columns)


def grown_packed(
    kept: tuple[Any, ...], new: pd.DataFrame, df: pd.DataFrame, positions: np.ndarray
) -> tuple[Any, ...]:
    """:func:`pack_frame` of ``df``, the kept rows (packed as ``kept``) and the ``new`` rows
    put in place by ``positions`` (per row of ``df``: its kept row, or ``len(kept rows) + i``
    for the i-th new row; :func:`assets.publication.rows._grown_frame`): the distinct values
    of a text column are those kept followed by the new rows' others, so a table of 100 000
    rows grown by 50 is not factorised again (it unpacks to ``df``, tested). A column packed
    otherwise in either part is packed from ``df``."""
    names, _, kept_columns = kept
    fresh = pack_frame(new)
    if list(names) != list(df.columns) or list(fresh[0]) != list(df.columns):
        return pack_frame(df)
    n_kept = len(positions) - len(new)
    columns: list[tuple[Any, ...]] = []
    for j, column in enumerate(df.columns):
        k, f = kept_columns[j], fresh[2][j]
        if k[0] != "codes" or f[0] != "codes" or len(k[1]) != n_kept:
            columns.append(pack_frame(df[[column]])[2][0])
            continue
        _, k_codes, k_uniques, k_missing = k
        _, f_codes, f_uniques, f_missing = f
        found = pd.Index(k_uniques, dtype=object).get_indexer(pd.Index(f_uniques, dtype=object))
        unseen = found < 0
        mapping = found.copy()
        mapping[unseen] = len(k_uniques) + np.arange(int(unseen.sum()))
        uniques = np.concatenate([np.asarray(k_uniques, dtype=object), f_uniques[unseen]])
        f_mapped = np.append(mapping, -1)[f_codes]  # code -1 (missing) picks the last slot
        both = np.concatenate([k_codes.astype(np.int64), f_mapped])
        codes = both[positions]
        missing_rows = np.empty(len(both), dtype=object)
        missing_rows[np.flatnonzero(k_codes < 0)] = k_missing
        missing_rows[n_kept + np.flatnonzero(f_codes < 0)] = f_missing
        columns.append(
            ("codes", codes.astype(np.int32), uniques, missing_rows[positions][codes < 0])
        )
    return (list(df.columns), df.index, columns)


def unpack_frame(packed: tuple[Any, ...]) -> pd.DataFrame:
    names, index, columns = packed
    data = {}
    for name, column in zip(names, columns, strict=True):
        if column[0] == "codes":
            _, codes, uniques, missing = column
            lookup = np.empty(len(uniques) + 1, dtype=object)
            lookup[:-1] = uniques
            values = lookup[codes]
            values[codes < 0] = missing
            data[name] = pd.Series(values, index=index, dtype=object)
        else:
            data[name] = column[1]
    out = pd.DataFrame(data, index=index)
    out.columns = names
    return out


# ----------------------------------------------------------------------------- store


class DerivedCache(dict):
    """Values made from tables (synthesis page, coverage, ``projets.csv`` text, datapackage
    resources) by key, kept from one publication to the next, each in its own file read only
    when looked up; only the keys a run looked up or set are kept again."""

    used: set[str]

    def __init__(
        self,
        files: Mapping[str, str] | None = None,
        load: Callable[[str], Any] | None = None,
    ) -> None:
        self.used = set()
        self.files = dict(files or {})
        self.new: set[str] = set()
        self.kept: set[str] = set()
        self._load = load
        super().__init__()

    def get(self, key: Any, default: Any = None) -> Any:
        self.used.add(key)
        if not super().__contains__(key) and key in self.files and self._load is not None:
            value = self._load(self.files[key])
            if value is None:
                return default
            super().__setitem__(key, value)
        return super().get(key, default)

    def __setitem__(self, key: Any, value: Any) -> None:
        self.used.add(key)
        self.new.add(key)
        super().__setitem__(key, value)

    def keep(self, keys: Iterable[str]) -> None:
        """Keep these values' files for the next run without reading them."""
        keys = [k for k in keys if k in self.files]
        self.used.update(keys)
        self.kept.update(keys)


class PublicationStore:
    """What the last publication of a region was made of, beside the warehouse (private).

    ``state.json``: format, code and context keys, the name pairs before masking, per table its
    raw fingerprint, content hash, row count, names introduced, masking counts and frame file;
    the published folder's ``datapackage.json`` sha256 and every file's size and mtime. One
    file per kept frame (pickle of :func:`pack_frame` and its vocabulary).
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)

    def _mkdir(self) -> None:
        """The store holds raw texts and names: private, like the warehouse (mode 700/600)."""
        self.path.mkdir(mode=0o700, parents=True, exist_ok=True)

    @staticmethod
    def _private(path: Path) -> Any:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        return os.fdopen(fd, "wb")

    @property
    def state_path(self) -> Path:
        return self.path / "state.json"

    def load(self) -> dict[str, Any] | None:
        try:
            state = json.loads(self.state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(state, dict) or state.get("format") != STORE_FORMAT:
            return None
        if state.get("code") != code_key():
            return None
        return state

    def frame(self, entry: Mapping[str, Any]) -> tuple[pd.DataFrame, str] | None:
        """The kept frame of a table entry and its vocabulary; ``None`` when unreadable."""
        loaded = self.frame_rows(entry)
        return None if loaded is None else loaded[:2]

    def frame_rows(
        self, entry: Mapping[str, Any]
    ) -> tuple[pd.DataFrame, str, dict[str, Any] | None] | None:
        """The kept frame, its vocabulary and what its rows were made from (:class:`RowsInfo`
        as a dict, ``None`` when not kept); ``None`` when unreadable."""
        loaded = self.frame_rows_packed(entry)
        return None if loaded is None else loaded[:3]

    def frame_rows_packed(
        self, entry: Mapping[str, Any]
    ) -> tuple[pd.DataFrame, str, dict[str, Any] | None, tuple[Any, ...]] | None:
        """:meth:`frame_rows` and the packed frame as kept (:func:`pack_frame`): a table
        grown by a few rows is packed again from it (:func:`grown_packed`)."""
        try:
            with (self.path / str(entry["frame"])).open("rb") as handle:
                kept = pickle.load(handle)  # noqa: S301 - our own private file
            packed, vocab = kept[:2]
            rows = kept[2] if len(kept) > 2 else None
            return unpack_frame(packed), vocab, rows, packed
        except Exception:  # noqa: BLE001 - a damaged store only costs a full preparation
            return None

    def derived(self, state: Mapping[str, Any] | None) -> DerivedCache:
        """The values kept by the last publication (read when looked up)."""
        files = state.get("derived") if state else None
        return DerivedCache(files if isinstance(files, dict) else {}, self._read_value)

    def _read_value(self, file: str) -> Any:
        try:
            with (self.path / file).open("rb") as handle:
                return pickle.load(handle)  # noqa: S301 - our own private file
        except Exception:  # noqa: BLE001 - only costs making it again
            return None

    def write_derived(self, values: DerivedCache) -> dict[str, str]:
        """Files of the values a run used: new ones written, the others kept."""
        self._mkdir()
        files: dict[str, str] = {}
        for key in sorted(values.used):
            if key in values.new:
                file = f"derived-{uuid.uuid4().hex[:12]}.pkl"
                tmp = self.path / f".{file}.tmp"
                with self._private(tmp) as handle:
                    pickle.dump(dict.get(values, key), handle, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, self.path / file)
                files[key] = file
            elif key in values.files and (dict.__contains__(values, key) or key in values.kept):
                files[key] = values.files[key]
        return files

    def write_frame(
        self,
        name: str,
        raw: str,
        df: pd.DataFrame,
        vocab: str,
        rows: Mapping[str, Any] | None = None,
        packed: tuple[Any, ...] | None = None,
    ) -> str:
        self._mkdir()
        file = f"{name}-{raw[:16]}-{uuid.uuid4().hex[:8]}.pkl"
        tmp = self.path / f".{file}.tmp"
        packed = packed if packed is not None else pack_frame(df)
        kept = (packed, vocab) if rows is None else (packed, vocab, dict(rows))
        with self._private(tmp) as handle:
            pickle.dump(kept, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self.path / file)
        return file

    def save(self, state: Mapping[str, Any]) -> None:
        """Write the state atomically, then remove the frame files it no longer names."""
        self._mkdir()
        tmp = self.path / f".state-{uuid.uuid4().hex[:8]}.tmp"
        with self._private(tmp) as handle:
            handle.write(json.dumps(state, ensure_ascii=False).encode("utf-8"))
        os.replace(tmp, self.state_path)
        kept = {str(e.get("frame")) for e in state.get("tables", {}).values()}
        kept |= {str(f) for f in (state.get("derived") or {}).values()}
        for path in self.path.iterdir():
            if path.name != "state.json" and path.name not in kept:
                path.unlink(missing_ok=True)

    def remember(
        self,
        prepared: PreparedTables,
        frames: Mapping[str, pd.DataFrame],
        hashes: Mapping[str, str],
        *,
        context: str,
        folder: Path,
        metadata: Mapping[str, Any] | None = None,
        relearnt: bool = False,
        derived: DerivedCache | None = None,
    ) -> bool:
        """Keep what a publication just made in ``folder`` was made of (the frames of the
        tables prepared in this run written); ``False`` (state dropped) when a name was first
        met while masking, then the next publication prepares every table."""
        if prepared.bumped or relearnt:
            self.forget()
            return False
        for name in prepared.prepared:
            entry = prepared.entries[name]
            packed = entry.packed if entry.packed_of is frames[name] else None
            entry.frame = self.write_frame(
                name, entry.raw, frames[name], entry.vocab or "", entry.rows_info, packed
            )
        self.save(
            {
                "format": STORE_FORMAT,
                "code": code_key(),
                "context": context,
                "pairs": prepared.pairs,
                "bumped": False,
                "tables": entries_state(prepared, hashes),
                "folder": folder_signature(folder),
                "metadata": dict(metadata or {}),
                "derived": self.write_derived(derived) if derived is not None else {},
            }
        )
        return True

    def forget(self) -> None:
        """Drop the state (the next publication prepares every table)."""
        self.state_path.unlink(missing_ok=True)


def folder_signature(folder: Path) -> dict[str, Any] | None:
    """The published folder as a kept publication expects it: the sha256 of its
    ``datapackage.json``, and every file's size and mtime."""
    from assets.publication.cache import file_sha256

    try:
        files = {
            p.relative_to(folder).as_posix(): [p.stat().st_size, p.stat().st_mtime_ns]
            for p in sorted(folder.rglob("*"))
            if p.is_file()
        }
        return {"datapackage": file_sha256(folder / "datapackage.json"), "files": files}
    except OSError:
        return None


# ----------------------------------------------------------------------------- preparation


@dataclass
class TableEntry:
    """One table of the store's state."""

    raw: str
    names: list[str]
    counts: list[list[Any]] = field(default_factory=list)
    hash: str | None = None
    rows: int = 0
    frame: str | None = None
    vocab: str | None = None  # computed for the tables prepared in this run
    # What the rows were made from (large tables prepared in this run; see rows._row_info).
    rows_info: dict[str, Any] | None = None
    # A grown table's frame packed from its kept pack (grown_packed), and the frame it packs.
    packed: tuple[Any, ...] | None = None
    packed_of: pd.DataFrame | None = None


@dataclass
class PreparedTables:
    """The published frames of a run and how they were obtained."""

    tables: dict[str, pd.DataFrame]
    entries: dict[str, TableEntry]
    reused: list[str]
    prepared: list[str]
    pairs: list[list[str]]
    bumped: bool  # a name first met while masking (then the state is not kept)
    nothing_changed: bool = False
    grown: list[str] = field(default_factory=list)  # only their new rows prepared


def _counts_of(policy: PersonalDataPolicy, name: str) -> list[list[Any]]:
    return sorted([c, k, int(n)] for (t, c, k), n in policy.counts.items() if t == name and n)


def can_keep_folder(
    prepared: PreparedTables, state: Mapping[str, Any] | None, context: str, folder: Path
) -> bool:
    """Nothing to publish: no table, name pair or setting changed, and the published folder
    is the one the state describes (no file edited, added or removed since)."""
    return (
        prepared.nothing_changed
        and state is not None
        and state.get("context") == context
        and isinstance(state.get("metadata"), dict)
        and state.get("folder") == folder_signature(folder)
    )


def _merged_vocabulary(vocab: str, policy: PersonalDataPolicy, texts: Iterable[str]) -> str:
    """:func:`vocabulary` of a kept table's texts (given by ``vocab``) and of ``texts``."""
    words = {w for w in vocab.split("\n") if w}
    words.update(w for w in vocabulary(policy, texts).split("\n") if w)
    return "\n" + "\n".join(sorted(words)) + "\n"


def prepare_tables(
    names: Sequence[str],
    fingerprints: Mapping[str, str],
    read: Callable[[str], pd.DataFrame],
    policy: PersonalDataPolicy,
    store: PublicationStore | None,
    state: Mapping[str, Any] | None,
    *,
    on_names_known: Callable[[], None] | None = None,
    rows: RowSource | None = None,
) -> PreparedTables:
    """The published frames of ``names`` (in that order), masked by ``policy``: those whose raw
    fingerprint and names allow it taken from ``store``, the others read (``read``), prepared
    and masked. Equal to :func:`assets.publication.folder.prepare_and_mask` of every table.

    ``on_names_known``: called once the names of every table are learnt, before any masking
    (the asset loads the masking memo there only when something is to be masked).
    ``rows``: with it, a large table that only gained rows (:func:`assets.publication.rows._grow`) has only those
    read, prepared and masked, the others taken from its kept frame.
    """
    previous = dict(state.get("tables", {})) if state else {}
    candidates = [
        n
        for n in names
        if store is not None
        and n in previous
        and previous[n].get("raw") == fingerprints.get(n)
        and previous[n].get("frame")
        and previous[n].get("hash")
    ]
    entries: dict[str, TableEntry] = {}
    for n in candidates:
        p = previous[n]
        entries[n] = TableEntry(
            raw=p["raw"], names=list(p.get("names", [])), counts=list(p.get("counts", [])),
            hash=p["hash"], rows=int(p.get("rows", 0)), frame=p["frame"],
        )  # fmt: skip
    # Names of the kept tables, as recorded; the others' are searched once they are prepared.
    policy._add_names(itertools.chain.from_iterable(e.names for e in entries.values()))
    prepared: dict[str, pd.DataFrame] = {}
    infos: dict[str, dict[str, Any]] = {}

    def prepare(n: str) -> None:
        raw = read(n)
        if rows is None or len(raw) < grown_rows.ROWS_MIN:
            prepared[n], _ = published_table(n, raw)
            return
        prepared[n], facts = published_table_facts(n, raw)
        rowids, hashes = rows.row_hashes(n)
        if len(hashes) == len(raw):
            infos[n] = grown_rows._row_info(hashes, raw, facts)

    todo = [n for n in names if n not in entries]
    if on_names_known is not None and todo:
        on_names_known()
    usable = state is not None and not state.get("bumped", True)
    grown: dict[str, grown_rows._Grown] = {}
    if rows is not None and store is not None and usable:
        for n in todo:
            p = previous.get(n)
            if (
                p
                and p.get("frame")
                and p.get("hash")
                and int(p.get("rows", 0)) >= grown_rows.ROWS_MIN
            ):
                found = grown_rows._grow(n, rows, store, p)
                if found is not None:
                    grown[n] = found
    for n in todo:
        if n not in grown:
            prepare(n)
    texts = {n: frame_texts(grown[n].new if n in grown else prepared[n]) for n in todo}
    for n in todo:
        found = introduced_names(policy, texts[n])
        if n in grown:
            found = sorted(set(found) | set(previous[n].get("names", [])))
        entries[n] = TableEntry(raw=fingerprints.get(n, ""), names=found)
    policy._add_names(itertools.chain.from_iterable(entries[n].names for n in todo))
    pairs = pairs_of(policy)

    # Kept frames: only under the same names, or names added whose words they do not hold.
    kept: dict[str, pd.DataFrame] = {}
    before = {tuple(p) for p in state.get("pairs", [])} if state else set()
    usable = bool(candidates) and usable
    added, removed = pairs - before, before - pairs
    added_words = {w for pair in added for w in pair}
    if usable and not removed:
        for n in candidates:
            loaded = store.frame(entries[n].__dict__) if store is not None else None
            if loaded is None:
                continue
            frame, vocab = loaded
            if added and _words_hit(vocab, added_words):
                continue
            kept[n] = frame
    for n in list(grown):
        if removed or (added and _words_hit(grown[n].vocab, added_words)):
            del grown[n]  # its kept rows may be masked otherwise now: prepared whole
            prepare(n)
            texts[n] = frame_texts(prepared[n])
    nothing_changed = (
        not todo and len(kept) == len(names) and not added and set(names) == set(previous)
    )
    if not nothing_changed and on_names_known is not None and not todo:
        on_names_known()
    for n in candidates:
        if n not in kept:
            prepare(n)
            texts[n] = frame_texts(prepared[n])
            entries[n].counts, entries[n].hash, entries[n].frame = [], None, None

    # Masking, in table order, as prepare_and_mask does (of a grown table, its new rows).
    order = [n for n in names if n in prepared or n in grown]
    version = policy.version
    masked = {n: policy.mask_frame(n, grown[n].new if n in grown else prepared[n]) for n in order}
    bumped = policy.version != version
    if bumped and (kept or grown):
        # A name first met while masking applies to every table: start again from scratch.
        raise _Restart
    if bumped:
        masked = {n: policy.mask_frame(n, df) for n, df in masked.items()}
    for n, g in grown.items():
        for column, kind, count in previous[n].get("counts", []):
            policy.counts[(n, column, kind)] += int(count)
        new_rows = masked[n]
        masked[n], positions = grown_rows._grown_frame(g, new_rows)
        infos[n] = g.info
        entries[n].hash = grown_rows._content_hash(masked[n], g.info, g, new_rows, positions)
        if g.kept_packed is not None:
            try:
                packed = grown_packed(g.kept_packed, new_rows, masked[n], positions)
            except Exception:  # noqa: BLE001 - only costs packing the whole frame
                packed = None
            if packed is not None:
                entries[n].packed, entries[n].packed_of = packed, masked[n]
                _remember_codes(masked[n], packed)
    for n, info in infos.items():
        if n not in grown:
            entries[n].hash = grown_rows._content_hash(masked[n], info)
    for n in order:
        entries[n].counts = _counts_of(policy, n)
        entries[n].rows = len(masked[n])
        entries[n].vocab = (
            _merged_vocabulary(grown[n].vocab, policy, texts[n])
            if n in grown
            else vocabulary(policy, texts[n])
        )
        entries[n].rows_info = infos.get(n)
    for n in kept:
        for column, kind, count in entries[n].counts:
            policy.counts[(n, column, kind)] += int(count)
    tables = {n: masked[n] if n in masked else kept[n] for n in names}
    return PreparedTables(
        tables=tables,
        entries=entries,
        reused=[n for n in names if n in kept],
        prepared=order,
        pairs=sorted([list(p) for p in pairs]),
        bumped=bumped,
        nothing_changed=nothing_changed,
        grown=sorted(grown),
    )


def _remember_codes(df: pd.DataFrame, packed: tuple[Any, ...]) -> None:
    """Give the Parquet writer the codes of ``df``'s text columns (not factorised again)."""
    from assets.publication.writers import remember_codes

    names, _, columns = packed
    remember_codes(
        df, {n: (c[1], c[2]) for n, c in zip(names, columns, strict=True) if c[0] == "codes"}
    )


class _Restart(Exception):
    """Kept frames cannot be used (a name first met while masking): prepare every table."""


def prepare_all_or_some(
    names: Sequence[str],
    fingerprints: Mapping[str, str],
    read: Callable[[str], pd.DataFrame],
    make_policy: Callable[[], PersonalDataPolicy],
    store: PublicationStore | None,
    state: Mapping[str, Any] | None,
    *,
    load_memo: Callable[[PersonalDataPolicy], None] | None = None,
    rows: RowSource | None = None,
) -> tuple[PreparedTables, PersonalDataPolicy]:
    """:func:`prepare_tables`, started again without the store when a kept frame cannot be
    used after all; returns the frames and the policy that masked them."""
    policy = make_policy()
    hook = (lambda: load_memo(policy)) if load_memo is not None else None
    try:
        return prepare_tables(
            names, fingerprints, read, policy, store, state, on_names_known=hook, rows=rows
        ), policy
    except _Restart:
        policy = make_policy()
        if load_memo is not None:
            load_memo(policy)
        return prepare_tables(names, fingerprints, read, policy, None, None, rows=rows), policy


def keep_memo_entries(policy: PersonalDataPolicy) -> None:
    """The masking memo keeps only what a run used: with kept frames, the texts of the tables
    not masked again would be dropped, so every entry is marked used."""
    memo = getattr(policy, "_memo", None)
    if memo is None:
        return
    memo.used |= set(memo.results)
    memo.learned_used |= set(memo.learned)


def entries_state(prepared: PreparedTables, hashes: Mapping[str, str]) -> dict[str, Any]:
    """The ``tables`` part of the state (frames written by the caller beforehand)."""
    out = {}
    for name, entry in prepared.entries.items():
        out[name] = {
            "raw": entry.raw,
            "names": entry.names,
            "counts": entry.counts,
            "hash": hashes.get(name, entry.hash),
            "rows": entry.rows,
            "frame": entry.frame,
        }
    return out
