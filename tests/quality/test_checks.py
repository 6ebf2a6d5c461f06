"""Dagster asset checks: GX suites run on a real temporary DuckDB warehouse through materialize."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd
import pytest

from quality.checks import build_table_checks, check_names, region_of_partition
from tests.quality.test_suites import good_frame

REGIONS = dg.StaticPartitionsDefinition(["32", "76"])


class FakeWarehouse(dg.ConfigurableResource):
    """The slice of the lead's warehouse resource the checks use: ``read_table``."""

    path: str

    def read_table(self, table: str, region_code: str | None = None) -> pd.DataFrame:
        with duckdb.connect(self.path, read_only=True) as con:
            if region_code is None:
                return con.execute(f"SELECT * FROM {table}").df()
            return con.execute(f"SELECT * FROM {table} WHERE region_code = ?", [region_code]).df()


def write_table(path: Path, table: str, df: pd.DataFrame) -> None:
    with duckdb.connect(str(path)) as con:
        con.register("_frame", df)
        con.execute(f"CREATE OR REPLACE TABLE {table} AS SELECT * FROM _frame")


def evaluations(result: dg.ExecuteInProcessResult) -> dict[str, dg.AssetCheckEvaluation]:
    return {e.check_name: e for e in result.get_asset_check_evaluations()}


def make_assets(path: Path, frame: pd.DataFrame) -> tuple[dg.AssetsDefinition, dg.AssetsDefinition]:
    @dg.asset(name="actions")
    def actions_asset() -> None:
        write_table(path, "actions", frame)

    @dg.asset(deps=[actions_asset])
    def published() -> None:
        return None

    return actions_asset, published


def test_importing_checks_does_not_import_great_expectations() -> None:
    code = (
        "import sys, quality.checks as c; "
        "c.build_table_checks('actions', 'actions'); "
        "assert 'great_expectations' not in sys.modules, 'GX imported'; print('ok')"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parents[2]
    )
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr


def test_checks_shape() -> None:
    (checks,) = build_table_checks("actions", "actions")
    specs = {spec.name: spec for spec in checks.check_specs}
    assert set(specs) == set(check_names("actions")) == {"gx_actions", "gx_actions_blocking"}
    assert specs["gx_actions_blocking"].blocking and not specs["gx_actions"].blocking
    assert "warehouse" in checks.required_resource_keys


def test_good_table_passes(tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    actions, published = make_assets(db, good_frame("actions"))
    result = dg.materialize(
        [actions, published, *build_table_checks(actions, "actions")],
        resources={"warehouse": FakeWarehouse(path=str(db))},
    )
    assert result.success
    evals = evaluations(result)
    assert evals["gx_actions"].passed and evals["gx_actions_blocking"].passed
    md = evals["gx_actions"].metadata
    assert md["n_failed"].value == 0 and md["n_rows"].value == 2
    assert "| ✅ |" in md["results"].value


def test_bad_table_fails_and_blocks_downstream(tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    bad = good_frame("actions")
    bad = pd.concat([bad, bad.iloc[[0]]], ignore_index=True)  # duplicate key
    bad.loc[1, "lever_code"] = "inconnu"
    bad.loc[1, "start_year"] = 1999
    actions, published = make_assets(db, bad)
    result = dg.materialize(
        [actions, published, *build_table_checks(actions, "actions")],
        resources={"warehouse": FakeWarehouse(path=str(db))},
        raise_on_error=False,
    )
    evals = evaluations(result)
    full, gate = evals["gx_actions"], evals["gx_actions_blocking"]
    assert not full.passed and not gate.passed
    assert full.severity == gate.severity == dg.AssetCheckSeverity.ERROR
    assert full.metadata["n_failed"].value == 3 and gate.metadata["n_failed"].value == 2
    examples = full.metadata["unexpected_examples"].value
    assert examples["expect_column_values_to_be_in_set[lever_code]"]["examples"] == ["inconnu"]
    assert examples["expect_column_values_to_be_unique[action_id]"]["examples"] == ["a1 (×2)"]
    assert (
        "expect_column_values_to_be_between[start_year]"
        not in gate.metadata["unexpected_examples"].value
    )  # soft range: reported by gx_actions only
    # the blocking check stopped the downstream asset
    materialized = {e.asset_key for e in result.get_asset_materialization_events()}
    assert dg.AssetKey("actions") in materialized and dg.AssetKey("published") not in materialized


def test_soft_failure_warns_without_blocking(tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    frame = good_frame("actions")
    frame.loc[0, "start_year"] = 1999
    actions, published = make_assets(db, frame)
    result = dg.materialize(
        [actions, published, *build_table_checks(actions, "actions")],
        resources={"warehouse": FakeWarehouse(path=str(db))},
    )
    assert result.success
    evals = evaluations(result)
    assert not evals["gx_actions"].passed
    assert evals["gx_actions"].severity == dg.AssetCheckSeverity.WARN
    assert evals["gx_actions_blocking"].passed


def test_partitioned_check_reads_only_its_region(tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    themes = good_frame("priority_themes")
    broken_76 = themes.assign(region_code="76", rank=1)  # duplicate (region, rank) in 76
    write_table(db, "priority_themes", pd.concat([themes, broken_76], ignore_index=True))

    @dg.asset(name="priority_themes", partitions_def=REGIONS)
    def priority_themes_asset() -> None:
        return None

    checks = build_table_checks(priority_themes_asset, "priority_themes")
    resources = {"warehouse": FakeWarehouse(path=str(db))}

    ok = dg.materialize([priority_themes_asset, *checks], resources=resources, partition_key="32")
    evals = evaluations(ok)
    assert evals["gx_priority_themes"].passed and evals["gx_priority_themes_blocking"].passed
    assert evals["gx_priority_themes"].metadata["region_code"].value == "32"
    assert evals["gx_priority_themes"].metadata["n_rows"].value == 5

    ko = dg.materialize(
        [priority_themes_asset, *checks],
        resources=resources,
        partition_key="76",
        raise_on_error=False,
    )
    evals = evaluations(ko)
    assert not evals["gx_priority_themes_blocking"].passed
    assert evals["gx_priority_themes_blocking"].metadata["region_code"].value == "76"


def test_unreadable_table_is_a_failed_check_not_a_crash(tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    write_table(db, "other", pd.DataFrame({"x": [1]}))

    @dg.asset(name="lever_families")
    def families() -> None:
        return None

    result = dg.materialize(
        [families, *build_table_checks(families, "lever_families")],
        resources={"warehouse": FakeWarehouse(path=str(db))},
        raise_on_error=False,
    )
    evals = evaluations(result)
    assert not evals["gx_lever_families"].passed
    assert "CatalogException" in evals["gx_lever_families"].metadata["error"].value


@pytest.mark.parametrize(
    ("key", "region"),
    [("32", "32"), ("actions_2024.pdf", None), (None, None),
     (dg.MultiPartitionKey({"region": "76", "file": "x"}), "76")],
)  # fmt: skip
def test_region_of_partition(key: object, region: str | None) -> None:
    assert region_of_partition(key) == region  # type: ignore[arg-type]
