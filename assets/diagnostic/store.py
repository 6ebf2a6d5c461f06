"""Diagnostic inputs and outputs in the warehouse: what the rules read for one region (only
current questionnaire files), the thresholds from the settings, and the region-scoped writes of
the diagnostic tables (created or extended from the frame). No Dagster.
"""

import dataclasses
import hashlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from assets.diagnostic.config import DiagnosticConfig
from assets.diagnostic.coverage import response_coverage
from assets.diagnostic.frames import _as_string, lever_frame, share
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

        With ``run_id``, the inputs are read once per run and every caller shares them (no
        rule edits its inputs, ``tests/assets/diagnostic/test_shared_inputs.py``; a copy of
        the ~115 000 answers per asset cost ~0.1 s):
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
        """A view of the run's inputs (kept in ``_MEMO``): each frame read when first asked,
        the run's own frame, not a copy (no rule edits its inputs: ``frames.share``); an asset
        reads few of them (a refresh where nothing changed reads none: its keys are the
        run's)."""
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
        # the run's own frame, not a copy: no rule edits its inputs (``frames.share``)
        frame = getattr(origin, name)
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
        coverage: each recomputed them, ~0.2 s a time on 115 000 answers); the same frame each
        call (no rule edits it: ``frames.share``), ``None`` when the region has no answer row."""
        from assets.diagnostic.frames import _region
        from assets.diagnostic.state_of_play import answered_rows

        name = ("answered", str(region))
        if name not in self.derived:
            responses = _region(self._unread("responses"), region)
            rows = None if responses.empty else answered_rows(responses)
            self.derived[name] = rows if rows is None else share(rows)
        return self.derived[name]

    def score_stats(self, region: str, config: DiagnosticConfig) -> pd.DataFrame | None:
        """The region's per-lever answer figures (``families._score_stats`` of
        :meth:`answered`), computed once per run: the families and the region's state of play
        computed them each from the same rows (~0.3 s a time on 115 000 answers). Keyed on the
        only settings they read; the same frame each call (``frames.share``), ``None`` when the
        region has no answer row."""
        from assets.diagnostic.families import _score_stats

        name = ("score_stats", str(region), config.relevant_score_min, config.deploying_score_min)
        if name not in self.derived:
            self.answered(region)  # computed once, kept in ``derived``
            rows = self.derived[("answered", str(region))]
            self.derived[name] = (
                None if rows is None else share(_score_stats(rows, config, answered=rows))
            )
        return self.derived[name]

    def slice_keys(self, *names: str) -> dict[str, object]:
        """:class:`~assets.diagnostic.reuse.SliceKeys` of the named frames, built once per
        run (the state of play and the themes key the same départements' rows). Call before
        a rule may edit its frames."""
        return {name: self._slices(name) for name in names}

    def _slices(self, name: str) -> object:
        from assets.diagnostic.reuse import SliceKeys

        if ("slices", name) not in self.derived:
            # the run's own frame (shared by the copies, never edited), not this copy's
            origin = self.__dict__.get("_origin", self)
            reader = origin.__dict__.get("_reader")
            # keys summed by DuckDB from the warehouse rows (no frame read nor hashed in
            # pandas: ~3 s of a refresh after one questionnaire on a large region), else
            # the frame's own (no reader, a table absent, a département code with spaces)
            keys = None
            if reader is not None:
                keys = reader.slice_keys(name, lambda: origin._unread(name))
            self.derived[("slices", name)] = (
                keys if keys is not None else SliceKeys(origin._unread(name))
            )
        return self.derived[("slices", name)]

    def key_of(self, *names: str) -> dict[str, str]:
        """Content hashes of the named frames (computed once per run: ``reuse.frame_key``).
        Call before a rule may edit its frames.

        A frame whose département rows are keyed too (:data:`_SLICED`, :meth:`slice_keys`)
        takes its key from those: summed by DuckDB (:class:`SqlSliceKeys`, not the
        ``frame_key`` bytes: ~3 s less after one new questionnaire on a large region), or
        hashed from its :class:`~assets.diagnostic.reuse.SliceKeys` without a warehouse."""
        from assets.diagnostic.reuse import frame_key

        computed = []
        for name in names:
            if name not in self.keys:
                if name in _SLICED:
                    self.keys[name] = self._slices(name).whole_key()
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
        frame = _read_table(warehouse, _SOURCE_TABLES[name], region)
        if name == "recipients":
            frame = frame.drop(columns=["contact_email"], errors="ignore")
        elif name in _FROM_CURRENT_FILES:
            frame = _current(frame, current)
    # one block per dtype once, here: DuckDB gives a block per column, and every copy
    # (each asset's :meth:`lazy_copy`, the rules' own) merged them again (~0.1 s a
    # copy of 115 000 answers); the values, dtypes and column order are unchanged
    frame._consolidate_inplace()
    return frame


def _read_table(warehouse: Warehouse, table: str, region: str) -> pd.DataFrame:
    """``warehouse.read_table(table, region)``, the same frame (columns, dtypes, cells) read
    through Arrow: DuckDB's own pandas conversion took ~0.4 s of the ~115 000 answers of a
    large region, Arrow ~0.15 s. A column type without a known conversion, or any error (a
    table absent…), falls back to ``read_table``."""
    from assets.resources import TABLE_COLUMNS

    if table not in TABLE_COLUMNS:
        return warehouse.read_table(table, region)
    sql, params = f"SELECT * FROM {table}", []
    if "region_code" in TABLE_COLUMNS[table]:
        sql, params = sql + " WHERE region_code = ?", [region]
    try:
        with warehouse.connect() as con:
            arrow = con.sql(sql, params=params).to_arrow_table()
        frame = _pandas_like_duckdb(arrow)
    except Exception:  # noqa: BLE001 - the plain read decides (and raises its own errors)
        frame = None
    return warehouse.read_table(table, region) if frame is None else frame


def _pandas_like_duckdb(arrow: pa.Table) -> pd.DataFrame | None:
    """The frame DuckDB's ``.df()`` gives for these rows: integers and booleans as numpy
    arrays, nullable (``Int32``, ``boolean``) when the column holds a null; dates as
    ``datetime64[us]``; text as ``str``/``None`` objects; lists as object arrays, ``<NA>`` when
    null. ``None`` for any other column type (the caller reads through DuckDB then)."""
    columns: dict[str, object] = {}
    for field, column in zip(arrow.schema, arrow.columns, strict=True):
        kind = field.type
        if pa.types.is_signed_integer(kind) or pa.types.is_boolean(kind):
            if column.null_count:
                values: object = _NULLABLE[str(kind)].__from_arrow__(column)
            else:
                values = column.to_numpy()
        elif pa.types.is_float64(kind):
            values = column.to_numpy()
        elif pa.types.is_date32(kind):
            values = column.cast(pa.timestamp("us")).to_pandas().to_numpy()
        elif pa.types.is_string(kind) or pa.types.is_large_string(kind):
            values = column.to_pandas().to_numpy(dtype=object)
        elif pa.types.is_list(kind) and pa.types.is_string(kind.value_type):
            values = column.to_pandas().to_numpy(dtype=object)
            values[pd.isna(values)] = pd.NA
        else:
            return None
        if field.name in columns:
            return None
        columns[field.name] = values
    return pd.DataFrame(columns, index=pd.RangeIndex(arrow.num_rows))


# DuckDB's pandas dtype of an integer or boolean column holding a null
_NULLABLE = {
    "int8": pd.Int8Dtype(), "int16": pd.Int16Dtype(), "int32": pd.Int32Dtype(),
    "int64": pd.Int64Dtype(), "bool": pd.BooleanDtype(),
}  # fmt: skip

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
        # shared by the run's assets as it is (``frames.share``): no rule edits its inputs
        return share(_read_frame(self.warehouse, self.region, name, self.current))

    def slice_keys(self, name: str, frame: Callable[[], pd.DataFrame]) -> "SqlSliceKeys | None":
        """:class:`SqlSliceKeys` of frame ``name`` (read by ``frame`` only for its dtypes,
        when a département's key is asked); ``None`` when DuckDB cannot give them."""
        if name not in _SOURCE_TABLES:
            return None
        try:
            with self.warehouse.connect() as con:
                return sql_slice_keys(con, self.region, name, self.current, frame)
        except Exception:  # noqa: BLE001 - the frame's own keys instead
            return None

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


class SqlSliceKeys:
    """Content keys of an input frame and of its département slices, summed by DuckDB over
    the warehouse rows the frame is read from (:func:`sql_slice_keys`), in place of
    :class:`~assets.diagnostic.reuse.SliceKeys` (the same interface: ``whole_key`` and
    ``of_department``). Each row is hashed with its rank (in storage order, the order the
    frame reads them) among the frame's rows for the whole key, among its département's rows
    for a département's key: a changed, added, removed or moved row changes the key of the
    frame and of its département only. A département's key also holds the frame's pandas
    dtypes (an integer column with one missing value elsewhere reads as floats everywhere),
    taken from the frame itself when first asked (it is read by then)."""

    def __init__(
        self,
        head: bytes,
        whole: tuple[int, int, int],
        groups: dict[str, tuple[int, int, int]],
        frame: Callable[[], pd.DataFrame],
    ) -> None:
        self.head, self.whole, self.groups, self._frame = head, whole, groups, frame
        self._signature: bytes | None = None

    def whole_key(self) -> str:
        digest = hashlib.sha256(b"sql-frame\0" + self.head)
        digest.update(repr(self.whole).encode())
        return digest.hexdigest()

    def of_department(self, dept: str, positions: Callable[[], np.ndarray]) -> str:
        """The key of the frame's rows whose ``department_code`` is ``dept`` (``positions``
        unused: the rows are known to DuckDB)."""
        if self._signature is None:
            df = self._frame()
            self._signature = repr([(str(c), str(df[c].dtype)) for c in df.columns]).encode()
        digest = hashlib.sha256(b"sql-slice\0" + self.head + b"\0" + self._signature + b"\0")
        digest.update(dept.encode("utf-8", "surrogatepass") + b"\0")
        digest.update(repr(self.groups.get(dept, (0, 0, 0))).encode())
        return digest.hexdigest()


def sql_slice_keys(
    con: duckdb.DuckDBPyConnection,
    region: str,
    name: str,
    current: dict[str, str | None],
    frame: Callable[[], pd.DataFrame],
) -> SqlSliceKeys | None:
    """:class:`SqlSliceKeys` of input frame ``name`` of ``region`` (``_read_frame``'s rows:
    the region's, those of a current questionnaire file with the SIREN resolved from it,
    ``contact_email`` left out); ``None`` when a département code is not its own stripped
    text (the rules' slices strip it, the SQL groups do not) or the table is absent."""
    from assets.resources import TABLE_COLUMNS

    table = _SOURCE_TABLES[name]
    described = con.execute(
        "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? "
        "AND NOT internal ORDER BY column_index",
        [table],
    ).fetchall()
    if not described:
        return None
    columns = [c for c, _ in described if not (name == "recipients" and c == "contact_email")]
    names = {c for c, _ in described}
    hashed = [f't."{c}"' for c in columns]
    join, params = "", []
    if name in _FROM_CURRENT_FILES and "source_sha256" in names:
        # the frame's rows: those of a current file, each with the SIREN its file resolves
        con.register(
            "_copdiag_current",
            pd.DataFrame(
                {"sha": pd.Series(list(current), dtype=object),
                 "resolved": pd.Series(list(current.values()), dtype=object)}
            ),
        )  # fmt: skip
        join = " JOIN (SELECT sha::VARCHAR AS sha, resolved::VARCHAR AS resolved FROM "
        join += "_copdiag_current) AS cur ON t.source_sha256 = cur.sha"
        hashed.append("cur.resolved")
    where = ""
    if "region_code" in TABLE_COLUMNS[table]:
        where, params = " WHERE t.region_code = ?", [region]
    dept = 't."department_code"::VARCHAR' if "department_code" in names else "NULL::VARCHAR"
    try:
        rows = con.execute(
            f"WITH base AS (SELECT t.rowid AS _rid, {dept} AS _dept, hash({', '.join(hashed)}) "
            f"AS _h FROM {table} AS t{join}{where}), ranked AS (SELECT _dept, _h, "
            "row_number() OVER (ORDER BY _rid) AS _g, "
            "row_number() OVER (PARTITION BY _dept ORDER BY _rid) AS _d FROM base) "
            "SELECT _dept, count(*), sum(hash(_g, _h)::HUGEINT), bit_xor(hash(_h, _g, 7)), "
            "sum(hash(_d, _h)::HUGEINT), bit_xor(hash(_h, _d, 7)) FROM ranked GROUP BY _dept",
            params,
        ).fetchall()
    finally:
        if join:
            con.unregister("_copdiag_current")
    groups: dict[str, tuple[int, int, int]] = {}
    n = total = mixed = 0
    for value, count, g_sum, g_xor, d_sum, d_xor in rows:
        n, total, mixed = n + int(count), total + int(g_sum), mixed ^ int(g_xor)
        if value is None:
            continue
        if value != value.strip():
            return None  # the rules' département (stripped) is not this group
        groups[value] = (int(count), int(d_sum), int(d_xor))
    head = f"{_read_code_version()}\0{name}\0{table}\0{region}\0{described!r}".encode()
    return SqlSliceKeys(head, (n, total, mixed), groups, frame)


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
