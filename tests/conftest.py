"""Shared fixtures: a small demo region refreshed once per test session."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import pytest

from pipelines.resources import Environment

REGION = "32"

REPO_ROOT = Path(__file__).resolve().parents[1]


# The test files that take longest, longest first. Under xdist (`make test`: --dist loadfile
# --no-loadscope-reorder) each file is one unit of work, so its cached parses are shared by its
# tests, handed out in this order: these files first, the others by decreasing number of tests,
# and last the engine comparisons of SPREAD_FILE one test at a time (FilesThenSpread), so that
# they fill whichever worker is free and the two workers finish together.
SLOW_FILES = (
    "tests/sources/pdf/test_producers.py",  # ~25 min: every producer layout parsed and scored
    "tests/pipelines/test_backfill_daemon.py",  # webserver, daemon, two runs
    "tests/pipelines/test_faults.py",  # five `copdiag refresh` processes
    "tests/assets/diagnostic/test_run_shared.py",
    "tests/assets/diagnostic/test_reuse.py",
    "tests/assets/diagnostic/test_analysis_vectorised.py",
    "tests/pipelines/test_bad_inputs.py",
    "tests/assets/diagnostic/test_memo.py",
    "tests/pipelines/test_refresh_safety.py",
)
# Its tests are independent (each reads its own PDF with both engines, ~7 s): spread.
SPREAD_FILE = "tests/sources/pdf/test_engines.py"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In an xdist worker only: the slow files first, then the others by number of tests,
    SPREAD_FILE last (a plain ``pytest`` run keeps the collection order). The order within a
    file is kept."""
    if not hasattr(config, "workerinput"):
        return
    counts = Counter(item.nodeid.split("::", 1)[0] for item in items)
    rank = {name: i for i, name in enumerate(SLOW_FILES)}

    def key(item: pytest.Item) -> tuple[int, int]:
        name = item.nodeid.split("::", 1)[0]
        if name == SPREAD_FILE:
            return len(rank) + 1, 0
        return rank.get(name, len(rank)), -counts[name]

    items.sort(key=key)  # stable: a file's tests stay together and in their order


@pytest.hookimpl(tryfirst=True)  # before xdist's own choice of scheduler
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object | None:
    """``--dist loadfile``, but the tests of SPREAD_FILE handed out one by one.

    (``--dist loadgroup`` with an xdist_group mark per file would say the same, but pytest 9.2
    no longer sees the group xdist 3.8 writes into the node id: pytest-xdist issue #1386.)
    """
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class FilesThenSpread(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            scope = super()._split_scope(nodeid)
            return nodeid if scope == SPREAD_FILE else scope

    return FilesThenSpread(config, log)


def shared_dir() -> Path:
    """The project's shared/ folder: ``$COPDIAG_SHARED`` or ``../shared`` beside the clone."""
    return Path(os.environ.get("COPDIAG_SHARED", REPO_ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def realworld_dir() -> Path:
    """Real third-party files (``shared/realworld``); tests using them skip when absent."""
    path = shared_dir() / "realworld"
    if not path.is_dir():
        pytest.skip(f"dossier des fichiers réels absent : {path} (définir COPDIAG_SHARED)")
    return path


@pytest.fixture(scope="session", autouse=True)
def _private_dagster_home(tmp_path_factory) -> Iterator[None]:
    """Tests never write to the steward's history (data/dagster_home) or log (data/logs)."""
    root = tmp_path_factory.mktemp("dagster_home")
    saved = {k: os.environ.get(k) for k in ("DAGSTER_HOME", "COPDIAG_LOG")}
    os.environ["DAGSTER_HOME"] = str(root / "home")
    os.environ["COPDIAG_LOG"] = str(root / "logs" / "copdiag.log")
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@dataclass
class RefreshedRegion:
    env: Environment
    root: Path
    result: dg.ExecuteInProcessResult
    instance: dg.DagsterInstance


def make_env(root: Path, workers: int = 2) -> Environment:
    return Environment(
        inbox=str(root / "inbox"),
        warehouse=str(root / "warehouse.duckdb"),
        outputs=str(root / "outputs"),
        quarantine=str(root / "quarantine"),
        workers=workers,
        publication_history=str(root / "publications"),
    )


@pytest.fixture(scope="session")
def refreshed_region(tmp_path_factory) -> RefreshedRegion:
    """A small demo corpus (every kind of input, some bad) after one full refresh."""
    from demo.corpus import write_demo_inbox
    from pipelines.refresh import refresh_region

    root = tmp_path_factory.mktemp("e2e")
    env = make_env(root)
    write_demo_inbox(
        Path(env.inbox),
        REGION,
        seed=7,
        n_plans=3,
        n_cots=2,
        n_questionnaires=14,
        n_recipients=25,
    )
    instance = dg.DagsterInstance.ephemeral()
    result = refresh_region(REGION, env, instance=instance)
    return RefreshedRegion(env, root, result, instance)
