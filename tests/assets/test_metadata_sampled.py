"""The column schema of a large table that changed is derived from a few rows DuckDB finds
(``assets.metadata.sampled_rows``, issue 19), and gives exactly what reading the whole table
gives: the same representative rows (values, dtypes, order), the same fields, the same count.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest

import assets.metadata as md
from assets.resources import Warehouse

N = 6_000


def _demo_table(con: duckdb.DuckDBPyConnection) -> None:
    """A table of every sampled type, each kind of cell first met at its own row, and rows
    deleted then added (gaps in the row ids, the last rows after them)."""
    rng = np.random.default_rng(7)
    i = np.arange(N)
    frame = pd.DataFrame(
        {
            "region_code": np.where(i % 3 == 0, "11", "32"),
            "name": [None if k == 4_100 else f"nom {k}" for k in i],
            "whole": np.where(i < 3_000, np.round(rng.uniform(0, 100, N)), 2.5),
            "ratio": [np.nan if k == 5_000 else (np.inf if k == 5_500 else float(k)) for k in i],
            "count": pd.array([None if k == 2_222 else int(k) for k in i], dtype="Int32"),
            "flag": [None if k == 3_333 else bool(k % 2) for k in i],
            "tags": [None if k % 7 == 0 else ["a", f"t{k % 5}"] for k in i],
            "seen": [
                dt.datetime(2025, 1, 1) + dt.timedelta(hours=0 if k < 4_500 else 5) for k in i
            ],
            "day": [None if k == 1_234 else dt.date(2025, 1, 1 + k % 28) for k in i],
        }
    )
    con.execute(
        "CREATE TABLE demo (region_code VARCHAR, name VARCHAR, whole DOUBLE, ratio DOUBLE, "
        '"count" INTEGER, flag BOOLEAN, tags VARCHAR[], seen TIMESTAMP, day DATE)'
    )
    con.register("incoming", frame)
    con.execute("INSERT INTO demo SELECT * FROM incoming")
    con.execute("DELETE FROM demo WHERE name IN ('nom 1', 'nom 2', 'nom 3000')")
    con.execute(
        "INSERT INTO demo SELECT * FROM incoming WHERE name IN ('nom 1', 'nom 3000', 'nom 17')"
    )
    con.unregister("incoming")


@pytest.mark.parametrize("region", [None, "32"])
def test_sampled_rows_equal_the_whole_table(monkeypatch, region: str | None) -> None:
    con = duckdb.connect()
    _demo_table(con)
    monkeypatch.setattr(md, "_SAMPLE_FROM_CELLS", 1_000)  # the demo table is sampled
    monkeypatch.setattr("assets.resources.TABLE_COLUMNS", {"demo": ["region_code"]})
    where = "" if region is None else f" WHERE region_code = '{region}'"
    whole = con.execute(f"SELECT * FROM demo{where}").df()
    sampled = md.sampled_rows(con, "demo", region)
    assert sampled is not None
    rows, total = sampled
    assert total == len(whole) == (N if region is None else N - N // 3)
    expected = md.representative_rows(whole)
    assert len(expected) < len(whole)  # built from picks, not the table itself
    pd.testing.assert_frame_equal(rows, expected, check_exact=True)
    # each kind was found: a non-whole number, a NaN, an infinite, a time not at midnight
    assert set(rows["whole"]) >= {2.5}
    assert rows["ratio"].isna().any() and np.isinf(rows["ratio"]).any()
    assert (rows["seen"].dt.hour == 5).any()
    assert rows["name"].isna().any()
    # a column with a missing cell keeps its nullable dtype (the missing row was read too)
    assert str(rows["count"].dtype) == str(whole["count"].dtype) == "Int32"


def test_small_or_unknown_tables_are_read_whole() -> None:
    con = duckdb.connect()
    _demo_table(con)
    assert md.sampled_rows(con, "demo", None) is None  # 54 000 cells: read whole
    con.execute("CREATE TABLE odd (region_code VARCHAR, amount DECIMAL(10, 2))")
    assert md.sampled_rows(con, "odd", None) is None  # a type not sampled
    assert md.sampled_rows(con, "absent", None) is None


def test_table_metadata_of_a_large_table_equals_a_whole_read(tmp_path: Path, monkeypatch) -> None:
    """The real ``actions`` table of the warehouse, large enough to be sampled: the schema
    and count are those derived from the whole frame, and the frame is not read."""
    warehouse = Warehouse(path=str(tmp_path / "w.duckdb"))
    warehouse.ensure_schema()
    n = 4_000
    rows = pd.DataFrame(
        {
            "action_id": [f"a{i}" for i in range(n)],
            "region_code": ["32" if i % 4 else "11" for i in range(n)],
            "action_code": [str(i) for i in range(n)],
            "title": [f"Action {i}" for i in range(n)],
            "start_year": [None if i == 3_500 else 2020 + i % 6 for i in range(n)],
            "total_budget_eur": [1_000.0 if i < 2_000 else 1_000.5 for i in range(n)],
            "source_file": ["plan.pdf"] * n,
            "source_sha256": ["ab" * 32] * n,
        }
    )
    with warehouse.connect() as con:
        con.register("incoming", rows)
        con.execute("INSERT INTO actions BY NAME SELECT * FROM incoming")
        con.unregister("incoming")
        n_columns = len(con.execute("SELECT * FROM actions LIMIT 0").df().columns)
    assert (n - n // 4) * n_columns > md._SAMPLE_FROM_CELLS  # sampled
    frame = warehouse.read_table("actions", "32")
    expected = {
        "dagster/column_schema": md.column_schema("actions", md.representative_rows(frame)),
        "dagster/row_count": len(frame),
    }
    reads: list[tuple] = []
    original = Warehouse.read_table
    monkeypatch.setattr(
        Warehouse,
        "read_table",
        lambda self, *a, **k: reads.append(a) or original(self, *a, **k),
    )
    assert md.table_metadata(warehouse, "actions", "32") == expected
    assert reads == []
    types = {c.name: c.type for c in expected["dagster/column_schema"].columns}
    assert types["total_budget_eur"] == "number" and expected["dagster/row_count"] == 3_000
