"""Diagnostic inputs and outputs in the warehouse: what the rules read for one region (only
current questionnaire files), the thresholds from the settings, and the region-scoped writes of
the diagnostic tables (created or extended from the frame). No Dagster.
"""

import dataclasses
import hashlib
import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from assets.diagnostic.config import DiagnosticConfig
from assets.diagnostic.coverage import response_coverage
from assets.diagnostic.frames import _as_string, lever_frame
from assets.ingestion.submissions import current_questionnaire_files
from assets.resources import Settings, Warehouse


@dataclass
class DiagnosticInputs:
    """The warehouse tables the diagnostic reads, for one region."""

    levers: pd.DataFrame
    actions: pd.DataFrame
    responses: pd.DataFrame
    recipients: pd.DataFrame
    projects: pd.DataFrame
    contract_targets: pd.DataFrame
    # content hashes of the frames above, by name (``key_of``); shared by a run's copies
    keys: dict[str, str] = dataclasses.field(default_factory=dict, repr=False, compare=False)
    # frames derived from those above (``answered``), by name; shared by a run's copies
    derived: dict[object, object] = dataclasses.field(
        default_factory=dict, repr=False, compare=False
    )

    @classmethod
    def load(
        cls, warehouse: Warehouse, region: str, run_id: str | None = None
    ) -> "DiagnosticInputs":
        """Read the region's inputs; questionnaire rows only from the current files (the rule
        of ``questionnaire_responses``: a superseded answer never feeds a figure).

        With ``run_id``, the inputs are read once per run and each caller gets its own copy:
        every diagnostic asset runs after the steps that write these tables (they all depend
        on ``questionnaire_responses`` and the ingested tables), so within one run they
        cannot change, and the five assets of an incremental refresh read them once.
        """
        if run_id is None:
            return cls._read(warehouse, region)
        key = (os.path.realpath(warehouse.path), region, run_id)
        with _MEMO_LOCK:
            if _MEMO.get("key") != key:
                _MEMO.clear()
                _MEMO["key"], _MEMO["inputs"] = key, cls._read_lazily(warehouse, region)
            return _MEMO["inputs"].lazy_copy()

    def lazy_copy(self) -> "DiagnosticInputs":
        """:meth:`copy`, each frame copied when first read: an asset reads few of them (a
        refresh where nothing changed reads none: its keys are the run's). Only for inputs
        no one edits (the run's own, kept in ``_MEMO``), so a late copy is the same copy."""
        out = object.__new__(DiagnosticInputs)
        out.keys, out.derived = self.keys, self.derived
        out.__dict__["_origin"] = self
        return out

    def __getattr__(self, name: str) -> pd.DataFrame:
        # only for a frame not read yet from a :meth:`lazy_copy` (normal lookup failed)
        if name not in _FRAME_NAMES:
            raise AttributeError(name)
        reader = self.__dict__.get("_reader")
        if reader is not None:  # the run's own inputs, each frame read when first needed
            with _READ_LOCK:
                if name not in self.__dict__:
                    self.__dict__[name] = reader.frame(name)
            return self.__dict__[name]
        origin = self.__dict__.get("_origin")
        if origin is None:
            raise AttributeError(name)
        frame = getattr(origin, name).copy()
        setattr(self, name, frame)
        return frame

    def copy(self) -> "DiagnosticInputs":
        """Deep copies of the frames: a rule that edits its input cannot reach another. The
        content hashes are shared (the copies hold the same content)."""
        frames = {f.name: getattr(self, f.name).copy() for f in _FRAME_FIELDS}
        return DiagnosticInputs(**frames, keys=self.keys, derived=self.derived)

    def answered(self, region: str) -> pd.DataFrame | None:
        """The region's answered rows with their respondent key (``answered_rows``), computed
        once per run for every rule that reads them (families, state of play, themes,
        coverage: each recomputed them, ~0.2 s a time on 115 000 answers); a copy each call,
        ``None`` when the region has no answer row. Call before a rule may edit its frames."""
        from assets.diagnostic.frames import _region
        from assets.diagnostic.state_of_play import answered_rows

        name = ("answered", str(region))
        if name not in self.derived:
            responses = _region(self._unread("responses"), region)
            self.derived[name] = None if responses.empty else answered_rows(responses)
        rows = self.derived[name]
        return None if rows is None else rows.copy()

    def score_stats(self, region: str, config: DiagnosticConfig) -> pd.DataFrame | None:
        """The region's per-lever answer figures (``families._score_stats`` of
        :meth:`answered`), computed once per run: the families and the region's state of play
        computed them each from the same rows (~0.3 s a time on 115 000 answers). Keyed on the
        only settings they read; a copy each call, ``None`` when the region has no answer
        row. Call before a rule may edit its frames."""
        from assets.diagnostic.families import _score_stats

        name = ("score_stats", str(region), config.relevant_score_min, config.deploying_score_min)
        if name not in self.derived:
            self.answered(region)  # computed once, kept in ``derived``
            rows = self.derived[("answered", str(region))]
            self.derived[name] = None if rows is None else _score_stats(rows, config, answered=rows)
        stats = self.derived[name]
        return None if stats is None else stats.copy()

    def slice_keys(self, *names: str) -> dict[str, object]:
        """:class:`~assets.diagnostic.reuse.SliceKeys` of the named frames, built once per
        run (the state of play and the themes key the same départements' rows). Call before
        a rule may edit its frames."""
        return {name: self._slices(name) for name in names}

    def _slices(self, name: str) -> object:
        from assets.diagnostic.reuse import SliceKeys

        if ("slices", name) not in self.derived:
            # the run's own frame (shared by the copies, never edited), not this copy's
            origin = self.__dict__.get("_origin")
            frame = origin._unread(name) if origin is not None else self._unread(name)
            self.derived[("slices", name)] = SliceKeys(frame)
        return self.derived[("slices", name)]

    def key_of(self, *names: str) -> dict[str, str]:
        """Content hashes of the named frames (computed once per run: ``reuse.frame_key``).
        Call before a rule may edit its frames.

        A frame whose département rows are keyed too (:data:`_SLICED`, :meth:`slice_keys`)
        is hashed from its :class:`~assets.diagnostic.reuse.SliceKeys`, as the subset of all
        its rows (the same key, ``SliceKeys.key``): its text columns are factorised once per
        run for both (~0.15 s of a refresh where the answers changed)."""
        from assets.diagnostic.reuse import frame_key

        computed = []
        for name in names:
            if name not in self.keys:
                if name in _SLICED:
                    slices = self._slices(name)
                    self.keys[name] = slices.key(np.arange(len(slices.df)))
                else:
                    self.keys[name] = frame_key(self._unread(name))
                computed.append(name)
        origin = self.__dict__.get("_origin", self)
        reader = origin.__dict__.get("_reader")
        if computed and reader is not None:
            reader.remember({name: self.keys[name] for name in computed})
        return {name: self.keys[name] for name in names}

    def _unread(self, name: str) -> pd.DataFrame:
        """Frame ``name`` for reading only: the run's own when this lazy copy has not copied
        it yet (the same content, without a copy), else this copy's."""
        origin = self.__dict__.get("_origin")
        if origin is not None and name not in self.__dict__:
            return origin._unread(name)
        return getattr(self, name)

    @classmethod
    def _read_lazily(cls, warehouse: Warehouse, region: str) -> "DiagnosticInputs":
        """The run's inputs, each frame read from the warehouse when first needed, with the
        content hashes of the frames whose warehouse rows are those they were last hashed
        from (:class:`_LazyReader`): a refresh where nothing changed keeps every table
        without reading or hashing its ~115 000 answers (~0.8 s on a large region)."""
        reader = _LazyReader(warehouse, region)
        inputs = object.__new__(cls)
        inputs.keys, inputs.derived = reader.known_keys(), {}
        inputs.__dict__["_reader"] = reader
        return inputs

    @classmethod
    def _read(cls, warehouse: Warehouse, region: str) -> "DiagnosticInputs":
        with warehouse.connect() as con:
            current = current_questionnaire_files(con, region)
        return cls(
            **{f.name: _read_frame(warehouse, region, f.name, current) for f in _FRAME_FIELDS}
        )


