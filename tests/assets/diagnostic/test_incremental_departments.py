"""One refresh after one département's inputs changed, computed as the assets do with the
inputs read from the warehouse (``DiagnosticInputs.load`` with a run: the département keys
summed by DuckDB, ``store.SqlSliceKeys``), gives EXACTLY the frames of a computation from
scratch (issue 19).

Within a run, the theme scores of a département take back the scope figures the state of play
computed for it (one computation per scope, not two); in the next run, only the changed
département and the region are computed again; a changed lever reference takes nothing back
that reads it.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from assets.diagnostic import memo
from assets.diagnostic.store import DiagnosticInputs, SqlSliceKeys, forget_run_inputs
from assets.resources import Warehouse
from sources.sgpe_panorama import lever_targets
from tests.assets.diagnostic.generated_region import REGION, generate_tables, write_warehouse
from tests.assets.diagnostic.test_memo import _analysis
from tests.assets.diagnostic.test_run_shared import _assert_same, _shared_analysis

SLICED = ("recipients", "responses", "actions", "projects", "contract_targets")
# the memo parts computed from the lever reference
LEVER_KINDS = {"scope_figures", "department_themes", "candidate_rows"}


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """The generated region's warehouse after a first run the assets' way, memo on: its path,
    the memo session and the frames. Made once; each test goes on from a copy of it."""
    forget_run_inputs()
    root = tmp_path_factory.mktemp("departments_first")
    warehouse = write_warehouse(generate_tables(90, 7), root / "w.duckdb")
    with memo.active(warehouse, REGION, "run-1") as first:
        got = _shared_analysis(_run_inputs(warehouse, "run-1"), lever_targets(REGION))
    forget_run_inputs()
    return Path(warehouse.path), first, got


@pytest.fixture()
def warehouse(first_run, tmp_path: Path) -> Iterator[Warehouse]:
    """A private copy of the warehouse after the first run."""
    forget_run_inputs()
    path = first_run[0]
    for source in (path, path.with_name(path.name + ".wal")):
        if source.exists():
            shutil.copyfile(source, tmp_path / source.name)
    yield Warehouse(path=str(tmp_path / path.name))
    forget_run_inputs()


def _run_inputs(warehouse: Warehouse, run: str) -> DiagnosticInputs:
    """A run's inputs as the assets get them, their SQL slice keys built first (the copies
    the analysis makes share them)."""
    forget_run_inputs()
    inputs = DiagnosticInputs.load(warehouse, REGION, run)
    keys = inputs.slice_keys(*SLICED)
    assert all(isinstance(keys[name], SqlSliceKeys) for name in SLICED)
    return inputs


def _counts(session: object, kind: str) -> tuple[int, int]:
    """(parts of ``kind`` taken back, parts of ``kind`` computed) in a memo session."""
    used = {key for k, key in session.used if k == kind}
    new = {key for k, key in session.new if k == kind}
    return len(used - new), len(new)


def _scratch(warehouse: Warehouse, targets: pd.DataFrame) -> dict[str, pd.DataFrame]:
    return _analysis(DiagnosticInputs.load(warehouse, REGION), targets)


def test_one_departement_changed_equals_scratch(first_run, warehouse: Warehouse) -> None:
    targets = lever_targets(REGION)
    _, first, got = first_run
    _assert_same(got, _scratch(warehouse, targets))
    state = got["lever_state_of_play"]
    n_scopes = state[["scope", "department_code"]].drop_duplicates().shape[0]
    n_answering = _scratch_answering(warehouse)
    assert n_answering >= 3
    # one computation per scope: the département themes took the state of play's back
    assert first is not None
    assert _counts(first, "scope_figures") == (0, n_scopes)
    assert _counts(first, "department_themes") == (0, n_answering)
    assert first.hits == 1 + n_answering, (first.hits, first.misses)

    # one questionnaire of one département answered again (other scores and blockers)
    with warehouse.connect() as con:
        sha, dept = con.execute(
            "SELECT source_sha256, department_code FROM questionnaire_responses "
            "WHERE department_code IS NOT NULL ORDER BY rowid LIMIT 1 OFFSET 200"
        ).fetchone()
        con.execute(
            "UPDATE questionnaire_responses SET relevance_score = 4, deployment_score = 0, "
            "blockers_text = 'Manque de moyens humains et financement insuffisant' "
            "WHERE source_sha256 = ?",
            [sha],
        )
    with memo.active(warehouse, REGION, "run-2") as second:
        incremental = _shared_analysis(_run_inputs(warehouse, "run-2"), targets)
    scratch = _scratch(warehouse, targets)
    _assert_same(incremental, scratch)
    # the region's figures and the changed département's changed, no other département's
    after = scratch["lever_state_of_play"]
    assert not after[after["scope"] == "region"].equals(state[state["scope"] == "region"])
    for code in sorted(set(state["department_code"].dropna())):
        old = state[state["department_code"] == code].reset_index(drop=True)
        new = after[after["department_code"] == code].reset_index(drop=True)
        if code == dept:
            assert not new.equals(old)
        else:
            pd.testing.assert_frame_equal(new, old, check_exact=True, obj=code)
    # the region and the changed département computed again, every other scope taken back
    assert second is not None
    assert _counts(second, "scope_figures") == (n_scopes - 2, 2)
    assert _counts(second, "department_themes") == (n_answering - 1, 1)


def _scratch_answering(warehouse: Warehouse) -> int:
    """Départements with at least one answer (those the département themes score)."""
    responses = DiagnosticInputs.load(warehouse, REGION).responses
    codes = responses["department_code"].dropna().astype(str).str.strip()
    return int(codes[codes != ""].nunique())


def test_changed_lever_reference_recomputes_everything(warehouse: Warehouse) -> None:
    targets = lever_targets(REGION)  # the first run (memo on) is in the warehouse
    inputs = _run_inputs(warehouse, "run-2")
    levers = inputs.levers.copy()
    code = str(levers["lever_code"].iloc[0])
    levers.loc[0, "label"] = "Libellé révisé du levier"
    inputs.levers = levers
    with memo.active(warehouse, REGION, "run-2") as session:
        got = _shared_analysis(inputs, targets)
    plain = DiagnosticInputs.load(warehouse, REGION)
    plain.levers = levers
    _assert_same(got, _analysis(plain, targets))
    state = got["lever_state_of_play"]
    assert set(state.loc[state["lever_code"] == code, "lever_label"]) == {
        "Libellé révisé du levier"
    }
    # nothing read from the old reference is taken back (only this run's own scopes are
    # found again by the theme scores)
    assert session is not None
    n_scopes = state[["scope", "department_code"]].drop_duplicates().shape[0]
    assert _counts(session, "scope_figures") == (0, n_scopes)
    assert _counts(session, "department_themes")[0] == 0
    assert _counts(session, "candidate_rows")[0] == 0
    stored_runs = {kind: _runs(warehouse, kind) for kind in LEVER_KINDS}
    assert all(runs <= {"run-2"} for runs in stored_runs.values()), stored_runs


def _runs(warehouse: Warehouse, kind: str) -> set[str]:
    with warehouse.connect() as con:
        rows = con.execute(
            f"SELECT DISTINCT run_id FROM {memo.MEMO_TABLE} WHERE kind = ?", [kind]
        ).fetchall()
    return {r[0] for r in rows}
