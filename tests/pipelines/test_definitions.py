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


def test_inbox_sensor_parses_new_files_alone_then_refreshes_region_once(tmp_path) -> None:
    region = tmp_path / "32"
    region.mkdir()
    (region / "q1.xlsx").write_bytes(b"one")
    env = Environment(inbox=str(tmp_path))
    sensor = build_inbox_sensor(env)
    repo = build_definitions(env).get_repository_def()
    with dg.instance_for_test() as instance:

        def tick(cursor):
            context = dg.build_sensor_context(
                cursor=cursor,
                repository_def=repo,
                instance=instance,
                instance_ref=instance.get_ref(),
            )
            return sensor.evaluate_tick(context)

        # a region seen for the first time is read by one regional run (parallel parsing)
        first = tick(None)
        assert [(r.job_name, r.partition_key) for r in first.run_requests] == [
            ("regional_refresh", "32")
        ]
        assert not tick(first.cursor).run_requests  # nothing changed

        # a new questionnaire: parsed alone in its own partition, region waits for it
        (region / "sous dossier").mkdir()
        (region / "sous dossier" / "q2.xlsx").write_bytes(b"two")
        second = tick(first.cursor)
        assert [(r.job_name, r.partition_key) for r in second.run_requests] == [
            ("file_ingest", "32/sous dossier/q2.xlsx")
        ]
        [add] = second.dynamic_partitions_requests
        assert list(add.partition_keys) == ["32/sous dossier/q2.xlsx"]
        instance.add_dynamic_partitions("inbox_file", list(add.partition_keys))

        # no file run is active any more: the regional analysis re-runs once
        third = tick(second.cursor)
        assert [(r.job_name, r.partition_key) for r in third.run_requests] == [
            ("regional_refresh", "32")
        ]
        assert not tick(third.cursor).run_requests

        # a removed file: straight to the regional run, which drops its rows
        (region / "q1.xlsx").unlink()
        fourth = tick(third.cursor)
        assert [(r.job_name, r.partition_key) for r in fourth.run_requests] == [
            ("regional_refresh", "32")
        ]
