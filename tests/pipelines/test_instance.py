"""The instance a steward lives in: ``copdiag refresh`` leaves its history in DAGSTER_HOME,
every table asset carries the datapackage's column schema, owners and a row count, and the
terminal shows French progress and status words while Dagster's lines go to the log file."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import pandas as pd
import pytest

from pipelines.instance import (
    HOST_TAG,
    MANAGED_MARKER,
    PID_TAG,
    dagster_home,
    prepare_home,
    recover_abandoned_runs,
)
from pipelines.progress import RefreshProgress, region_summary, status_counts_fr

REGION = "32"
TABLE_ASSETS = (
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
)


@dataclass
class CliRefresh:
    root: Path
    home: Path
    code: int
    out: str
    err: str


@pytest.fixture(scope="module")
def cli_refresh(tmp_path_factory) -> CliRefresh:
    """``copdiag refresh`` on a small demo region, with its own DAGSTER_HOME and log file."""
    from demo.corpus import write_demo_inbox
    from pipelines.cli import main

    root = tmp_path_factory.mktemp("instance")
    write_demo_inbox(
        root / "inbox", REGION, seed=5, n_plans=2, n_cots=1, n_questionnaires=10, n_recipients=16
    )
    # a second answer of the same authority: the first one is « remplacé »
    questionnaires = sorted((root / "inbox" / REGION / "questionnaires").glob("*.xlsx"))
    first = next(p for p in questionnaires if "Budget" not in p.name)
    (first.parent / (first.stem + "_v2.xlsx")).write_bytes(first.read_bytes())
    home = root / "dagster_home"
    values = {
        "COPDIAG_INBOX": str(root / "inbox"),
        "COPDIAG_WAREHOUSE": str(root / "warehouse.duckdb"),
        "COPDIAG_OUTPUTS": str(root / "outputs"),
        "COPDIAG_QUARANTINE": str(root / "quarantine"),
        "COPDIAG_WORKERS": "1",
        "COPDIAG_LOG": str(root / "logs" / "copdiag.log"),
        "COPDIAG_OWNERS": "team:donnees-regionales,steward@region.example.fr",
        "DAGSTER_HOME": str(home),
    }
    with pytest.MonkeyPatch.context() as mp:
        for key, value in values.items():
            mp.setenv(key, value)
        out, err = io.StringIO(), io.StringIO()
        import contextlib

        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["refresh", "--region", REGION])
    return CliRefresh(root, home, code, out.getvalue(), err.getvalue())


@pytest.fixture
def instance(cli_refresh: CliRefresh, monkeypatch):
    """A fresh instance opened from the home, as ``copdiag ui`` would open it."""
    monkeypatch.setenv("DAGSTER_HOME", str(cli_refresh.home))
    found = dg.DagsterInstance.get()
    yield found
    found.dispose()


def _latest(instance: dg.DagsterInstance, asset: str) -> dg.AssetMaterialization:
    records = instance.fetch_materializations(
        dg.AssetRecordsFilter(asset_key=dg.AssetKey(asset), asset_partitions=[REGION]), limit=1
    ).records
    assert records, asset
    return records[0].asset_materialization


def test_refresh_history_is_in_the_home(cli_refresh: CliRefresh, instance) -> None:
    assert cli_refresh.code in (0, 2), cli_refresh.err[-2000:]
    settings = (cli_refresh.home / "dagster.yaml").read_text(encoding="utf-8")
    assert settings.startswith(MANAGED_MARKER)
    assert "telemetry" in settings
    # the run that made them: the regional job on the region partition, not an ephemeral job
    [run] = instance.get_runs(dg.RunsFilter(job_name="regional_refresh"))
    assert run.status == dg.DagsterRunStatus.SUCCESS
    assert run.tags["dagster/partition"] == REGION
    assert run.tags["copdiag/trigger"] == "cli"
    # materialisations of every table and of the publication, from that run
    for asset in (*TABLE_ASSETS, "publication"):
        records = instance.fetch_materializations(
            dg.AssetRecordsFilter(asset_key=dg.AssetKey(asset), asset_partitions=[REGION]),
            limit=1,
        ).records
        assert records and records[0].run_id == run.run_id, asset
    # check results: GX suites and the freshness of the publication
    evaluations = [
        e.dagster_event.event_specific_data
        for e in instance.all_logs(run.run_id, of_type=dg.DagsterEventType.ASSET_CHECK_EVALUATION)
    ]
    names = {ev.check_name for ev in evaluations}
    assert {"gx_actions", "gx_actions_blocking", "publication_freshness"} <= names
    assert all(ev.passed for ev in evaluations if ev.check_name == "publication_freshness")
    # instance settings from pipelines/dagster.yaml: one writer at a time
    assert instance.event_log_storage.get_concurrency_info("duckdb_writer").slot_count == 1


def test_column_schemas_equal_the_datapackage_fields(cli_refresh: CliRefresh, instance) -> None:
    package = json.loads(
        (cli_refresh.root / "outputs" / REGION / "datapackage.json").read_text(encoding="utf-8")
    )
    fields = {r["name"]: r["schema"]["fields"] for r in package["resources"]}
    published = pd.read_parquet(cli_refresh.root / "outputs" / REGION / "actions.parquet")
    for asset in TABLE_ASSETS:
        metadata = _latest(instance, asset).metadata
        schema = metadata["dagster/column_schema"].schema
        columns = [(c.name, c.type, c.description) for c in schema.columns]
        expected = [(f["name"], f["type"], f.get("description")) for f in fields[asset]]
        assert columns == expected, asset
        rows = pd.read_csv(
            cli_refresh.root / "outputs" / REGION / f"{asset}.csv", sep=";", encoding="utf-8-sig"
        )
        assert metadata["dagster/row_count"].value == len(rows), asset
    assert "respondent_email" not in {c for c, *_ in columns}
    assert len(published) == _latest(instance, "actions").metadata["dagster/row_count"].value


def test_assets_have_owners_and_row_meaning(cli_refresh: CliRefresh) -> None:
    from pipelines.definitions import build_definitions
    from pipelines.resources import Environment

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COPDIAG_OWNERS", "team:donnees-regionales, steward@region.example.fr")
        graph = build_definitions(Environment()).resolve_asset_graph()
    for asset in TABLE_ASSETS:
        node = graph.get(dg.AssetKey(asset))
        assert node.owners == ["team:donnees-regionales", "steward@region.example.fr"], asset
        assert "Une ligne = " in (node.description or ""), asset
    publication = graph.get(dg.AssetKey("publication"))
    assert publication.freshness_policy is not None
    assert publication.freshness_policy.fail_window.to_timedelta() == dt.timedelta(days=8)


def test_response_rate_in_metadata_is_the_synthesis_figure(cli_refresh, instance) -> None:
    html = (cli_refresh.root / "outputs" / REGION / "synthese.html").read_text(encoding="utf-8")
    coverage = pd.read_parquet(cli_refresh.root / "outputs" / REGION / "response_coverage.parquet")
    rate = coverage.loc[coverage["dimension"] == "region", "response_rate"].iloc[0]
    for asset in ("lever_state_of_play", "publication"):
        shown = _latest(instance, asset).metadata["taux_de_reponse"].value
        assert shown.endswith("%") and shown[:-1].strip() == str(round(rate * 100)), shown
        assert shown in html


def test_terminal_shows_french_progress_and_summary(cli_refresh: CliRefresh) -> None:
    out, err = cli_refresh.out, cli_refresh.err
    assert f"Région {REGION} publiée" in out
    assert "chargés" in out and "en quarantaine" in out and "remplacé" in out
    assert "fichier(s) remplacé(s)" in out  # the superseded answer is listed
    assert "_v2.xlsx" in out
    assert "lecture des fichiers" in err and "fichier(s) à lire" in err
    for raw in ("__ephemeral_asset_job__", "STEP_SUCCESS", "RUN_START"):
        assert raw not in out and raw not in err
    log = (cli_refresh.root / "logs" / "copdiag.log").read_text(encoding="utf-8")
    assert "regional_refresh" in log and "GX actions" in log


def test_home_defaults_under_data_and_tracks_the_settings(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert dagster_home({}) == tmp_path / "data" / "dagster_home"
    assert dagster_home({"DAGSTER_HOME": str(tmp_path / "ailleurs")}) == tmp_path / "ailleurs"
    home = prepare_home(tmp_path / "h")
    target = home / "dagster.yaml"
    target.write_text(MANAGED_MARKER + "\nancienne version\n", encoding="utf-8")
    prepare_home(home)  # our copy is refreshed
    assert "duckdb" in target.read_text(encoding="utf-8") or "pools" in target.read_text()
    target.write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    prepare_home(home)  # hand-edited (marker removed): kept
    assert target.read_text(encoding="utf-8") == "telemetry:\n  enabled: false\n"


def test_abandoned_cli_run_is_failed_and_its_writer_slot_freed(tmp_path) -> None:
    import socket
    import subprocess
    import sys

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    with dg.instance_for_test(
        overrides={"concurrency": {"pools": {"default_limit": 1}}}, temp_dir=str(tmp_path)
    ) as instance:
        run = instance.create_run_for_job(
            dg.GraphDefinition(name="g", node_defs=[]).to_job(name="regional_refresh"),
            tags={PID_TAG: dead.stdout.strip(), HOST_TAG: socket.gethostname()},
            status=dg.DagsterRunStatus.STARTED,
        )
        alive = instance.create_run_for_job(
            dg.GraphDefinition(name="g", node_defs=[]).to_job(name="regional_refresh"),
            tags={PID_TAG: str(os.getpid()), HOST_TAG: socket.gethostname()},
            status=dg.DagsterRunStatus.STARTED,
        )
        storage = instance.event_log_storage
        storage.set_concurrency_slots("duckdb_writer", 1)
        assert storage.claim_concurrency_slot("duckdb_writer", run.run_id, "ingested_documents")
        assert storage.get_concurrency_info("duckdb_writer").active_slot_count == 1

        assert recover_abandoned_runs(instance) == [run.run_id]
        assert instance.get_run_by_id(run.run_id).status == dg.DagsterRunStatus.FAILURE
        assert instance.get_run_by_id(alive.run_id).status == dg.DagsterRunStatus.STARTED
        assert storage.get_concurrency_info("duckdb_writer").active_slot_count == 0


def _record(message: str, event_type: str | None = None, step: str | None = None):
    event = type("E", (), {"event_type_value": event_type})() if event_type else None
    record = logging.LogRecord("dagster", logging.INFO, "", 0, message, None, None)
    record.dagster_meta = {"dagster_event": event, "orig_message": message, "step_key": step}
    return record


def test_progress_line_counts_files_and_names_the_stage() -> None:
    clock = iter(range(0, 1000, 7))
    stream = io.StringIO()
    progress = RefreshProgress("76", stream, interactive=False, clock=lambda: next(clock))
    progress.emit(_record("", "STEP_START", "ingested_documents"))
    progress.emit(_record("région 76 : 40 fichier(s), 12 à lire, 28 inchangé(s), 0 retiré(s)"))
    progress.emit(_record("  5/12 fichier(s) lus (3.0 s)"))
    progress.emit(_record("", "STEP_START", "lever_state_of_play"))
    lines = stream.getvalue().splitlines()
    assert lines[-3].startswith("  Région 76 · lecture des fichiers · 12 fichier(s) à lire sur 40")
    assert "fichiers lus 5/12" in lines[-2]
    assert "analyse : état des lieux par levier" in lines[-1]
    assert lines[-1].endswith(" s")

    tty = io.StringIO()
    live = RefreshProgress("76", tty, interactive=True)
    live.emit(_record("", "STEP_START", "publication"))
    live.finish()
    assert tty.getvalue().startswith("\r  Région 76 · publication")


def test_summary_uses_french_status_words() -> None:
    report = pd.DataFrame(
        {
            "source_file": ["a.pdf", "b.pdf", "q1.xlsx", "q1_v2.xlsx", "budget.xlsx"],
            "status": ["loaded", "loaded", "superseded", "unchanged", "quarantined"],
            "reason": [
                None,
                None,
                "réponse remplacée par q1_v2.xlsx",
                None,
                "pas un questionnaire",
            ],
        }
    )
    assert status_counts_fr(report) == "2 chargés, 1 inchangé, 1 remplacé, 1 en quarantaine"
    lines = region_summary("32", report, elapsed=125, folder="outputs/32")
    assert lines[0].startswith("✓ Région 32 publiée en 2 min 05 s")
    assert "    - q1.xlsx : réponse remplacée par q1_v2.xlsx" in lines
    assert "    - budget.xlsx : pas un questionnaire" in lines


def test_freshness_verdict_follows_the_schedule() -> None:
    from pipelines.freshness import freshness_verdict
    from pipelines.resources import Environment

    env = Environment(schedule_cron="0 6 * * 1", timezone="Europe/Paris")
    utc = dt.UTC
    grace = dt.timedelta(hours=24)
    wednesday = dt.datetime(2026, 11, 25, 12, tzinfo=utc)  # last tick: Mon 23/11 06:00 Paris
    assert freshness_verdict(env, "32", dt.datetime(2026, 11, 23, 7, tzinfo=utc), wednesday, grace)[
        0
    ]
    fresh, sentence = freshness_verdict(
        env, "32", dt.datetime(2026, 11, 16, 7, tzinfo=utc), wednesday, grace
    )
    assert not fresh
    assert "en retard" in sentence and "16/11/2026" in sentence and "23/11/2026 06:00" in sentence
    monday_noon = dt.datetime(2026, 11, 23, 11, tzinfo=utc)  # within the grace period
    assert freshness_verdict(
        env, "32", dt.datetime(2026, 11, 16, 7, tzinfo=utc), monday_noon, grace
    )[0]
    never, sentence = freshness_verdict(env, "76", None, wednesday, grace)
    assert not never and "jamais publiée" in sentence


def test_freshness_job_flags_a_region_never_refreshed(cli_refresh: CliRefresh, instance) -> None:
    from pipelines.definitions import build_definitions
    from pipelines.resources import Environment

    env = Environment(regions=(REGION, "76"))
    job = build_definitions(env).resolve_job_def("region_freshness")
    result = job.execute_in_process(instance=instance)
    assert result.success
    evaluations = [
        e.dagster_event.event_specific_data
        for e in instance.all_logs(
            result.run_id, of_type=dg.DagsterEventType.ASSET_CHECK_EVALUATION
        )
    ]
    verdicts = {ev.partition: (ev.passed, ev.description) for ev in evaluations}
    assert verdicts[REGION][0] is True and "à jour" in verdicts[REGION][1]
    assert verdicts["76"][0] is False and "jamais publiée" in verdicts["76"][1]
