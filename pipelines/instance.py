"""The one Dagster instance of copdiag: a persistent ``DAGSTER_HOME`` every entry point shares.

``copdiag refresh``, ``copdiag ui`` (= ``make dev``), the schedule and the sensor (run by the
daemon that ``copdiag ui`` starts) all read and write the same home, so the steward finds in the
UI every materialisation, check result and run, whichever way it was started. The home is
``$DAGSTER_HOME`` when set, else ``data/dagster_home`` (relative to the working directory, like
the other ``data/`` paths). ``pipelines/dagster.yaml`` (writer pool, run queue, telemetry off)
is copied into it and kept in sync, unless the copy was edited by hand (marker line removed).
"""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping
from pathlib import Path

import dagster as dg

DEFAULT_HOME = "data/dagster_home"
SETTINGS_FILE = Path(__file__).with_name("dagster.yaml")
MANAGED_MARKER = "# copdiag: managed copy of pipelines/dagster.yaml"

# Tags of runs started in-process by ``copdiag refresh``: who to ask whether it is still alive.
PID_TAG = "copdiag/pid"
HOST_TAG = "copdiag/host"


def dagster_home(env: Mapping[str, str] | None = None) -> Path:
    """The instance folder: ``$DAGSTER_HOME`` or ``data/dagster_home`` (made absolute)."""
    env = os.environ if env is None else env
    return Path(env.get("DAGSTER_HOME") or DEFAULT_HOME).expanduser().resolve()


def instance_settings() -> str:
    """The text of ``dagster.yaml`` as installed in a home (marker line first)."""
    return f"{MANAGED_MARKER} — edit the source, or remove this line to keep your edits.\n" + (
        SETTINGS_FILE.read_text(encoding="utf-8")
    )


def prepare_home(home: Path | None = None) -> Path:
    """Create the home and install ``dagster.yaml`` (refreshed while it is still ours)."""
    home = (home or dagster_home()).resolve()
    home.mkdir(parents=True, exist_ok=True)
    target = home / "dagster.yaml"
    wanted = instance_settings()
    current = target.read_text(encoding="utf-8") if target.exists() else None
    if current is None or (current.startswith(MANAGED_MARKER) and current != wanted):
        tmp = target.with_suffix(f".yaml.tmp-{os.getpid()}")
        tmp.write_text(wanted, encoding="utf-8")
        os.replace(tmp, target)
    return home


def use_home(home: Path | None = None) -> Path:
    """Prepare the home and export it as ``DAGSTER_HOME`` for this process and its children."""
    home = prepare_home(home)
    os.environ["DAGSTER_HOME"] = str(home)
    return home


def get_instance(home: Path | None = None) -> dg.DagsterInstance:
    """The persistent instance (history shown by ``copdiag ui``), abandoned runs recovered."""
    use_home(home)
    instance = dg.DagsterInstance.get()
    recover_abandoned_runs(instance)
    return instance


def run_tags() -> dict[str, str]:
    """Tags an in-process run carries so a later command can tell it was abandoned."""
    return {PID_TAG: str(os.getpid()), HOST_TAG: socket.gethostname()}


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


_UNFINISHED = [
    dg.DagsterRunStatus.NOT_STARTED,
    dg.DagsterRunStatus.STARTING,
    dg.DagsterRunStatus.STARTED,
]


def recover_abandoned_runs(instance: dg.DagsterInstance) -> list[str]:
    """Mark failed the in-process runs whose ``copdiag`` process died, and free their slots.

    A refresh killed mid-run (Ctrl-C twice, SIGKILL, power cut) leaves its run « started » and
    its ``duckdb_writer`` slot claimed: without this, the next refresh would wait forever for the
    slot. Only runs started on this machine by a process that no longer exists are touched;
    runs launched by the daemon are watched by Dagster's own run monitoring.
    """
    host = socket.gethostname()
    recovered = []
    for run in instance.get_runs(filters=dg.RunsFilter(statuses=_UNFINISHED)):
        pid = run.tags.get(PID_TAG)
        if not pid or run.tags.get(HOST_TAG) != host or not pid.isdigit() or _alive(int(pid)):
            continue
        instance.report_run_failed(
            run,
            f"Processus copdiag {pid} disparu (interrompu) : exécution marquée en échec, "
            "jeton d'écriture libéré.",
        )
        storage = instance.event_log_storage
        if storage.supports_global_concurrency_limits:
            storage.free_concurrency_slots_for_run(run.run_id)
        recovered.append(run.run_id)
    return recovered


def ui_command(host: str = "127.0.0.1", port: int = 3000) -> list[str]:
    """``dagster dev`` (webserver + daemon) on the code location, from this virtualenv."""
    import sys

    root = Path(__file__).resolve().parent.parent
    local = Path(sys.executable).parent / "dagster"  # works without an activated venv
    return [
        str(local) if local.exists() else "dagster",
        "dev",
        "-w",
        str(root / "workspace.yaml"),
        "-h",
        host,
        "-p",
        str(port),
    ]
