"""The diagnostic's input frames read through Arrow (``store._read_table``) are EXACTLY those
of DuckDB's own pandas conversion (``Warehouse.read_table``): same columns, dtypes (``Int32``
only with a null, ``datetime64[us]`` dates), cells of the same Python types (``None`` text,
``<NA>`` lists, numpy arrays in lists) and the same content keys (``reuse.frame_key``), so
every rule, memo and stored key sees the frame it saw before (issue 19)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from assets.diagnostic import store
from assets.diagnostic.reuse import frame_key
from assets.resources import Warehouse
from tests.assets.diagnostic.generated_region import REGION, generate_tables, write_warehouse


def _cell(value: object) -> object:
    if isinstance(value, np.ndarray):
        return ("array", str(value.dtype), value.tolist())
    return (type(value).__name__, repr(value))


def _assert_identical(got: pd.DataFrame, want: pd.DataFrame) -> None:
    assert list(got.columns) == list(want.columns)
    assert [str(t) for t in got.dtypes] == [str(t) for t in want.dtypes]
    assert_frame_equal(got, want, check_exact=True)
    for column in want.columns:
        if want[column].dtype == object:
            assert list(map(_cell, got[column])) == list(map(_cell, want[column])), column
    assert frame_key(got) == frame_key(want)


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Warehouse:
    path = tmp_path_factory.mktemp("reads") / "w.duckdb"
    return write_warehouse(generate_tables(40, 3), path)


@pytest.mark.parametrize("table", sorted(set(store._SOURCE_TABLES.values())))
def test_arrow_read_equals_duckdb_read(warehouse: Warehouse, table: str) -> None:
    want = warehouse.read_table(table, REGION)
    assert len(want) > 0
    with warehouse.connect() as con:  # the Arrow conversion itself, not the fallback
        sql = f"SELECT * FROM {table} WHERE region_code = ?"
        assert store._pandas_like_duckdb(con.sql(sql, params=[REGION]).to_arrow_table()) is not None
    _assert_identical(store._read_table(warehouse, table, REGION), want)


def test_nulls_empty_and_absent(tmp_path: Path) -> None:
    """Integers and booleans with and without nulls, null and empty lists, null dates, an
    empty region and an absent table: the same frames as DuckDB's."""
    warehouse = Warehouse(path=str(tmp_path / "w.duckdb"))
    rows = {  # the tables rebuilt without the schema's NOT NULL constraints
        "recipients": "SELECT * FROM (VALUES ('11', 1, '1', true, 'a'), "
        "('11', 2, NULL, NULL, NULL), ('11', 3, '', false, '')) "
        "AS t(region_code, row_no, siren, siren_valid, name)",
        "actions": "SELECT * FROM (VALUES ('a', '11', 2024, true, ['i']), "
        "('b', '11', NULL::INTEGER, NULL::BOOLEAN, NULL::VARCHAR[])) "
        "AS t(action_id, region_code, start_year, has_body, indicators)",
        "questionnaire_projects": "SELECT * FROM (VALUES ('x', 1, '11', ['p', 'q'], 1.5), "
        "('y', 2, '11', NULL, NULL), ('z', 3, '11', [], 2.0)) "
        "AS t(source_sha256, row_no, region_code, partners, estimated_cost_eur)",
        "questionnaire_responses": "SELECT * FROM (VALUES ('11', 2::INTEGER, DATE '2025-03-01'), "
        "('11', NULL, NULL)) AS t(region_code, relevance_score, submitted_on)",
    }
    with warehouse.connect() as con:
        for table, select in rows.items():
            con.execute(f"DROP TABLE IF EXISTS {table}")
            con.execute(f"CREATE TABLE {table} AS {select}")
    for table in ("recipients", "questionnaire_projects", "questionnaire_responses", "actions"):
        for region in ("11", "99"):
            _assert_identical(
                store._read_table(warehouse, table, region), warehouse.read_table(table, region)
            )
    got = store._read_table(warehouse, "actions", "11")
    assert [str(got[c].dtype) for c in ("start_year", "has_body")] == ["Int32", "boolean"]
    got = store._read_table(warehouse, "questionnaire_responses", "11")
    assert str(got["relevance_score"].dtype) == "Int32"
    assert str(got["submitted_on"].dtype) == "datetime64[us]"
    assert got["relevance_score"].isna().tolist() == [False, True]
    with warehouse.connect() as con:
        con.execute("DROP TABLE contract_targets")
    absent = store._read_table(warehouse, "contract_targets", "11")
    _assert_identical(absent, warehouse.read_table("contract_targets", "11"))
