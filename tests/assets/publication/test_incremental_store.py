"""Publication proportional to what changed (issue 19): raw fingerprints computed by DuckDB, the
published frames of unchanged tables kept beside the warehouse. A publication made with kept
frames equals one made from scratch; whatever could change a kept frame (its rows, its schema,
a name to mask) makes it prepared again."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest

from assets.personal_data import NAME_MASK, PersonalDataPolicy
from assets.publication import cache as pc
from assets.publication import folder as publication_folder
from assets.publication.folder import publish
from assets.publication.incremental import (
    PublicationStore,
    can_keep_folder,
    pack_frame,
    prepare_all_or_some,
    raw_fingerprints,
    unpack_frame,
)
from scripts.compare_publications import compare
from tests.assets.publication.test_incremental import _changed, assert_same_publication
from tests.assets.publication.test_publication import REGION, _tables

T0 = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.UTC)
T1 = T0 + dt.timedelta(hours=1)


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return _tables()


# ----------------------------------------------------------------------------- fingerprints


def _fingerprint(con: duckdb.DuckDBPyConnection, table: str = "t") -> str:
    return raw_fingerprints(con, "32", [table])[table]


def test_raw_fingerprint_sees_values_order_missing_and_schema_not_row_ids():
    con = duckdb.connect()
    con.execute("CREATE TABLE t(region_code VARCHAR, a VARCHAR, n INTEGER, l VARCHAR[])")
    rows = [("32", "x", 1, ["p"]), ("32", "y", None, None), ("76", "z", 3, [])]
    con.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", rows)
    first = _fingerprint(con)
    assert raw_fingerprints(con, "32", ["absent_table"]) == {"absent_table": "absent"}
    # the same rows written again (new row ids): the same fingerprint
    con.execute("DELETE FROM t")
    con.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", rows)
    assert _fingerprint(con) == first
    # another region's rows do not count
    con.execute("UPDATE t SET a = 'changed' WHERE region_code = '76'")
    assert _fingerprint(con) == first
    # a value, the order, a missing list against an empty one: all seen
    con.execute("UPDATE t SET a = 'X' WHERE a = 'x'")
    assert _fingerprint(con) != first
    con.execute("UPDATE t SET a = 'x' WHERE a = 'X'")
    assert _fingerprint(con) == first
    con.execute("UPDATE t SET l = [] WHERE a = 'y'")
    assert _fingerprint(con) != first
    con.execute("UPDATE t SET l = NULL WHERE a = 'y'")
    assert _fingerprint(con) == first
    con.execute("DELETE FROM t")
    con.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", [rows[1], rows[0], rows[2]])
    assert _fingerprint(con) != first
    # a column added (the schema changes even with no value in it)
    con.execute("DELETE FROM t")
    con.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", rows)
    assert _fingerprint(con) == first
    con.execute("ALTER TABLE t ADD COLUMN extra VARCHAR")
    assert _fingerprint(con) != first


def test_packed_frame_is_the_same_frame():
    df = pd.DataFrame(
        {
            "text": ["a", None, "b", np.nan, "a"],
            "day": [dt.date(2026, 1, 2), None, dt.date(2026, 1, 2), None, dt.date(2025, 5, 1)],
            "items": [["x", "y"], [], ["x"], [], ["z"]],
            "n": pd.array([1, None, 3, 4, 5], dtype="Int64"),
            "ok": pd.array([True, None, False, True, True], dtype="boolean"),
            "score": [0.5, np.nan, 1.0, -0.0, 2.0],
        }
    )
    back = unpack_frame(pack_frame(df))
    pd.testing.assert_frame_equal(back, df)
    assert back["text"][1] is None and isinstance(back["text"][3], float)  # None and NaN apart
    assert pc.table_content_hash(back) == pc.table_content_hash(df)


# ----------------------------------------------------------------------------- the asset's steps


class Warehouse:
    """The raw tables of a region, with DuckDB-like fingerprints and a count of reads."""

    def __init__(self, tables: dict[str, pd.DataFrame]) -> None:
        self.tables = dict(tables)
        self.reads: list[str] = []

    def fingerprints(self) -> dict[str, str]:
        return {n: pc.table_content_hash(df.astype(str)) for n, df in self.tables.items()}

    def read(self, name: str) -> pd.DataFrame:
        self.reads.append(name)
        return self.tables[name].copy()


def _publish_as_the_asset(
    warehouse: Warehouse,
    out: Path,
    store_dir: Path | None,
    now: dt.datetime,
    known: list[str] = (),
):
    """The publication asset's steps: fingerprints, kept frames (when ``store_dir``), publish,
    state kept. Returns the publication result and the prepared tables."""
    names = list(warehouse.tables)
    store = PublicationStore(store_dir) if store_dir is not None else None
    state = store.load() if store is not None else None
    prepared, policy = prepare_all_or_some(
        names, warehouse.fingerprints(), warehouse.read, lambda: PersonalDataPolicy(known),
        store, state,
    )  # fmt: skip
    result = publish(
        prepared.tables, out, REGION, policy=policy, now=now, ready=set(prepared.tables),
        content_hashes={n: prepared.entries[n].hash or "" for n in prepared.reused},
    )  # fmt: skip
    if store is not None:
        store.remember(
            prepared, prepared.tables, result.hashes, context="c", folder=result.path,
            metadata={"published_at": result.published_at},
        )  # fmt: skip
    return result, prepared, state


def _stat(path: Path) -> tuple[int, int, bytes]:
    st = path.stat()
    return st.st_ino, st.st_mtime_ns, path.read_bytes()


def test_unchanged_tables_are_not_read_and_the_folder_equals_one_from_scratch(tables, tmp_path):
    store = tmp_path / "store"
    warehouse = Warehouse(tables)
    first, prepared, _ = _publish_as_the_asset(warehouse, tmp_path / "inc", store, T0)
    assert prepared.reused == [] and set(prepared.prepared) == set(tables)
    actions_before = _stat(first.path / "actions.csv")

    later = _changed(tables)
    warehouse.tables, warehouse.reads = dict(later), []
    second, prepared, _ = _publish_as_the_asset(warehouse, tmp_path / "inc", store, T1)
    changed = {"questionnaire_responses", "lever_families", "response_coverage"}
    assert sorted(warehouse.reads) == sorted(changed)
    assert sorted(prepared.reused) == sorted(set(tables) - changed)
    # the unchanged table's files carried over as they were (same inode, mtime and bytes)
    assert _stat(second.path / "actions.csv") == actions_before
    assert "actions.csv" in second.carried_over and "actions" in second.carried_sheets
    scratch, _, _ = _publish_as_the_asset(Warehouse(later), tmp_path / "new", None, T1)
    assert_same_publication(second.path, scratch.path)
    assert compare(second.path, scratch.path) == []
    assert second.masked == scratch.masked
    assert second.hashes == scratch.hashes


def test_nothing_changed_reads_nothing_and_keeps_the_folder(tables, tmp_path):
    store = tmp_path / "store"
    warehouse = Warehouse(tables)
    first, _, _ = _publish_as_the_asset(warehouse, tmp_path / "inc", store, T0)
    warehouse.reads = []
    state = PublicationStore(store).load()
    prepared, _ = prepare_all_or_some(
        list(tables), warehouse.fingerprints(), warehouse.read, PersonalDataPolicy,
        PublicationStore(store), state,
    )  # fmt: skip
    assert warehouse.reads == [] and prepared.nothing_changed
    assert can_keep_folder(prepared, state, "c", first.path)
    # another setting, or a hand-edited published file: published again
    assert not can_keep_folder(prepared, state, "other settings", first.path)
    target = first.path / "actions.csv"
    target.write_bytes(target.read_bytes() + b"\n")
    assert not can_keep_folder(prepared, state, "c", first.path)


@pytest.mark.parametrize("change", ["schema", "removed", "renamed"])
def test_a_table_whose_schema_or_name_changed_is_prepared_again(tables, tmp_path, change):
    store = tmp_path / "store"
    warehouse = Warehouse(tables)
    _publish_as_the_asset(warehouse, tmp_path / "inc", store, T0)
    warehouse.reads = []
    if change == "schema":
        actions = tables["actions"].copy()
        actions["new_column"] = "valeur"
        warehouse.tables["actions"] = actions
        expected = ["actions"]
    elif change == "removed":
        del warehouse.tables["priority_themes"]
        expected = []
    else:
        warehouse.tables = {
            ("plan_actions" if n == "actions" else n): df for n, df in warehouse.tables.items()
        }
        expected = ["plan_actions"]
    result, prepared, _ = _publish_as_the_asset(warehouse, tmp_path / "inc", store, T1)
    assert warehouse.reads == expected
    assert sorted(prepared.prepared) == expected
    scratch, _, _ = _publish_as_the_asset(Warehouse(warehouse.tables), tmp_path / "new", None, T1)
    assert_same_publication(result.path, scratch.path)
    if change == "schema":
        assert "new_column" in (result.path / "actions.csv").read_text(encoding="utf-8-sig")
    if change == "removed":
        assert not (result.path / "priority_themes.csv").exists()


def test_a_new_known_name_prepares_again_only_the_tables_holding_its_words(tables, tmp_path):
    """A new respondent: a kept table where their name occurs is masked again, one where it
    does not occur is kept; the folder is the one a publication from scratch gives."""
    store = tmp_path / "store"
    base = dict(tables)
    actions = tables["actions"].copy()
    actions.loc[2, "context"] = "Atelier animé par Hugo Bernard, puis visite"
    base["actions"] = actions
    warehouse = Warehouse(base)
    first, _, _ = _publish_as_the_asset(warehouse, tmp_path / "inc", store, T0, ["Paul Durand"])
    assert b"Hugo Bernard" in (first.path / "actions.csv").read_bytes()
    warehouse.reads = []
    known = ["Paul Durand", "Hugo Bernard"]
    second, prepared, _ = _publish_as_the_asset(warehouse, tmp_path / "inc", store, T1, known)
    assert "actions" in prepared.prepared and "actions" in warehouse.reads
    assert "lever_families" in prepared.reused
    text = (second.path / "actions.csv").read_text(encoding="utf-8-sig")
    assert "Hugo Bernard" not in text and NAME_MASK in text
    scratch, _, _ = _publish_as_the_asset(Warehouse(base), tmp_path / "new", None, T1, known)
    assert_same_publication(second.path, scratch.path)
    assert second.masked == scratch.masked
    # the name forgotten again (pairs removed): every table prepared again
    warehouse.reads = []
    third, prepared, _ = _publish_as_the_asset(
        warehouse, tmp_path / "inc", store, T1 + dt.timedelta(hours=1), known[:1]
    )
    assert prepared.reused == [] and sorted(warehouse.reads) == sorted(base)
    assert b"Hugo Bernard" in (third.path / "actions.csv").read_bytes()


def test_a_damaged_store_only_costs_a_full_preparation(tables, tmp_path):
    store = tmp_path / "store"
    warehouse = Warehouse(tables)
    _publish_as_the_asset(warehouse, tmp_path / "inc", store, T0)
    for path in store.glob("*.pkl"):
        path.write_bytes(b"not a pickle")
    warehouse.reads = []
    result, prepared, _ = _publish_as_the_asset(warehouse, tmp_path / "inc", store, T1)
    assert prepared.reused == [] and sorted(warehouse.reads) == sorted(tables)
    scratch, _, _ = _publish_as_the_asset(Warehouse(tables), tmp_path / "new", None, T1)
    assert_same_publication(result.path, scratch.path)


def test_a_failed_write_keeps_the_previous_folder_and_state(tables, tmp_path, monkeypatch):
    store = tmp_path / "store"
    warehouse = Warehouse(tables)
    first, _, _ = _publish_as_the_asset(warehouse, tmp_path / "inc", store, T0)
    before = {p.name: p.read_bytes() for p in first.path.iterdir()}
    state_before = (store / "state.json").read_bytes()
    original = publication_folder.write_parquet

    def failing(name, df, path):  # noqa: ANN001, ANN202
        if name == "questionnaire_responses":
            raise OSError("disque plein")
        return original(name, df, path)

    monkeypatch.setattr(publication_folder, "write_parquet", failing)
    warehouse.tables = dict(_changed(tables))
    with pytest.raises(OSError, match="disque plein"):
        _publish_as_the_asset(warehouse, tmp_path / "inc", store, T1)
    assert {p.name: p.read_bytes() for p in first.path.iterdir()} == before
    assert [p.name for p in (tmp_path / "inc").iterdir()] == [REGION]
    assert (store / "state.json").read_bytes() == state_before
    assert os.listdir(store)  # the kept frames are still there


def test_derived_values_are_read_when_looked_up_and_only_used_ones_kept(tables, tmp_path):
    store_dir = tmp_path / "store"
    warehouse = Warehouse(tables)
    result, prepared, _ = _publish_as_the_asset(warehouse, tmp_path / "inc", store_dir, T0)
    store = PublicationStore(store_dir)
    derived = store.derived(store.load())
    derived["synthese:a"] = "<html>a</html>"
    derived["projets:b"] = "texte"
    store.remember(
        prepared, prepared.tables, result.hashes, context="c", folder=result.path,
        metadata={}, derived=derived,
    )  # fmt: skip
    again = store.derived(store.load())
    assert dict.__len__(again) == 0  # nothing read yet
    assert again.get("synthese:a") == "<html>a</html>"
    assert again.get("absent") is None
    store.remember(
        prepared, prepared.tables, result.hashes, context="c", folder=result.path,
        metadata={}, derived=again,
    )  # fmt: skip
    state = store.load()
    assert sorted(state["derived"]) == ["synthese:a"]  # the value not looked up is dropped
    assert {p.name for p in store_dir.glob("derived-*")} == set(state["derived"].values())
    assert store.derived(state).get("synthese:a") == "<html>a</html>"


def test_the_store_is_private(tables, tmp_path):
    """It holds raw texts and names, like the masking memo: mode 700, files 600."""
    store = tmp_path / "store"
    _publish_as_the_asset(Warehouse(tables), tmp_path / "inc", store, T0)
    assert store.stat().st_mode & 0o777 == 0o700
    files = list(store.iterdir())
    assert files and all(p.stat().st_mode & 0o777 == 0o600 for p in files)
