"""The column schema of a table asset is kept while the table's rows are unchanged.

``table_metadata`` keys the schema on the kinds of cells of each column, computed in DuckDB;
these tests check the kept schema equals a fresh derivation, that the frame is not read again
when no kind of cell changed (a changed text, one more row of the same kinds), and that a new
kind of cell (a missing value, a fractional year, no row at all) or a new code key derives it
again.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import assets.metadata as md
from assets.resources import Warehouse


def _insert(warehouse: Warehouse, rows: pd.DataFrame) -> None:
    with warehouse.connect() as con:
        con.register("incoming", rows)
        con.execute("INSERT INTO actions BY NAME SELECT * FROM incoming")
        con.unregister("incoming")


def _rows(budgets: list[float | None], region: str = "32") -> pd.DataFrame:
    return pd.DataFrame(
        {
            "action_id": [f"a{i}" for i in range(len(budgets))],
            "region_code": [region] * len(budgets),
            "action_code": [f"{i}" for i in range(len(budgets))],
            "title": [f"Action {i}" for i in range(len(budgets))],
            "start_year": budgets,
            "source_file": ["plan.pdf"] * len(budgets),
            "source_sha256": ["ab" * 32] * len(budgets),
        }
    )


def _types(meta: dict) -> dict[str, str]:
    return {c.name: c.type for c in meta["dagster/column_schema"].columns}


def _count_reads(monkeypatch) -> list[tuple]:
    """The arguments of every ``Warehouse.read_table`` call from now on."""
    reads: list[tuple] = []
    original = Warehouse.read_table

    def counting(self, *args, **kwargs):
        reads.append(args)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Warehouse, "read_table", counting)
    return reads


@pytest.fixture(autouse=True)
def _fresh_process_memo(monkeypatch) -> None:
    """Each test starts without the fields the process already saw (md._FIELDS_SEEN)."""
    monkeypatch.setattr(md, "_FIELDS_SEEN", {})


@pytest.fixture
def warehouse(tmp_path: Path) -> Warehouse:
    wh = Warehouse(path=str(tmp_path / "w.duckdb"))
    wh.ensure_schema()
    return wh


def test_kept_schema_equals_a_fresh_one_and_skips_the_read(warehouse, monkeypatch) -> None:
    _insert(warehouse, _rows([2024.0, None, 2030.0]))
    first = md.table_metadata(warehouse, "actions", "32")
    assert first["dagster/row_count"] == 3
    assert _types(first)["start_year"] == "integer"  # whole years only

    def no_read(*args, **kwargs):
        raise AssertionError("the table was read although it did not change")

    monkeypatch.setattr(Warehouse, "read_table", no_read)
    again = md.table_metadata(warehouse, "actions", "32")
    assert again == first
    # another region's rows do not change this region's key
    monkeypatch.undo()
    _insert(warehouse, _rows([2020.0], region="84").assign(action_id="b0"))
    monkeypatch.setattr(Warehouse, "read_table", no_read)
    assert md.table_metadata(warehouse, "actions", "32") == first


def _fresh(warehouse: Warehouse) -> dict:
    frame = warehouse.read_table("actions", "32")
    return {
        "dagster/column_schema": md.column_schema("actions", md.representative_rows(frame)),
        "dagster/row_count": len(frame),
    }


def test_a_changed_kind_of_cell_derives_the_schema_again(warehouse, monkeypatch) -> None:
    _insert(warehouse, _rows([2024.0, 2030.0]))
    md.table_metadata(warehouse, "actions", "32")
    reads = _count_reads(monkeypatch)
    with warehouse.connect() as con:
        con.execute("UPDATE actions SET title = 'Autre titre' WHERE action_id = 'a1'")
    assert md.table_metadata(warehouse, "actions", "32") == _fresh(warehouse)
    _insert(warehouse, _rows([7.0]).assign(action_id="a9"))
    grown = md.table_metadata(warehouse, "actions", "32")
    assert grown["dagster/row_count"] == 3 and grown == _fresh(warehouse)
    assert len(reads) == 2  # the two _fresh reads only: same kinds of cells, schema kept
    with warehouse.connect() as con:
        con.execute("UPDATE actions SET start_year = NULL")
    assert md.table_metadata(warehouse, "actions", "32") == _fresh(warehouse)
    with warehouse.connect() as con:
        # a first text in a column that had none
        con.execute("UPDATE actions SET context = 'Contexte' WHERE action_id = 'a1'")
    assert md.table_metadata(warehouse, "actions", "32") == _fresh(warehouse)
    with warehouse.connect() as con:
        con.execute("DELETE FROM actions WHERE region_code = '32'")
    assert md.table_metadata(warehouse, "actions", "32")["dagster/row_count"] == 0
    # each new kind read the table once for the derivation (the _fresh reads are the others)
    assert len(reads) == 2 + 3 + 2


def test_the_key_follows_the_kinds_of_float_and_date_cells(warehouse) -> None:
    """A float column's key tells NaN, whole, fractional and infinite cells apart (a float
    count is published as an integer only when every value is whole); a text does not count."""
    _insert(warehouse, _rows([2024.0]).assign(total_etp=[2.0]))

    def key() -> str:
        with warehouse.connect() as con:
            found = md._content_key(con, "actions", "32")
        assert found is not None
        return found[0]

    first = key()
    _insert(warehouse, _rows([2025.0]).assign(action_id="b1", total_etp=[3.0], title="Autre"))
    assert key() == first  # one more whole value, another text: same kinds
    seen = {first}
    for i, value in enumerate([2.5, float("nan"), float("inf")]):
        _insert(warehouse, _rows([2025.0]).assign(action_id=f"c{i}", total_etp=[value]))
        assert key() not in seen  # a new kind of cell each time
        seen.add(key())
    with warehouse.connect() as con:
        assert md._content_key(con, "absent_table", "32") is None


def test_a_new_code_version_derives_again(warehouse, monkeypatch) -> None:
    _insert(warehouse, _rows([1200.0]))
    first = md.table_metadata(warehouse, "actions", "32")
    monkeypatch.setattr(md, "_schema_code_version", lambda: "autre version")
    reads = _count_reads(monkeypatch)
    assert md.table_metadata(warehouse, "actions", "32") == first
    assert reads == [("actions", "32")]


def test_an_unreadable_cache_falls_back(warehouse, monkeypatch) -> None:
    _insert(warehouse, _rows([1.0, 2.0]))
    monkeypatch.setattr(md, "_content_key", lambda *a: (_ for _ in ()).throw(RuntimeError("x")))
    meta = md.table_metadata(warehouse, "actions", "32")
    assert meta["dagster/row_count"] == 2 and "title" in _types(meta)
