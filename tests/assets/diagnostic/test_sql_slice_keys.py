"""The content keys of the inputs and of their départements' rows summed by DuckDB
(``store.SqlSliceKeys``, issue 19: one new questionnaire no longer reads and hashes the
region's 115 000 answers in pandas before the memo keys are known). They must stay faithful
to the frames the rules read: a changed answer changes its département's key and the
region's, never another département's; a moved row changes its département's key; the
départements are exactly the frame's rows by ``department_code``."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assets.diagnostic.reuse import SliceKeys
from assets.diagnostic.store import DiagnosticInputs, SqlSliceKeys, forget_run_inputs
from assets.resources import Warehouse
from tests.assets.diagnostic.generated_region import REGION, generate_tables, write_warehouse

SLICED = ("recipients", "responses", "actions", "projects", "contract_targets")


@pytest.fixture()
def warehouse(tmp_path: Path) -> Warehouse:
    forget_run_inputs()
    yield write_warehouse(generate_tables(40, 3), tmp_path / "w.duckdb")
    forget_run_inputs()


def _keys(warehouse: Warehouse, run: str) -> dict[str, object]:
    forget_run_inputs()
    inputs = DiagnosticInputs.load(warehouse, REGION, run)
    return inputs.slice_keys(*SLICED)


def _dept_keys(keys: object, depts: list[str]) -> dict[str, str]:
    return {d: keys.of_department(d, lambda: np.array([], dtype=np.int64)) for d in depts}


def test_departements_are_the_frames_rows_by_code(warehouse: Warehouse) -> None:
    keys = _keys(warehouse, "run-1")
    plain = DiagnosticInputs.load(warehouse, REGION)
    for name in SLICED:
        assert isinstance(keys[name], SqlSliceKeys), name
        frame = getattr(plain, name)
        assert keys[name].whole[0] == len(frame)
        counts = (
            frame["department_code"].value_counts().to_dict()
            if "department_code" in frame.columns
            else {}
        )
        assert {d: g[0] for d, g in keys[name].groups.items()} == counts
    assert len(keys["responses"].groups) > 2


def test_a_changed_answer_changes_its_departement_and_the_region_only(
    warehouse: Warehouse,
) -> None:
    before = _keys(warehouse, "run-1")
    depts = sorted(before["responses"].groups)
    with warehouse.connect() as con:
        changed = con.execute(
            "SELECT department_code FROM questionnaire_responses WHERE rowid = (SELECT min(rowid) "
            "FROM questionnaire_responses WHERE relevance_score IS NOT NULL)"
        ).fetchone()[0]
        con.execute(
            "UPDATE questionnaire_responses SET relevance_score = relevance_score + 1 "
            "WHERE rowid = (SELECT min(rowid) FROM questionnaire_responses "
            "WHERE relevance_score IS NOT NULL)"
        )
    after = _keys(warehouse, "run-2")
    assert after["responses"].whole_key() != before["responses"].whole_key()
    old, new = _dept_keys(before["responses"], depts), _dept_keys(after["responses"], depts)
    assert [d for d in depts if old[d] != new[d]] == [changed]
    for name in ("recipients", "actions", "projects", "contract_targets"):
        assert after[name].whole_key() == before[name].whole_key()
        assert _dept_keys(after[name], depts) == _dept_keys(before[name], depts)


def test_a_moved_row_changes_its_departement(warehouse: Warehouse) -> None:
    before = _keys(warehouse, "run-1")
    depts = sorted(before["actions"].groups)
    with warehouse.connect() as con:
        moved = con.execute(
            "SELECT department_code FROM actions WHERE rowid = (SELECT min(rowid) FROM actions "
            "WHERE department_code IS NOT NULL)"
        ).fetchone()[0]
        con.execute(
            "CREATE TEMP TABLE _first AS SELECT * FROM actions WHERE rowid = (SELECT min(rowid) "
            "FROM actions WHERE department_code IS NOT NULL)"
        )
        con.execute(
            "DELETE FROM actions WHERE rowid = (SELECT min(rowid) FROM actions "
            "WHERE department_code IS NOT NULL)"
        )
        con.execute("INSERT INTO actions SELECT * FROM _first")
    after = _keys(warehouse, "run-2")
    assert after["actions"].whole_key() != before["actions"].whole_key()
    old, new = _dept_keys(before["actions"], depts), _dept_keys(after["actions"], depts)
    assert old[moved] != new[moved]
    assert sum(old[d] != new[d] for d in depts) <= 1 + (moved not in depts)


def test_a_code_with_spaces_falls_back_to_the_frames_own_keys(warehouse: Warehouse) -> None:
    with warehouse.connect() as con:
        con.execute(
            "UPDATE recipients SET department_code = ' ' || department_code || ' ' "
            "WHERE rowid = (SELECT min(rowid) FROM recipients WHERE department_code IS NOT NULL)"
        )
    keys = _keys(warehouse, "run-1")
    assert isinstance(keys["recipients"], SliceKeys)
    assert isinstance(keys["responses"], SqlSliceKeys)


def test_without_a_run_the_frames_own_keys_are_used(warehouse: Warehouse) -> None:
    plain = DiagnosticInputs.load(warehouse, REGION)
    assert isinstance(plain.slice_keys("responses")["responses"], SliceKeys)
