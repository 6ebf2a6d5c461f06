"""A refresh where an input did not change recognises it without reading it (issue 19): the
run's input frames are read when first needed, and the content key of a frame whose warehouse
rows (and current questionnaire files) have the DuckDB key they had when it was last hashed
is taken back from ``diagnostic_input_keys``. The keys taken back must be EXACTLY those of a
plain read, and any change of a row, of the rows' order or of the current files must make
the frame read and hashed again."""

from __future__ import annotations

from pathlib import Path

import pytest

from assets.diagnostic import store
from assets.diagnostic.reuse import frame_key
from assets.diagnostic.store import DiagnosticInputs, forget_run_inputs, source_keys
from assets.ingestion.submissions import current_questionnaire_files
from assets.resources import Warehouse
from tests.assets.diagnostic.generated_region import REGION, generate_tables, write_warehouse

NAMES = ("levers", "recipients", "responses", "actions", "projects", "contract_targets")


@pytest.fixture()
def warehouse(tmp_path: Path) -> Warehouse:
    forget_run_inputs()
    yield write_warehouse(generate_tables(40, 3), tmp_path / "w.duckdb")
    forget_run_inputs()


def _plain_keys(warehouse: Warehouse) -> dict[str, str]:
    plain = DiagnosticInputs.load(warehouse, REGION)
    return {name: frame_key(getattr(plain, name)) for name in NAMES}


def _fresh_keys(warehouse: Warehouse) -> dict[str, str]:
    """The keys a run computes when it remembers none (``diagnostic_input_keys`` emptied):
    the frames keyed by DuckDB (``store.SqlSliceKeys``) are not keyed as a plain read."""
    forget_run_inputs()
    with warehouse.connect() as con:
        con.execute(f"DELETE FROM {store.INPUT_KEYS_TABLE}")
    keys = DiagnosticInputs.load(warehouse, REGION, "fresh").key_of(*NAMES)
    forget_run_inputs()
    return keys


def _sources(warehouse: Warehouse) -> dict[str, str]:
    with warehouse.connect() as con:
        return source_keys(con, REGION, current_questionnaire_files(con, REGION))


def test_unchanged_inputs_are_recognised_without_reading(warehouse: Warehouse) -> None:
    first = DiagnosticInputs.load(warehouse, REGION, "run-1")
    assert first.keys == {}  # nothing remembered yet
    want = first.key_of(*NAMES)
    # the reference is hashed from the frame; the others are summed by DuckDB
    assert want["levers"] == _plain_keys(warehouse)["levers"]
    forget_run_inputs()
    second = DiagnosticInputs.load(warehouse, REGION, "run-2")
    origin = store._MEMO["inputs"]
    # every frame read from the warehouse is known (``levers`` comes from code: not stored)
    assert second.keys == {n: want[n] for n in NAMES if n != "levers"}
    assert second.key_of(*NAMES) == want
    read = [n for n in NAMES if n in origin.__dict__ or n in second.__dict__]
    assert read == ["levers"]
    # the frames themselves are read on demand, the same as a plain read
    plain = DiagnosticInputs.load(warehouse, REGION)
    assert second.responses.equals(plain.responses)
    assert list(second.responses.dtypes) == list(plain.responses.dtypes)


def test_a_changed_row_is_read_and_hashed_again(warehouse: Warehouse) -> None:
    first = DiagnosticInputs.load(warehouse, REGION, "run-1").key_of(*NAMES)
    before = _sources(warehouse)
    with warehouse.connect() as con:
        con.execute(
            "UPDATE questionnaire_responses SET relevance_score = relevance_score + 1 "
            "WHERE rowid = (SELECT min(rowid) FROM questionnaire_responses "
            "WHERE relevance_score IS NOT NULL)"
        )
    after = _sources(warehouse)
    assert after["responses"] != before["responses"]
    assert {n: after[n] for n in after if n != "responses"} == {
        n: before[n] for n in before if n != "responses"
    }
    forget_run_inputs()
    inputs = DiagnosticInputs.load(warehouse, REGION, "run-2")
    assert "responses" not in inputs.keys and "actions" in inputs.keys
    got = inputs.key_of(*NAMES)
    assert got["responses"] != first["responses"]
    assert {n: got[n] for n in NAMES if n != "responses"} == {
        n: first[n] for n in NAMES if n != "responses"
    }
    assert got == _fresh_keys(warehouse)


def test_rows_in_another_order_or_other_current_files_change_the_key(
    warehouse: Warehouse,
) -> None:
    before = _sources(warehouse)
    with warehouse.connect() as con:
        # the same rows, the first one moved to the end: read back in another order
        con.execute("CREATE TEMP TABLE _first AS SELECT * FROM actions LIMIT 1")
        con.execute("DELETE FROM actions WHERE rowid = (SELECT min(rowid) FROM actions)")
        con.execute("INSERT INTO actions SELECT * FROM _first")
        current = current_questionnaire_files(con, REGION)
        moved = source_keys(con, REGION, current)
        fewer = dict(list(current.items())[1:])
        other_files = source_keys(con, REGION, fewer)
    assert moved["actions"] != before["actions"]
    assert moved["responses"] == before["responses"]
    assert other_files["responses"] != moved["responses"]
    assert other_files["projects"] != moved["projects"]
    assert other_files["actions"] == moved["actions"]
