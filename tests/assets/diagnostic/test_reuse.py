"""A diagnostic table is kept when its inputs, settings and code are unchanged, and computed
again as soon as one of them changes (``assets.diagnostic.reuse``), through the real assets on
a generated region in a temporary DuckDB warehouse."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import pandas as pd
import pytest

from assets.diagnostic.assets import DIAGNOSTIC_ASSETS
from assets.resources import Warehouse
from pipelines.resources import Environment, build_resources
from tests.assets.diagnostic.generated_region import REGION, generate_tables, write_warehouse

TABLES = (
    "lever_families",
    "lever_state_of_play",
    "priority_themes",
    "exemplary_projects",
    "cop_action_candidates",
)


def _run(tmp_path: Path, warehouse: str) -> dict[str, str]:
    env = Environment(
        inbox=str(tmp_path / "inbox"),
        warehouse=warehouse,
        outputs=str(tmp_path / "outputs"),
        quarantine=str(tmp_path / "quarantine"),
    )
    result = dg.materialize(DIAGNOSTIC_ASSETS, partition_key=REGION, resources=build_resources(env))
    assert result.success
    notes = {}
    for table in TABLES:
        (materialization,) = result.asset_materializations_for_node(table)
        notes[table] = materialization.metadata["calcul"].value
    return notes


def _tables(warehouse) -> dict[str, pd.DataFrame]:  # noqa: ANN001
    return {t: warehouse.read_table(t, REGION) for t in TABLES}


@pytest.fixture
def region(tmp_path: Path):  # noqa: ANN201
    return write_warehouse(generate_tables(40, seed=3), tmp_path / "w.duckdb")


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The generated region's warehouse after a first run with reuse on, made once: the
    tests that go on from it each take a copy (``_copy``), so they stay independent."""
    root = tmp_path_factory.mktemp("reuse_first")
    warehouse = write_warehouse(generate_tables(40, seed=3), root / "w.duckdb")
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("COPDIAG_ANALYSIS_CACHE", raising=False)
        notes = _run(root, warehouse.path)
    return Path(warehouse.path), notes


def _copy(first_run: tuple[Path, dict[str, str]], tmp_path: Path) -> Warehouse:
    """A private copy of the first run's warehouse."""
    path = first_run[0]
    for source in (path, path.with_name(path.name + ".wal")):
        if source.exists():
            shutil.copyfile(source, tmp_path / source.name)
    return Warehouse(path=str(tmp_path / path.name))


def test_unchanged_inputs_keep_every_table(tmp_path: Path, first_run, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.delenv("COPDIAG_ANALYSIS_CACHE", raising=False)
    first = first_run[1]
    assert set(first.values()) == {"calculée dans cette exécution"}
    region = _copy(first_run, tmp_path)
    before = _tables(region)
    assert len(before["lever_state_of_play"]) > 40 and len(before["priority_themes"]) >= 5

    second = _run(tmp_path, region.path)
    assert all(
        note.startswith("repris : entrées, réglages et code identiques") for note in second.values()
    )
    after = _tables(region)
    for table in TABLES:
        pd.testing.assert_frame_equal(after[table], before[table])


def test_a_changed_answer_recomputes_what_reads_answers(
    tmp_path: Path, first_run, monkeypatch
) -> None:  # noqa: ANN001
    monkeypatch.delenv("COPDIAG_ANALYSIS_CACHE", raising=False)
    region = _copy(first_run, tmp_path)
    with region.connect() as con:
        con.execute(
            "UPDATE questionnaire_responses SET relevance_score = 4 - coalesce(relevance_score, 0) "
            "WHERE region_code = ? AND relevance_score IS NOT NULL",
            [REGION],
        )
    notes = _run(tmp_path, region.path)
    for table in ("lever_families", "lever_state_of_play", "priority_themes"):
        assert notes[table] == "calculée dans cette exécution", table
    # rows deleted behind the pipeline's back: never kept
    with region.connect() as con:
        con.execute("DELETE FROM lever_families WHERE region_code = ? AND rowid % 2 = 0", [REGION])
    assert _run(tmp_path, region.path)["lever_families"] == "calculée dans cette exécution"


def test_switched_off(tmp_path: Path, region, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("COPDIAG_ANALYSIS_CACHE", "off")
    _run(tmp_path, region.path)
    assert set(_run(tmp_path, region.path).values()) == {"calculée dans cette exécution"}
