"""The national refresh as a steward launches it: a backfill through the real UI and daemon.

Starts ``copdiag ui`` (``dagster dev``: webserver + daemon) on 127.0.0.1 with a free port and a
temporary DAGSTER_HOME, launches a 2-region backfill of ``regional_refresh`` through GraphQL,
waits (bounded), checks both publications and that the runs' writing steps took turns on the
warehouse's writer lock (the pool alone can let two in at once on SQLite storage),
then stops everything with SIGINT to the process group (``dagster dev`` ignores SIGTERM when
started from a script).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import dagster as dg
import pytest

from pipelines.backfill import (
    BackfillError,
    backfill_status,
    launch_region_backfill,
    wait_for_backfill,
)

REGIONS = ("28", "32")
ROOT = Path(__file__).resolve().parents[2]
STARTUP_TIMEOUT = 180
# dagster dev stops its webserver, daemon and code server one after the other: on a loaded
# 2-core machine (two test processes plus OCR) this took over 60 s once
STOP_TIMEOUT = 180
BACKFILL_TIMEOUT = 300


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for_location(url: str, proc: subprocess.Popen, log: Path) -> None:
    """Until the webserver answers and the ``copdiag`` code location is loaded."""
    query = (
        '{ repositoryOrError(repositorySelector: {repositoryLocationName: "copdiag", '
        'repositoryName: "__repository__"}) { __typename } }'
    )
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"dagster dev s'est arrêté :\n{log.read_text()[-3000:]}")
        try:
            request = urllib.request.Request(
                url + "/graphql",
                data=json.dumps({"query": query}).encode(),
                headers={"Content-Type": "application/json"},
            )
            with urllib.request.urlopen(request, timeout=10) as response:
                data = json.loads(response.read())
            if data["data"]["repositoryOrError"]["__typename"] == "Repository":
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError, KeyError, TypeError):
            pass
        time.sleep(2)
    pytest.fail(f"interface non prête après {STARTUP_TIMEOUT} s :\n{log.read_text()[-3000:]}")


def _stop(proc: subprocess.Popen) -> int:
    """SIGINT to the whole process group (webserver, daemon, code server), then wait."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            return proc.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            pytest.fail(f"dagster dev ne s'est pas arrêté dans les {STOP_TIMEOUT} s après SIGINT")
    return proc.returncode


def _writer_turns(instance: dg.DagsterInstance, run_id: str) -> list[tuple[float, float]]:
    """(taken, given) of the writer lock turns of a run's DuckDB-writing steps, from its log."""
    from assets.resources import WRITER_TURN_GIVEN, WRITER_TURN_TAKEN

    turns, taken = [], {}
    for entry in instance.all_logs(run_id):
        step, message = entry.step_key, entry.user_message or ""
        if message.startswith(WRITER_TURN_TAKEN):
            taken[step] = entry.timestamp
        elif message.startswith(WRITER_TURN_GIVEN) and step in taken:
            turns.append((taken.pop(step), entry.timestamp))
    assert not taken, f"tour d'écriture jamais rendu : {sorted(taken)}"
    return turns


def test_two_region_backfill_through_webserver_and_daemon(tmp_path, monkeypatch) -> None:
    from demo.corpus import write_demo_inbox
    from pipelines.instance import prepare_home

    for i, region in enumerate(REGIONS):
        write_demo_inbox(
            tmp_path / "inbox", region, seed=31 + i, n_plans=1, n_cots=1,
            n_questionnaires=5, n_recipients=10,
        )  # fmt: skip
    home = prepare_home(tmp_path / "dagster_home")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = dict(os.environ)
    env.update(
        DAGSTER_HOME=str(home),
        COPDIAG_INBOX=str(tmp_path / "inbox"),
        COPDIAG_WAREHOUSE=str(tmp_path / "warehouse.duckdb"),
        COPDIAG_OUTPUTS=str(tmp_path / "outputs"),
        COPDIAG_QUARANTINE=str(tmp_path / "quarantine"),
        COPDIAG_WORKERS="1",
        COPDIAG_EXECUTOR="in_process",  # one process per run: fast on a small machine
    )
    log = tmp_path / "dagster_dev.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "pipelines.cli", "ui", "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        _wait_for_location(url, proc, log)
        backfill_id = launch_region_backfill(url, list(REGIONS))
        try:
            status = wait_for_backfill(url, backfill_id, timeout=BACKFILL_TIMEOUT)
        except BackfillError as exc:
            pytest.fail(f"{exc}\n{log.read_text()[-3000:]}")
        assert status["status"] in ("COMPLETED", "COMPLETED_SUCCESS"), status
        runs = status["runs"]
        assert len(runs) == 2
        assert {r["status"] for r in runs} == {"SUCCESS"}
        partitions = sorted(
            t["value"] for r in runs for t in r["tags"] if t["key"] == "dagster/partition"
        )
        assert partitions == sorted(REGIONS)
        assert backfill_status(url, backfill_id)["id"] == backfill_id
    finally:
        code = _stop(proc)
    assert code is not None

    # both publications exist, complete
    for region in REGIONS:
        folder = tmp_path / "outputs" / region
        package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
        assert {"actions", "lever_state_of_play", "ingestion_report"} <= {
            r["name"] for r in package["resources"]
        }
        assert (folder / "synthese.html").stat().st_size > 1000

    # the history stays in the home: runs, materialisations, and the pool took turns
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    instance = dg.DagsterInstance.get()
    try:
        runs = instance.get_runs(dg.RunsFilter(tags={"dagster/backfill": backfill_id}))
        assert len(runs) == 2
        for region in REGIONS:
            records = instance.fetch_materializations(
                dg.AssetRecordsFilter(
                    asset_key=dg.AssetKey("publication"), asset_partitions=[region]
                ),
                limit=1,
            ).records
            assert records, region
        assert instance.event_log_storage.get_concurrency_info("duckdb_writer").slot_count == 1
        first, second = (_writer_turns(instance, r.run_id) for r in runs)
        from assets.resources import WRITER_POOL
        from pipelines.definitions import defs

        job = defs.resolve_job_def("regional_refresh")
        writers = [n.name for n in job.graph.node_defs if getattr(n, "pool", None) == WRITER_POOL]
        assert len(writers) >= 10, writers
        # every writing step ran, in both runs
        assert len(first) == len(second) == len(writers), writers
        overlaps = [
            (a, b) for a in first for b in second if a[0] < b[1] and b[0] < a[1]
        ]
        assert not overlaps, "deux étapes d'écriture DuckDB en même temps"
    finally:
        instance.dispose()
    assert not list(ROOT.glob(".tmp_dagster_home_*"))