def _read_frame(
    warehouse: Warehouse, region: str, name: str, current: dict[str, str | None]
) -> pd.DataFrame:
    """One input frame of the region as the rules read it (see :meth:`DiagnosticInputs.load`)."""
    if name == "levers":
        frame = lever_frame()
    else:
        frame = warehouse.read_table(_SOURCE_TABLES[name], region)
        if name == "recipients":
            frame = frame.drop(columns=["contact_email"], errors="ignore")
        elif name in _FROM_CURRENT_FILES:
            frame = _current(frame, current)
    # one block per dtype once, here: DuckDB gives a block per column, and every copy
    # (each asset's :meth:`lazy_copy`, the rules' own) merged them again (~0.1 s a
    # copy of 115 000 answers); the values, dtypes and column order are unchanged
    frame._consolidate_inplace()
    return frame


# the warehouse table each input frame is read from (``levers``: the reference, in code)
_SOURCE_TABLES = {
    "actions": "actions",
    "responses": "questionnaire_responses",
    "recipients": "recipients",
    "projects": "questionnaire_projects",
    "contract_targets": "contract_targets",
}
# frames keeping only the rows of the current questionnaire files
_FROM_CURRENT_FILES = frozenset({"responses", "projects"})

INPUT_KEYS_TABLE = "diagnostic_input_keys"
_INPUT_KEYS_DDL = (
    f"CREATE TABLE IF NOT EXISTS {INPUT_KEYS_TABLE} (region_code VARCHAR, frame_name VARCHAR, "
    "source_key VARCHAR, frame_key VARCHAR)"
)


