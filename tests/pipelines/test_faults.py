"""Faults: a refresh killed half-way and two refreshes at once leave everything intact.

These run the real ``copdiag`` command in separate processes, as a scheduler or a steward would.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

REGION = "28"
FACT_TABLES = ("actions", "action_steps", "questionnaire_answers", "recipients", "documents")


def _cli_env(root: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        COPDIAG_INBOX=str(root / "inbox"),
        COPDIAG_WAREHOUSE=str(root / "warehouse.duckdb"),
        COPDIAG_OUTPUTS=str(root / "outputs"),
        COPDIAG_QUARANTINE=str(root / "quarantine"),
        COPDIAG_WORKERS="2",
    )
    env["DAGSTER_HOME"] = str(root / "dagster_home")  # the test's own history, never data/
    env["COPDIAG_LOG"] = str(root / "copdiag.log")
    return env


def _copdiag(*args: str) -> list[str]:
    return [sys.executable, "-m", "pipelines.cli", *args]


def _refresh(root: Path) -> subprocess.CompletedProcess:
    """``copdiag refresh`` to completion; exit 0 or 2 (some files quarantined) is a success."""
    done = subprocess.run(
        _copdiag("refresh", "--region", REGION),
        env=_cli_env(root),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode in (0, 2), done.stderr[-3000:]
    return done


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _counts(warehouse: Path) -> dict[str, int]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in FACT_TABLES}
    finally:
        con.close()


def _add_plans(inbox: Path, n: int, seed: int) -> None:
    from demo.action_plan_pdf import build_action_plan_pdf
    from demo.plan_random import random_plan_spec

    rng = random.Random(seed)
    for i in range(n):
        spec = random_plan_spec(rng, f"Communauté de communes n°{seed}-{i}", 12)
        (inbox / f"plans/ajout_{seed}_{i}.pdf").write_bytes(
            build_action_plan_pdf(spec, ("table", "paragraph", "grid")[i % 3])
        )


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    """A region refreshed once by the real command."""
    from demo.corpus import write_demo_inbox

    root = tmp_path_factory.mktemp("faults")
    write_demo_inbox(
        root / "inbox", REGION, seed=11, n_plans=2, n_cots=1, n_questionnaires=8, n_recipients=15
    )
    _refresh(root)
    return root


def test_refresh_killed_half_way_keeps_publication_and_warehouse(published: Path) -> None:
    root = published
    outputs = root / "outputs" / REGION
    before_pub = _fingerprint(outputs)
    before_counts = _counts(root / "warehouse.duckdb")
    _add_plans(root / "inbox" / REGION, 6, seed=5)  # enough new work to be caught in the middle

    proc = subprocess.Popen(
        _copdiag("refresh", "--region", REGION),
        env=_cli_env(root),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    assert proc.stdout is not None
    deadline = time.monotonic() + 300
    seen = []
    for line in proc.stdout:  # kill as soon as parsing has started
        seen.append(line)
        if "à lire" in line or time.monotonic() > deadline:
            break
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    assert proc.returncode != 0, "".join(seen[-20:])

    # the previous publication is untouched, byte for byte
    assert _fingerprint(outputs) == before_pub
    assert not [p for p in outputs.parent.iterdir() if p.name.startswith(f".{REGION}")]
    # the warehouse opens and holds at least what it held (files are committed one by one)
    after = _counts(root / "warehouse.duckdb")
    assert all(after[t] >= before_counts[t] for t in FACT_TABLES if t != "documents")

    # the next refresh completes and publishes the new plans
    _refresh(root)
    final = _counts(root / "warehouse.duckdb")
    assert final["documents"] == before_counts["documents"] + 6
    assert final["actions"] > before_counts["actions"]
    assert _fingerprint(outputs) != before_pub


def test_two_refreshes_at_once_do_not_corrupt(published: Path) -> None:
    root = published
    _add_plans(root / "inbox" / REGION, 2, seed=9)
    procs = [
        subprocess.Popen(
            _copdiag("refresh", "--region", REGION),
            env=_cli_env(root),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=600) for p in procs]
    codes = [p.returncode for p in procs]
    assert all(code in (0, 2) for code in codes), [o[1][-2000:] for o in outs]
    for _, err in outs:
        assert "Could not set lock" not in err
    counts = _counts(root / "warehouse.duckdb")
    # one more refresh on the same inbox changes nothing: the warehouse is consistent
    _refresh(root)
    assert _counts(root / "warehouse.duckdb") == counts
    con = duckdb.connect(str(root / "warehouse.duckdb"), read_only=True)
    dup = con.execute(
        "SELECT count(*) FROM (SELECT action_id FROM actions GROUP BY action_id "
        "HAVING count(*) > 1)"
    ).fetchone()[0]
    con.close()
    assert dup == 0
