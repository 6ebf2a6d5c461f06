"""DuckDB warehouse writes and schema upkeep: row inserts by column name, region-scoped
replacement in one transaction, and the per-file schema creation/migration cache used by
:meth:`assets.resources.Warehouse.connect`. No Dagster."""

from __future__ import annotations

import os

import duckdb
import pandas as pd

from assets.warehouse.schema import TABLE_COLUMNS


def insert_frame(con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame) -> int:
    """Insert ``df`` into ``table`` by column name; columns the table lacks are ignored."""
    if df is None or df.empty:
        return 0
    cols = [c for c in TABLE_COLUMNS[table] if c in df.columns]
    frame = df[cols]
    con.register("_incoming", frame)
    try:
        col_list = ", ".join(f'"{c}"' for c in cols)
        con.execute(f"INSERT INTO {table} ({col_list}) SELECT {col_list} FROM _incoming")
    finally:
        con.unregister("_incoming")
    return len(frame)


def replace_rows(
    con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame, where: str, params: list
) -> int:
    """Delete the rows matching ``where`` then insert ``df``, in one transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f"DELETE FROM {table} WHERE {where}", params)
        n = insert_frame(con, table, df)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return n


# Warehouse files whose schema this process already created/migrated, by (device, inode):
# creating and migrating cost two thirds of a connection, and a refresh opens ~150 of them.
# A file replaced or recreated at the same path gets another inode and is checked again.
_SCHEMA_DONE: set[tuple[str, int, int]] = set()


def _file_id(path: str) -> tuple[str, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (os.path.realpath(path), st.st_dev, st.st_ino)


def _schema_known(path: str, con: duckdb.DuckDBPyConnection) -> bool:
    """Schema already ensured on this very file, and its declared columns are all there (one
    catalogue query: a file recreated at the same path with a recycled inode is caught)."""
    from assets.warehouse.schema import SCHEMA_COLUMNS

    key = _file_id(path)
    if key is None or key not in _SCHEMA_DONE:
        return False
    counts = dict(
        con.execute(
            "SELECT table_name, column_count FROM duckdb_tables() WHERE schema_name = 'main'"
        ).fetchall()
    )
    return all(counts.get(table, 0) >= n for table, n in SCHEMA_COLUMNS.items())


def _remember_schema(path: str) -> None:
    key = _file_id(path)
    if key is not None:
        _SCHEMA_DONE.add(key)


def _migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Bring a warehouse written by an older version up to the declared columns."""
    from assets.warehouse.schema import migration_sql

    existing: dict[str, set[str]] = {}
    for table, column in con.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = 'main'"
    ).fetchall():
        existing.setdefault(table, set()).add(column)
    for statement in migration_sql(existing):
        con.execute(statement)