@lru_cache(maxsize=1)
def _read_code_version() -> str:
    """What a frame is derived from besides its rows: the diagnostic code and ``sources/``
    (``reuse.code_version``, with pandas and numpy), the warehouse reads and the current
    files rule (``resources``, ``submissions``) and DuckDB's version (its pandas types)."""
    from importlib.metadata import version

    from assets.diagnostic.reuse import code_version

    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(code_version().encode())
    for path in (root / "resources.py", root / "ingestion" / "submissions.py"):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    digest.update(f"duckdb={version('duckdb')}".encode())
    return digest.hexdigest()


def source_keys(
    con: duckdb.DuckDBPyConnection, region: str, current: dict[str, str | None]
) -> dict[str, str]:
    """A key of what each input frame (but ``levers``) is read from, computed by DuckDB
    without moving rows to Python: the table's columns and types, the region's row count and
    the sum of hashes of (rowid, row) — the same rows in the same places read back as the
    same frame, in the same order —, the current questionnaire files for the frames filtered
    on them, and the code (:func:`_read_code_version`). A table absent has its own key."""
    from assets.resources import TABLE_COLUMNS

    code = _read_code_version()
    files = repr(sorted(current.items())).encode()
    keys: dict[str, str] = {}
    # the columns of the five tables in one catalogue query (~10 ms each)
    tables = sorted(set(_SOURCE_TABLES.values()))
    columns: dict[str, list[tuple[str, str]]] = {table: [] for table in tables}
    for table, column, data_type in con.execute(
        "SELECT table_name, column_name, data_type FROM duckdb_columns() WHERE table_name IN "
        f"({', '.join('?' for _ in tables)}) AND NOT internal ORDER BY table_name, column_index",
        tables,
    ).fetchall():
        columns[table].append((column, data_type))
    for name, table in _SOURCE_TABLES.items():
        described = columns[table]
        digest = hashlib.sha256(f"{code}\0{name}\0{table}\0{region}\0".encode())
        digest.update(repr(described).encode())
        if described:
            where, params = "", []
            if "region_code" in TABLE_COLUMNS[table]:
                where, params = " WHERE region_code = ?", [region]
            n, total = con.execute(
                f"SELECT count(*), coalesce(sum(hash(rowid, t)::HUGEINT), 0) "
                f"FROM {table} AS t{where}",
                params,
            ).fetchone()
            digest.update(f"|{n}|{total}".encode())
        if name in _FROM_CURRENT_FILES:
            digest.update(b"|current|" + files)
        keys[name] = digest.hexdigest()
    return keys


