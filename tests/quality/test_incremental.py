"""Block-wise GX validation (quality.incremental) gives exactly the whole-table summary:
counts, percentages, partial unexpected lists and their counts, success flags, statistics —
on clean tables and on tables with failures, after insertions, edits and deletions."""

from __future__ import annotations

from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest

from quality import incremental as inc
from quality.gx_runner import ValidationSummary, validate_frame
from quality.suites import lever_codes, suite_for

REGION = "32"


@pytest.fixture(autouse=True)
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks of ≈ 4 rows, so small tables have many of them."""
    monkeypatch.setattr(inc, "BLOCK_MODULUS", 4)


def responses(n: int, seed: int, bad: bool) -> pd.DataFrame:
    """``n`` questionnaire rows; with ``bad``, a share of every kind of failure."""
    rng = np.random.default_rng(seed)
    levers = list(lever_codes(False))
    rows = []
    for i in range(n):
        rows.append(
            {
                "region_code": REGION,
                "department_code": str(rng.choice(["59", "62", "80"])),
                "siren": f"{200000000 + i // 5:09d}",
                "authority_name": f"Commune {i // 5}",
                "authority_type": "commune",
                "lever_code": levers[i % 5 + (i // 5) % 40],
                "relevance_label": "x",
                "relevance_score": float(rng.integers(0, 5)),
                "deployment_label": "y",
                "deployment_score": float(rng.integers(0, 4)),
                "actions_text": None,
                "blockers_text": None,
                "needs_text": None,
                "exemplary_project_text": None,
                "submitted_on": "2026-01-01",
                "source_file": f"32/q{i // 5}.xlsx",
                "source_sha256": "0" * 64,
            }
        )
    frame = pd.DataFrame(rows)
    if bad:  # keys stay unique: one lever per authority broken, sirens by whole authority
        pick = rng.random(n)
        group = np.arange(n) // 5
        first_of_group = np.arange(n) % 5 == 0
        frame.loc[pick < 0.15, "relevance_score"] = 7.0
        frame.loc[(pick > 0.2) & (pick < 0.3), "deployment_score"] = None
        frame.loc[(pick > 0.3) & (pick < 0.6) & first_of_group, "lever_code"] = "inconnu"
        frame.loc[group % 7 == 3, "siren"] = "AB" + frame.loc[group % 7 == 3, "siren"].str[-7:]
        frame.loc[group == 5, "siren"] = None
        frame.loc[(pick > 0.5) & (pick < 0.55), "department_code"] = None
        frame.loc[(pick > 0.55) & (pick < 0.65), "department_code"] = "00"
    return frame


def write(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
    con.register("_f", frame)
    con.execute(f"CREATE OR REPLACE TABLE {table} AS SELECT * FROM _f")
    con.unregister("_f")


def incremental(con: duckdb.DuckDBPyConnection, table: str) -> tuple[ValidationSummary, int]:
    """What the check does: state, stored blocks, GX on the new ones, store. → (summary, blocks
    validated)."""
    suite = suite_for(table)
    state = inc.table_state(con, table, REGION, suite)
    assert state is not None
    key = inc.suite_key("code", suite, state)
    plan = inc.plan_blocks(con, state, suite, key, REGION)
    summary, blocks = inc.validate_blocks(plan, suite)
    inc.store_blocks(con, table, REGION, key, blocks)
    return summary, len(plan.todo)


def whole(con: duckdb.DuckDBPyConnection, table: str) -> ValidationSummary:
    frame = con.execute(f"SELECT * FROM {table} WHERE region_code = ?", [REGION]).df()
    return validate_frame(table, frame)


def assert_same(a: ValidationSummary, b: ValidationSummary) -> None:
    assert a.results == b.results
    assert a.success == b.success
    assert a.statistics == b.statistics
    assert a.n_rows == b.n_rows


@pytest.mark.parametrize("bad", [False, True])
def test_blocks_give_the_whole_table_summary(tmp_path: Path, bad: bool) -> None:
    con = duckdb.connect(str(tmp_path / "wh.duckdb"))
    table = "questionnaire_responses"
    frame = responses(160, seed=1, bad=bad)
    write(con, table, frame)
    first, n_first = incremental(con, table)
    assert_same(first, whole(con, table))
    assert n_first > 10  # many blocks, all validated the first time
    if bad:  # more failures than examples: the partial list is cut as GX cuts it
        out = first.outcome("expect_column_values_to_be_between", "relevance_score")
        assert not out.success and out.unexpected_count > 10 and len(out.examples) >= 1

    # a new questionnaire inserted in the middle (the order a writer may choose)
    extra = responses(165, seed=2, bad=bad).iloc[160:].copy()
    grown = pd.concat([frame.iloc[:70], extra, frame.iloc[70:]], ignore_index=True)
    write(con, table, grown)
    second, n_second = incremental(con, table)
    assert_same(second, whole(con, table))
    assert 1 <= n_second <= 4
    assert "validation incrémentale" in second.engine

    # an edited value, then a removed file
    grown.loc[3, "relevance_score"] = 9.0
    write(con, table, grown)
    third, n_third = incremental(con, table)
    assert_same(third, whole(con, table))
    assert third.outcome("expect_column_values_to_be_between", "relevance_score").examples
    assert 1 <= n_third <= 2
    write(con, table, grown.iloc[10:])
    fourth, _ = incremental(con, table)
    assert_same(fourth, whole(con, table))


def test_duplicated_key_validates_the_whole_table(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "wh.duckdb"))
    frame = responses(60, seed=3, bad=False)
    frame = pd.concat([frame, frame.iloc[[5, 40]]], ignore_index=True)
    write(con, "questionnaire_responses", frame)
    suite = suite_for("questionnaire_responses")
    state = inc.table_state(con, "questionnaire_responses", REGION, suite)
    with pytest.raises(inc.NotCombinable):
        inc.plan_blocks(con, state, suite, "k", REGION)


def test_other_tables_and_regions(tmp_path: Path) -> None:
    """ingestion_report (compound key, regex, counts) and a second region left aside."""
    con = duckdb.connect(str(tmp_path / "wh.duckdb"))
    rows = [
        {
            "region_code": REGION if i % 7 else "76",
            "source_file": f"32/f{i}.pdf",
            "source_sha256": "a" * 64 if i % 9 else "XYZ",
            "detected_type": "pcaet",
            "status": ["loaded", "quarantined", "superseded", "perdu"][i % 4],
            "reason": None,
            "n_records": -1 if i % 11 == 0 else i,
            "n_warnings": 0,
            "last_seen_at": f"t{i}",
        }
        for i in range(90)
    ]
    frame = pd.DataFrame(rows)
    write(con, "ingestion_report", frame)
    first, _ = incremental(con, "ingestion_report")
    assert_same(first, whole(con, "ingestion_report"))
    assert not first.success
    # a column no rule reads changes everywhere: no block is validated again
    frame["last_seen_at"] = "plus tard"
    write(con, "ingestion_report", frame)
    again, n = incremental(con, "ingestion_report")
    assert n == 0
    assert_same(again, whole(con, "ingestion_report"))


def test_suites_that_cannot_be_split() -> None:
    assert inc.combinable(suite_for("questionnaire_responses"))
    assert inc.combinable(suite_for("ingestion_report"))
    assert not inc.combinable(suite_for("lever_state_of_play"))  # pair rule, rows per region
    assert not inc.combinable(suite_for("actions"))  # year order (pair rule)


def _check_run(db: Path, frame: pd.DataFrame) -> dict:
    import dagster as dg

    from quality.checks import build_table_checks
    from tests.quality.test_checks import evaluations
    from tests.quality.test_validation_cache import CachingWarehouse

    @dg.asset(name="questionnaire_responses")
    def answers() -> None:
        with duckdb.connect(str(db)) as con:
            write(con, "questionnaire_responses", frame)

    result = dg.materialize(
        [answers, *build_table_checks(answers, "questionnaire_responses")],
        resources={"warehouse": CachingWarehouse(path=str(db))},
        raise_on_error=False,
    )
    return evaluations(result)


def test_check_metadata_after_a_new_questionnaire(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through Dagster: same results, examples and verdicts as a whole validation (cache off);
    the engine says which blocks were validated; the blocking check still blocks."""
    frame = responses(120, seed=5, bad=True)
    db = tmp_path / "wh.duckdb"
    _check_run(db, frame)
    grown = pd.concat([frame, responses(125, seed=6, bad=True).iloc[120:]], ignore_index=True)
    inc_evals = _check_run(db, grown)
    engine = inc_evals["gx_questionnaire_responses"].metadata["engine"].value
    assert "validation incrémentale" in engine and "0 bloc(s)" not in engine
    repeat = _check_run(db, grown)
    assert "résultat repris" in repeat["gx_questionnaire_responses"].metadata["engine"].value
    monkeypatch.setenv("COPDIAG_GX_CACHE", "off")
    off = _check_run(tmp_path / "off.duckdb", grown)
    for name in ("gx_questionnaire_responses", "gx_questionnaire_responses_blocking"):
        assert inc_evals[name].passed is off[name].passed is False
        for field in ("results", "unexpected_examples", "statistics", "n_rows"):
            assert inc_evals[name].metadata[field] == off[name].metadata[field], field
    assert off["gx_questionnaire_responses"].metadata["engine"].value == "great_expectations"


def test_whole_tables_rerun_only_the_rules_whose_columns_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`actions` has a pair rule (validated whole): after two edited cells only the two rules
    reading those columns go to GX, and the check says the same as a full validation."""
    from tests.quality.test_suites import good_frame
    from tests.quality.test_validation_cache import _run

    db = tmp_path / "wh.duckdb"
    frame = good_frame("actions")
    assert _run(db, frame)["gx_actions"].passed
    changed = frame.copy()
    changed.loc[0, "title"] = None
    changed.loc[1, "total_etp"] = -1.0
    evals = _run(db, changed)
    engine = evals["gx_actions"].metadata["engine"].value
    n_rules = len(suite_for("actions").expectations)
    assert f"2 règle(s) validée(s), {n_rules - 2} reprise(s)" in engine
    monkeypatch.setenv("COPDIAG_GX_CACHE", "off")
    off = _run(tmp_path / "off.duckdb", changed)
    for name in ("gx_actions", "gx_actions_blocking"):
        assert evals[name].passed == off[name].passed
        for field in ("results", "unexpected_examples", "statistics", "n_rows"):
            assert evals[name].metadata[field] == off[name].metadata[field], field
    assert not evals["gx_actions"].passed  # the two failures are reported, not reused
