"""In-process refresh used by ``copdiag refresh``: the whole graph, one region at a time."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import dagster as dg

from pipelines.resources import Environment, build_resources

# Exit codes of ``copdiag`` (listed in ``copdiag --help`` and the README).
EXIT_OK = 0  # every file loaded, published
EXIT_FAILED = 1  # a run failed; the previous publication is kept
EXIT_REJECTED = 2  # published, but some files were quarantined
EXIT_STOPPED = 3  # stopped by the guard before any change: inputs vanished (--accept-removals)
EXIT_USAGE = 64  # command line error (unknown region, missing argument…), nothing was run
# When several regions end differently, the most serious outcome wins.
_SEVERITY = (EXIT_OK, EXIT_REJECTED, EXIT_STOPPED, EXIT_FAILED)


def worst(a: int, b: int) -> int:
    """The more serious of two exit codes."""
    return a if _SEVERITY.index(a) >= _SEVERITY.index(b) else b


def _instance() -> dg.DagsterInstance:
    """The persistent instance when DAGSTER_HOME is set (runs show in the UI), else ephemeral."""
    if os.environ.get("DAGSTER_HOME"):
        return dg.DagsterInstance.get()
    return dg.DagsterInstance.ephemeral()


def refresh_region(
    region: str,
    environment: Environment,
    *,
    verbose: bool = False,
    instance: dg.DagsterInstance | None = None,
    accept_removals: bool = False,
) -> dg.ExecuteInProcessResult:
    """Materialise every asset (and run every check) for one region partition.

    The first asset applies the refresh guard (``assets.guard``) unless ``accept_removals``.
    """
    from assets.guard import ACCEPT_REMOVALS_TAG
    from pipelines.definitions import ALL_ASSETS, ALL_CHECKS

    tags = {"copdiag/trigger": "cli"}
    if accept_removals:
        tags[ACCEPT_REMOVALS_TAG] = "true"
    level = "DEBUG" if verbose else "INFO"
    return dg.materialize(
        [*ALL_ASSETS, *ALL_CHECKS],
        partition_key=region,
        resources=build_resources(environment),
        instance=instance or _instance(),
        raise_on_error=False,
        tags=tags,
        run_config={"loggers": {"console": {"config": {"log_level": level}}}},
    )


def refresh_regions(
    regions: list[str],
    environment: Environment,
    *,
    verbose: bool = False,
    accept_removals: bool = False,
) -> int:
    """Refresh each region, print a French summary, return the CLI exit code."""
    from assets.guard import guard_region
    from assets.resources import Warehouse
    from sources.filenames import escape_terminal

    warehouse = Warehouse(path=environment.warehouse)
    code = EXIT_OK
    instance = _instance()
    for region in regions:
        started = time.monotonic()
        if not accept_removals:
            stop = guard_region(
                Path(environment.inbox), warehouse, region, environment.max_removal_share
            )
            if stop is not None:
                print(f"✗ {stop.message}", file=sys.stderr)
                code = worst(code, EXIT_STOPPED)
                continue
        print(f"== Région {region} : rafraîchissement en cours…", flush=True)
        result = refresh_region(
            region,
            environment,
            verbose=verbose,
            instance=instance,
            accept_removals=accept_removals,
        )
        elapsed = time.monotonic() - started
        failed_checks = [e for e in result.get_asset_check_evaluations() if not e.passed]
        if not result.success:
            failures = [
                ev.step_key for ev in result.all_events if ev.event_type_value == "STEP_FAILURE"
            ]
            print(
                f"✗ Région {region} : échec du rafraîchissement ({', '.join(failures) or 'voir le journal'}). "
                "La publication précédente est conservée.",
                file=sys.stderr,
            )
            code = worst(code, EXIT_FAILED)
            continue
        report = warehouse.read_table("ingestion_report", region)
        counts = report["status"].value_counts().to_dict()
        rejected = report[report["status"] == "quarantined"]
        print(
            f"✓ Région {region} publiée en {elapsed:.1f} s dans "
            f"{os.path.join(environment.outputs, region)}/ — fichiers : "
            + ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        )
        _print_masked(result)
        _print_run_activity(warehouse, region, result.run_id)
        for check in failed_checks:
            print(
                f"  ! contrôle qualité non satisfait : {check.asset_key.to_user_string()} / "
                f"{check.check_name}"
            )
        if not rejected.empty:
            print(f"  ! {len(rejected)} fichier(s) refusé(s), mis en quarantaine :")
            for row in rejected.itertuples(index=False):
                # names come from outside: control characters/ANSI escapes are made visible
                print(f"    - {escape_terminal(row.source_file)} : {escape_terminal(row.reason)}")
            code = worst(code, EXIT_REJECTED)
    return code


def _print_masked(result: dg.ExecuteInProcessResult) -> None:
    """Say what the personal-data policy masked in the publication (never a blocker)."""
    for materialization in result.asset_materializations_for_node("publication"):
        entry = materialization.metadata.get("personal_data_masked")
        masked = getattr(entry, "value", None) or []
        if masked:
            total = sum(int(m["count"]) for m in masked)
            where = ", ".join(sorted({f"{m['table']}.{m['column']}" for m in masked}))
            print(f"  ! {total} donnée(s) personnelle(s) masquée(s) dans la publication : {where}")


def _esc(text: str) -> str:
    from sources.filenames import escape_terminal

    return escape_terminal(text)


def _print_run_activity(warehouse, region: str, run_id: str) -> None:
    """What this run did (the published report states what the publication holds)."""
    from assets.history import run_activity

    activity = run_activity(warehouse, region, run_id)
    print(
        f"  ce passage : {activity['read']} fichier(s) lu(s), {activity['unchanged']} "
        f"inchangé(s) non relu(s), {len(activity['archived'])} retiré(s) ou remplacé(s)"
    )
    for source_file, reason in activity["archived"]:
        print(f"    - {_esc(source_file)} : {reason} (lignes conservées dans l'historique)")
