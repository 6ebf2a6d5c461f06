"""Dagster resources: run settings and the DuckDB warehouse (row writes and schema upkeep in
``assets.warehouse.tables``).

The classes live here (``assets`` uses them); ``pipelines.resources`` builds them from the
environment, so nothing else reads ``os.environ``.
"""

from __future__ import annotations

import functools
import inspect
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd
from filelock import FileLock

from assets.warehouse.schema import SCHEMA_SQL, TABLE_COLUMNS
from assets.warehouse.tables import _migrate, _remember_schema, _schema_known

# Every asset that writes to DuckDB runs in this pool (one writer at a time) and holds the
# warehouse's writer lock for its whole step (``writer_step``).
WRITER_POOL = "duckdb_writer"
# Debug lines around a writing step's turn: stewards see the wait, tests read the intervals.
WRITER_TURN_TAKEN = "tour d'écriture DuckDB obtenu"
WRITER_TURN_GIVEN = "tour d'écriture DuckDB rendu"

_LOCK_MARKERS = ("could not set lock", "conflicting lock", "database is locked")


def _table_exists(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    return bool(
        con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [table]
        ).fetchone()[0]
    )


class Settings(dg.ConfigurableResource):
    """Where files come from and go to, and the knobs of the diagnostic."""

    inbox: str = "data/inbox"
    outputs: str = "outputs"
    quarantine: str = "data/quarantine"
    workers: int = 2
    # Refresh guard (assets.ingestion.guard): more removed files than this share stops the refresh.
    max_removal_share: float = 0.20
    # Older publications kept outside outputs/<region>/ (assets.publication.history).
    publication_history: str = "data/publications"
    keep_publications: int = 5
    # Diagnostic thresholds and weights (see assets.diagnostic.config.DiagnosticConfig).
    family_relevance_threshold: float = 2.5
    family_deployment_threshold: float = 1.5
    min_themes: int = 5
    max_themes: int = 10
    # Resource limits on each inbox file (sources.limits; README « Resource limits »).
    max_file_mb: int = 200
    pdf_max_inflated_mb: int = 512
    pdf_max_pages: int = 2_000
    pdf_max_words_per_page: int = 20_000
    csv_max_rows: int = 500_000
    csv_max_cells: int = 10_000_000

    def resource_limits(self):  # noqa: ANN201 - sources.limits.ResourceLimits
        """The limits each worker applies to the file it reads."""
        from sources.limits import ResourceLimits

        return ResourceLimits(
            max_file_mb=self.max_file_mb,
            pdf_max_inflated_mb=self.pdf_max_inflated_mb,
            pdf_max_pages=self.pdf_max_pages,
            pdf_max_words_per_page=self.pdf_max_words_per_page,
            csv_max_rows=self.csv_max_rows,
            csv_max_cells=self.csv_max_cells,
        )

    def inbox_path(self, region_code: str | None = None) -> Path:
        base = Path(self.inbox)
        return base / region_code if region_code else base

    def outputs_path(self) -> Path:
        return Path(self.outputs)

    def quarantine_path(self, region_code: str) -> Path:
        return Path(self.quarantine) / region_code


@dataclass
class _Shared:
    """The connection a :meth:`Warehouse.session` keeps open, and how many sessions use it."""

    con: duckdb.DuckDBPyConnection
    depth: int = 1


# Open sessions by (process, real path): a forked child never uses its parent's connection.
_SESSIONS: dict[tuple[int, str], _Shared] = {}
_SESSIONS_LOCK = threading.Lock()


def _session_key(path: str) -> tuple[int, str]:
    return (os.getpid(), os.path.realpath(path))


