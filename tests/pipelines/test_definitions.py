"""The code location loads, and its schedule and sensor ask for the right runs."""

from __future__ import annotations

import datetime
import subprocess
import sys
from pathlib import Path

import dagster as dg

from pipelines.automation import build_inbox_sensor, build_weekly_schedule
from pipelines.definitions import build_definitions
from pipelines.resources import Environment


def test_definitions_hold_the_whole_graph() -> None:
    defs = build_definitions(Environment())
    graph = defs.resolve_asset_graph()
    keys = {k.to_user_string() for k in graph.get_all_asset_keys()}
    for name in (
        "inbox_files",
        "actions",
        "action_steps",
        "referential_scores",
        "contract_targets",
        "questionnaire_responses",
        "ingestion_report",
        "lever_state_of_play",
        "lever_families",
        "priority_themes",
        "exemplary_projects",
        "cop_action_candidates",
        "publication",
    ):
        assert name in keys
    upstream = {k.to_user_string() for k in graph.get(dg.AssetKey("publication")).parent_keys}
    assert "priority_themes" in upstream
    assert defs.resolve_job_def("regional_refresh") is not None
    check_keys = {c.name for c in graph.asset_check_keys}
    assert "gx_actions_blocking" in check_keys


def test_code_location_loads_without_importing_great_expectations() -> None:
    code = "import sys, pipelines.definitions; print('great_expectations' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.stdout.strip() == "False"


def test_weekly_schedule_requests_one_run_per_region(tmp_path) -> None:
    (tmp_path / "32").mkdir()
    (tmp_path / "76").mkdir()
    env = Environment(inbox=str(tmp_path), schedule_cron="0 6 * * 1")
    schedule = build_weekly_schedule(env)
    assert schedule.execution_timezone == "Europe/Paris"
    repo = build_definitions(env).get_repository_def()
    context = dg.build_schedule_context(
        scheduled_execution_time=datetime.datetime(2026, 11, 23, 6, 0), repository_def=repo
    )
    requests = list(schedule.evaluate_tick(context).run_requests or [])
    assert sorted(r.partition_key for r in requests) == ["32", "76"]


def test_inbox_sensor_fires_once_per_change(tmp_path) -> None:
    region = tmp_path / "32"
    region.mkdir()
    (region / "q1.xlsx").write_bytes(b"one")
    env = Environment(inbox=str(tmp_path))
    sensor = build_inbox_sensor(env)
    repo = build_definitions(env).get_repository_def()
    first = sensor.evaluate_tick(dg.build_sensor_context(repository_def=repo))
    assert [r.partition_key for r in first.run_requests] == ["32"]
    second = sensor.evaluate_tick(dg.build_sensor_context(cursor=first.cursor, repository_def=repo))
    assert not second.run_requests
    (region / "q2.xlsx").write_bytes(b"two")
    third = sensor.evaluate_tick(dg.build_sensor_context(cursor=first.cursor, repository_def=repo))
    assert [r.partition_key for r in third.run_requests] == ["32"]