class _LazyReader:
    """Reads the run's input frames when first needed, and knows the content hash
    (``reuse.frame_key``) of a frame whose source rows have the key they had when it was
    last hashed (``diagnostic_input_keys``): a kept table is recognised from its inputs'
    hashes without reading them. Any error: nothing known, every frame read and hashed."""

    def __init__(self, warehouse: Warehouse, region: str) -> None:
        self.warehouse, self.region = warehouse, region
        with warehouse.connect() as con:
            self.current = current_questionnaire_files(con, region)
            try:
                self.sources = source_keys(con, region, self.current)
                con.execute(_INPUT_KEYS_DDL)
                rows = con.execute(
                    f"SELECT frame_name, source_key, frame_key FROM {INPUT_KEYS_TABLE} "
                    "WHERE region_code = ?",
                    [region],
                ).fetchall()
            except Exception:  # noqa: BLE001 - an optimisation, never a failure
                self.sources, rows = {}, []
        self.known = {
            name: frame
            for name, source, frame in rows
            if name in self.sources and self.sources[name] == source
        }

    def known_keys(self) -> dict[str, str]:
        return dict(self.known)

    def frame(self, name: str) -> pd.DataFrame:
        return _read_frame(self.warehouse, self.region, name, self.current)

    def remember(self, keys: dict[str, str]) -> None:
        """Record the content hashes just computed, with the key of their source rows."""
        names = [n for n in keys if n in self.sources and self.known.get(n) != keys[n]]
        if not names:
            return
        try:
            with self.warehouse.connect() as con:
                con.execute(_INPUT_KEYS_DDL)
                for name in names:
                    con.execute(
                        f"DELETE FROM {INPUT_KEYS_TABLE} WHERE region_code = ? AND frame_name = ?",
                        [self.region, name],
                    )
                    con.execute(
                        f"INSERT INTO {INPUT_KEYS_TABLE} VALUES (?, ?, ?, ?)",
                        [self.region, name, self.sources[name], keys[name]],
                    )
                    self.known[name] = keys[name]
        except Exception:  # noqa: BLE001 - an optimisation, never a failure
            pass


_FRAME_FIELDS = [
    f for f in dataclasses.fields(DiagnosticInputs) if f.name not in ("keys", "derived")
]
_FRAME_NAMES = frozenset(f.name for f in _FRAME_FIELDS)
# frames whose département rows the state of play and the themes key (``slice_keys``)
_SLICED = frozenset({"recipients", "responses", "actions", "projects", "contract_targets"})

# The inputs of the current run (one entry: a region's frames hold ~100 MB at most).
_MEMO: dict[str, object] = {}
_MEMO_LOCK = threading.Lock()
# the run's frames read when first needed (``_LazyReader``), once
_READ_LOCK = threading.RLock()


def forget_run_inputs() -> None:
    """Drop the inputs kept for the last run (called when a refresh ends)."""
    with _MEMO_LOCK:
        _MEMO.clear()


