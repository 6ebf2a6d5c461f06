"""Reused GX validations: same frame, suite and code → same outcomes, said in the metadata;
any changed value → a real validation."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb
import numpy as np
import pandas as pd
import pytest

from quality import validation_cache as vc
from quality.checks import build_table_checks
from tests.quality.test_checks import FakeWarehouse, evaluations, make_assets
from tests.quality.test_suites import good_frame


class CachingWarehouse(FakeWarehouse):
    """The checks' warehouse with a read-write connection, as the real resource has."""

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        con = duckdb.connect(self.path, read_only=read_only)
        try:
            yield con
        finally:
            con.close()


def _run(db: Path, frame: pd.DataFrame) -> dict[str, dg.AssetCheckEvaluation]:
    actions, published = make_assets(db, frame)
    result = dg.materialize(
        [actions, published, *build_table_checks(actions, "actions")],
        resources={"warehouse": CachingWarehouse(path=str(db))},
        raise_on_error=False,
    )
    return evaluations(result)


def test_identical_table_repeats_the_stored_validation(tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    first = _run(db, good_frame("actions"))
    assert first["gx_actions"].passed
    assert "résultat repris" not in first["gx_actions"].metadata["engine"].value
    again = _run(db, good_frame("actions"))
    engine = again["gx_actions"].metadata["engine"].value
    assert engine.startswith("great_expectations — résultat repris")
    assert again["gx_actions"].passed and again["gx_actions_blocking"].passed
    assert (
        again["gx_actions"].metadata["results"].value
        == first["gx_actions"].metadata["results"].value
    )
    with duckdb.connect(str(db)) as con:
        assert con.execute("SELECT count(*) FROM gx_validation_cache").fetchone()[0] == 1


def test_a_changed_value_is_validated_again(tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    assert _run(db, good_frame("actions"))["gx_actions_blocking"].passed
    bad = good_frame("actions")
    bad.loc[1, "lever_code"] = "inconnu"
    evals = _run(db, bad)
    assert not evals["gx_actions_blocking"].passed
    assert "résultat repris" not in evals["gx_actions"].metadata["engine"].value
    examples = evals["gx_actions"].metadata["unexpected_examples"].value
    assert examples["expect_column_values_to_be_in_set[lever_code]"]["examples"] == ["inconnu"]
    # and the failure itself is repeated, not turned into a success
    again = _run(db, bad)
    assert not again["gx_actions_blocking"].passed
    assert "résultat repris" in again["gx_actions"].metadata["engine"].value


def test_switched_off_validates_every_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COPDIAG_GX_CACHE", "off")
    db = tmp_path / "wh.duckdb"
    _run(db, good_frame("actions"))
    again = _run(db, good_frame("actions"))
    assert "résultat repris" not in again["gx_actions"].metadata["engine"].value


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ({"x": [1, 2]}, {"x": [2, 1]}),  # row order
        ({"x": ["1", "2"]}, {"x": [1, 2]}),  # text vs number
        ({"x": [None, "a"]}, {"x": [float("nan"), "a"]}),  # None vs NaN
        ({"x": [["a;b"], ["c"]]}, {"x": [["a", "b"], ["c"]]}),  # list cells
        ({"x": [np.array(["a", "b"]), None]}, {"x": [np.array(["a", "c"]), None]}),
        ({"x": [1.0, 2.0]}, {"y": [1.0, 2.0]}),  # column name
        ({"x": [1, 2]}, {"x": [1.0, 2.0]}),  # dtype
    ],
)
def test_fingerprint_tells_frames_apart(a: dict, b: dict) -> None:
    assert vc.frame_fingerprint(pd.DataFrame(a)) != vc.frame_fingerprint(pd.DataFrame(b))


def test_fingerprint_is_stable_for_equal_frames() -> None:
    frame = good_frame("actions")
    assert vc.frame_fingerprint(frame) == vc.frame_fingerprint(frame.copy(deep=True))
    listy = pd.DataFrame({"x": [["a", "b"], None, ["c"]], "n": [1, 2, 3]})
    assert vc.frame_fingerprint(listy) == vc.frame_fingerprint(listy.copy(deep=True))


def _run_suite(db: Path, frame: pd.DataFrame, suite) -> dict[str, dg.AssetCheckEvaluation]:
    actions, published = make_assets(db, frame)
    result = dg.materialize(
        [actions, published, *build_table_checks(actions, "actions", suite=suite)],
        resources={"warehouse": CachingWarehouse(path=str(db))},
        raise_on_error=False,
    )
    return evaluations(result)


def test_a_changed_suite_is_validated_again(tmp_path: Path) -> None:
    """Same table, one rule changed: a real validation, which sees what the new rule says."""
    from dataclasses import replace

    from quality.suites import suite_for

    db = tmp_path / "wh.duckdb"
    suite = suite_for("actions")
    first = _run_suite(db, good_frame("actions"), suite)
    assert first["gx_actions"].passed
    assert (
        "résultat repris"
        in _run_suite(db, good_frame("actions"), suite)["gx_actions"].metadata["engine"].value
    )
    position, spec = next(
        (i, e)
        for i, e in enumerate(suite.expectations)
        if e.expectation == "expect_column_values_to_be_in_set" and e.columns == ("lever_code",)
    )
    narrower = replace(spec, kwargs={**spec.kwargs, "value_set": ["aucun-code"]})
    changed = replace(
        suite,
        expectations=(
            *suite.expectations[:position],
            narrower,
            *suite.expectations[position + 1 :],
        ),
    )
    evals = _run_suite(db, good_frame("actions"), changed)
    engine = evals["gx_actions"].metadata["engine"].value
    assert "résultat repris" not in engine
    assert not evals["gx_actions_blocking"].passed
    failed = evals["gx_actions"].metadata["failed_expectations"].value
    assert failed == ["expect_column_values_to_be_in_set[lever_code]"]
    # the failure of the new suite is itself repeated as a failure, said so
    again = _run_suite(db, good_frame("actions"), changed)
    assert (
        "résultat repris : données et suite inchangées"
        in again["gx_actions"].metadata["engine"].value
    )
    assert not again["gx_actions_blocking"].passed
    assert (
        again["gx_actions"].metadata["results"].value
        == evals["gx_actions"].metadata["results"].value
    )