class Warehouse(dg.ConfigurableResource):
    """The embedded DuckDB warehouse. One writer at a time: callers hold a connection briefly.

    DuckDB allows a single read-write process per file; a concurrent writer gets a lock error,
    which :meth:`connect` retries for ``lock_timeout_s`` instead of failing the run.
    """

    path: str = "data/warehouse.duckdb"
    lock_timeout_s: float = 120.0

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection to the warehouse, closed on exit (a cursor of the shared one inside
        :meth:`session`)."""
        shared = _SESSIONS.get(_session_key(self.path)) if _SESSIONS else None
        if shared is not None:
            cursor = shared.con.cursor()
            try:
                yield cursor
            finally:
                cursor.close()
            return
        con = self._open(read_only)
        try:
            yield con
        finally:
            con.close()

    def _open(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        """Open the file (retrying while another process holds it), schema ensured."""
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + self.lock_timeout_s
        delay = 0.05
        while True:
            try:
                con = duckdb.connect(self.path, read_only=read_only and Path(self.path).exists())
                break
            except duckdb.IOException as exc:  # another process holds the file
                if not any(m in str(exc).lower() for m in _LOCK_MARKERS):
                    raise
                if time.monotonic() > deadline:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 1.0)
        try:
            if not read_only and not _schema_known(self.path, con):
                con.execute(SCHEMA_SQL)
                _migrate(con)
                _remember_schema(self.path)
        except BaseException:
            con.close()
            raise
        return con

    @contextmanager
    def session(self) -> Iterator[None]:
        """Keep the file open while the block runs; every :meth:`connect` inside gets a cursor.

        Opening the file costs tens of milliseconds (catalogue, write-ahead log) and closing it
        after a write checkpoints; a refresh connects a few hundred times. Only for in-process
        runs (``copdiag refresh``): a Dagster step process holding the file for its whole step
        would lock out the steps running beside it. Nested sessions share the connection.
        """
        key = _session_key(self.path)
        with _SESSIONS_LOCK:
            shared = _SESSIONS.get(key)
            if shared is not None:
                shared.depth += 1
        if shared is None:
            shared = _Shared(self._open(read_only=False))
            with _SESSIONS_LOCK:
                _SESSIONS[key] = shared
        try:
            yield
        finally:
            with _SESSIONS_LOCK:
                shared.depth -= 1
                last = shared.depth == 0
                if last:
                    _SESSIONS.pop(key, None)
            if last:
                shared.con.close()

    def ensure_schema(self) -> None:
        """Create missing tables and add missing columns (idempotent)."""
        with self.connect():
            pass

    def read_table(self, table: str, region_code: str | None = None) -> pd.DataFrame:
        """A whole table (or one region of it) as a DataFrame."""
        if table not in TABLE_COLUMNS:
            raise ValueError(f"unknown table {table!r}")
        with self.connect() as con:
            # the table is read straight away, an absent one (a catalogue error, before any
            # row is read) gives the empty frame: asking the catalogue first cost ~5 ms a read
            try:
                if region_code is not None and "region_code" in TABLE_COLUMNS[table]:
                    return con.execute(
                        f"SELECT * FROM {table} WHERE region_code = ?", [region_code]
                    ).df()
                return con.execute(f"SELECT * FROM {table}").df()
            except duckdb.CatalogException:
                if _table_exists(con, table):
                    raise  # another catalogue error (a column gone…): not an absent table
                return pd.DataFrame(columns=TABLE_COLUMNS[table])

    def query_df(self, sql: str, params: Sequence[object] | None = None) -> pd.DataFrame:
        with self.connect() as con:
            return con.execute(sql, list(params or [])).df()


def writer_lock_path(warehouse_path: str) -> Path:
    """The lock file beside the warehouse that writing steps take turns on."""
    path = Path(warehouse_path)
    return path.with_name(path.name + ".writer.lock")


@contextmanager
def writer_turn(context: dg.AssetExecutionContext, warehouse: Warehouse) -> Iterator[None]:
    """Hold the warehouse's writer lock (an OS file lock, freed if the process dies).

    The ``duckdb_writer`` pool already queues writing steps, but on the default SQLite run
    storage two processes can claim its one slot in the same instant (the claim is a select then
    an update; Dagster runs its own pool tests on Postgres only, dagster-io/dagster#14644). The
    file lock makes the turn real on any storage: one writing step at a time per warehouse file.
    """
    lock_path = writer_lock_path(warehouse.path)
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(lock_path), is_singleton=True)
    asked = time.monotonic()
    with lock:
        waited = time.monotonic() - asked
        context.log.debug(f"{WRITER_TURN_TAKEN} (attente {waited:.1f} s)")
        if waited >= 1.0:
            context.log.info(
                f"écriture DuckDB : {waited:.0f} s d'attente, une autre étape écrivait"
            )
        try:
            yield
        finally:
            context.log.debug(WRITER_TURN_GIVEN)


def writer_step(fn: Callable) -> Callable:
    """Run a writing asset's body inside :func:`writer_turn` (generator bodies too).

    The wrapper carries the body's signature with its annotations resolved: Dagster checks the
    ``context`` annotation and reads resource parameters off it.
    """
    signature = inspect.signature(fn, eval_str=True)

    def turn(args: tuple, kwargs: dict) -> AbstractContextManager[None]:
        bound = signature.bind_partial(*args, **kwargs).arguments
        return writer_turn(bound["context"], bound["warehouse"])

    if inspect.isgeneratorfunction(fn):

        @functools.wraps(fn)
        def generator(*args, **kwargs):
            with turn(args, kwargs):
                yield from fn(*args, **kwargs)

        generator.__signature__ = signature
        return generator

    @functools.wraps(fn)
    def plain(*args, **kwargs):
        with turn(args, kwargs):
            return fn(*args, **kwargs)

    plain.__signature__ = signature
    return plain