def _current(df: pd.DataFrame, current: dict[str, str | None]) -> pd.DataFrame:
    """Rows of ``df`` that come from a current questionnaire file, with the file's resolved
    SIREN when the row has none (so a project and its answer name the same authority)."""
    if df.empty or "source_sha256" not in df.columns:
        return df
    out = df[df["source_sha256"].isin(list(current))].reset_index(drop=True)
    if "siren" in out.columns:
        resolved = out["source_sha256"].map(current)
        # the stripped text once per distinct SIREN (the same values as a strip of every row)
        has = out["siren"].notna() & _as_string(out["siren"], strip=True).ne("")
        out["siren"] = out["siren"].where(has, resolved)
    return out


def diagnostic_config(settings: Settings) -> DiagnosticConfig:
    """Thresholds from the settings resource; the other knobs keep their published defaults."""
    return DiagnosticConfig(
        family_relevance_threshold=settings.family_relevance_threshold,
        family_deployment_threshold=settings.family_deployment_threshold,
        min_themes=settings.min_themes,
        max_themes=settings.max_themes,
    )


def _duck_type(series: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(series):
        return "BOOLEAN"
    if pd.api.types.is_integer_dtype(series):
        return "BIGINT"
    if pd.api.types.is_float_dtype(series):
        return "DOUBLE"
    if pd.api.types.is_datetime64_any_dtype(series):
        return "TIMESTAMP"
    sample = series.dropna()
    if not sample.empty and isinstance(sample.iloc[0], list | tuple):
        return "VARCHAR[]"
    return "VARCHAR"


def _normalise_for_duckdb(df: pd.DataFrame) -> pd.DataFrame:
    """Dicts become JSON text; tuples become lists, so every table has stable column types."""
    import json

    out = df.copy()
    for column in out.columns:
        if out[column].dtype == object:
            sample = out[column].dropna()
            if not sample.empty and isinstance(sample.iloc[0], dict):
                out[column] = out[column].map(
                    lambda v: (
                        json.dumps(v, ensure_ascii=False, default=str) if isinstance(v, dict) else v
                    )
                )
            elif not sample.empty and isinstance(sample.iloc[0], tuple):
                out[column] = out[column].map(lambda v: list(v) if isinstance(v, tuple) else v)
    return out


def write_region_table(
    con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame, region: str
) -> int:
    """Replace one region's rows of a diagnostic table (created/extended from the frame)."""
    df = _normalise_for_duckdb(df)
    exists = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [table]
    ).fetchone()[0]
    con.execute("BEGIN TRANSACTION")
    try:
        if not exists:
            columns = ", ".join(f'"{c}" {_duck_type(df[c])}' for c in df.columns)
            con.execute(f"CREATE TABLE {table} ({columns})")
        else:
            have = {
                r[0]
                for r in con.execute(
                    "SELECT column_name FROM duckdb_columns() WHERE table_name = ? AND NOT internal",
                    [table],
                ).fetchall()
            }
            for column in df.columns:
                if column not in have:
                    con.execute(
                        f'ALTER TABLE {table} ADD COLUMN "{column}" {_duck_type(df[column])}'
                    )
        con.execute(f"DELETE FROM {table} WHERE region_code = ?", [region])
        if not df.empty:
            con.register("_frame", df)
            cols = ", ".join(f'"{c}"' for c in df.columns)
            con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _frame")
            con.unregister("_frame")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return len(df)


def _store(warehouse: Warehouse, table: str, df: pd.DataFrame, region: str) -> None:
    with warehouse.connect() as con:
        write_region_table(con, table, df, region)


def _coverage(region: str, inputs: DiagnosticInputs) -> pd.DataFrame:
    """Response coverage as published (``response_coverage``) and shown by the synthesis."""
    from sources.reference import departement_by_code

    return response_coverage(
        region,
        inputs.recipients,
        inputs.responses,
        department_names={code: d.name for code, d in departement_by_code().items()},
        answered=inputs.answered(region),
    )
