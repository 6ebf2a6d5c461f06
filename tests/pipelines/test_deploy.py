"""Beyond one machine: the shipped instance configs are valid and the executor is configurable."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from pipelines.definitions import build_definitions
from pipelines.resources import Environment

DEPLOY = Path(__file__).resolve().parents[2] / "pipelines" / "deploy"


@pytest.mark.parametrize("name", ["dagster-k8s.yaml", "dagster-celery.yaml"])
def test_instance_configs_validate(name: str, tmp_path: Path, monkeypatch) -> None:
    from dagster._core.instance.config import dagster_instance_config

    for var in ("DAGSTER_PG_HOST", "DAGSTER_PG_USER", "DAGSTER_PG_PASSWORD", "DAGSTER_PG_DB"):
        monkeypatch.setenv(var, "x")
    shutil.copy(DEPLOY / name, tmp_path / "dagster.yaml")
    config, _ = dagster_instance_config(str(tmp_path))
    assert config["storage"]["postgres"]
    assert config["concurrency"]["pools"]["default_limit"] == 1


def test_k8s_configmap_sets_every_path_from_configuration() -> None:
    data = yaml.safe_load((DEPLOY / "copdiag-env.yaml").read_text())["data"]
    assert data["COPDIAG_EXECUTOR"] == "k8s"
    assert {"COPDIAG_INBOX", "COPDIAG_WAREHOUSE", "COPDIAG_OUTPUTS"} <= set(data)
    assert Environment.from_env({**data, "COPDIAG_EXECUTOR": "in_process"}).warehouse == (
        "/data/warehouse.duckdb"
    )


@pytest.mark.parametrize(
    ("name", "expected"), [("multiprocess", "multiprocess"), ("in_process", "in_process")]
)
def test_executor_from_configuration(name: str, expected: str) -> None:
    env = Environment.from_env({"COPDIAG_EXECUTOR": name})
    job = build_definitions(env).resolve_job_def("regional_refresh")
    assert job.executor_def.name == expected


def test_unknown_executor_is_refused_in_french() -> None:
    with pytest.raises(ValueError, match="COPDIAG_EXECUTOR"):
        Environment.from_env({"COPDIAG_EXECUTOR": "slurm"})
