"""In-process refresh used by ``copdiag refresh``: the whole graph, one region at a time.

Each region is one run of the ``regional_refresh`` job on its partition, recorded in the
persistent instance (``pipelines.instance``): ``copdiag ui`` shows it like a run the daemon
launched. Dagster's log lines go to the log file; the terminal shows French progress.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
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
    """The persistent instance (``DAGSTER_HOME``, default ``data/dagster_home``)."""
    from pipelines.instance import get_instance

    return get_instance()


@contextmanager
def _earlier_objects_frozen() -> Iterator[None]:
    """Leave the objects alive before a run (imported modules, a caller's data, an earlier
    region's leftovers) out of the run's garbage collections, and give them back after.

    Why (issue 19): a full collection walks every tracked object; a run started in a
    process that holds a large heap (``make bench`` after its full refresh, ``copdiag
    refresh`` of several regions) paid 0.3–0.8 s of collections over objects the run never
    frees. :func:`gc.unfreeze` at the end puts them back in the oldest generation, so
    nothing is kept longer than one run. Left alone when something else froze objects."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def refresh_region(
    region: str,
    environment: Environment,
    *,
    verbose: bool = False,
    instance: dg.DagsterInstance | None = None,
    progress: object | None = None,
    accept_removals: bool = False,
) -> dg.ExecuteInProcessResult:
    """Run the ``regional_refresh`` job (every asset and check) for one region partition.

    The first asset applies the refresh guard (``assets.ingestion.guard``) unless ``accept_removals``.
    """
    from assets.ingestion.guard import ACCEPT_REMOVALS_TAG
    from pipelines.automation import REFRESH_JOB_NAME, regional_refresh_job
    from pipelines.definitions import location_assets, location_checks
    from pipelines.instance import run_tags
    from pipelines.progress import RefreshProgress, build_refresh_logger, close_handlers

    tags = {"copdiag/trigger": "cli", **run_tags()}
    if accept_removals:
        tags[ACCEPT_REMOVALS_TAG] = "true"
    progress = progress or RefreshProgress(region)
    logger_def, handlers = build_refresh_logger(progress, verbose=verbose)  # type: ignore[arg-type]
    defs = dg.Definitions(
        assets=location_assets(environment),
        asset_checks=location_checks(environment),
        jobs=[regional_refresh_job],
        resources=build_resources(environment),
        loggers={"copdiag": logger_def},
    )
    from assets.resources import Warehouse

    try:
        # One open warehouse file for the whole in-process run (``Warehouse.session``).
        with _earlier_objects_frozen(), Warehouse(path=environment.warehouse).session():
            return defs.resolve_job_def(REFRESH_JOB_NAME).execute_in_process(
                partition_key=region,
                instance=instance or _instance(),
                raise_on_error=False,
                tags=tags,
                # Naming the logger replaces Dagster's default console logger.
                run_config={"loggers": {"copdiag": {}}},
            )
    finally:
        from assets.diagnostic.store import forget_run_inputs

        forget_run_inputs()
        close_handlers(handlers)


def refresh_regions(
    regions: list[str],
    environment: Environment,
    *,
    verbose: bool = False,
    accept_removals: bool = False,
) -> int:
    """Refresh each region, print a French summary, return the CLI exit code."""
    from assets.ingestion.guard import guard_region
    from assets.resources import Warehouse
    from pipelines.progress import RefreshProgress, log_path, region_summary

    warehouse = Warehouse(path=environment.warehouse)
    code = EXIT_OK
    instance = _instance()
    print(
        f"Historique Dagster : {os.environ.get('DAGSTER_HOME')} — journal : {log_path()}",
        flush=True,
    )
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
        progress = RefreshProgress(region)
        result = refresh_region(
            region,
            environment,
            verbose=verbose,
            instance=instance,
            progress=progress,
            accept_removals=accept_removals,
        )
        elapsed = time.monotonic() - started
        failed_checks = [
            f"{e.asset_key.to_user_string()} / {e.check_name}"
            for e in result.get_asset_check_evaluations()
            if not e.passed
        ]
        if not result.success:
            failures = progress.failed_steps or [
                ev.step_key for ev in result.all_events if ev.event_type_value == "STEP_FAILURE"
            ]
            print(
                f"✗ Région {region} : échec du rafraîchissement à l'étape "
                f"« {', '.join(dict.fromkeys(failures)) or 'inconnue'} ». La publication "
                f"précédente est conservée. Détails : {log_path()} (exécution {result.run_id}).",
                file=sys.stderr,
            )
            code = worst(code, EXIT_FAILED)
            continue
        report = warehouse.read_table("ingestion_report", region)
        for line in region_summary(
            region,
            report,
            elapsed=elapsed,
            folder=os.path.join(environment.outputs, region),
            failed_checks=failed_checks,
        ):
            print(line)
        _print_masked(result)
        _print_run_activity(warehouse, region, result.run_id)
        if not report.empty and (report["status"] == "quarantined").any():
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
    from assets.ingestion.history import run_activity

    activity = run_activity(warehouse, region, run_id)
    print(
        f"  ce passage : {activity['read']} fichier(s) lu(s), {activity['unchanged']} "
        f"inchangé(s) non relu(s), {len(activity['archived'])} retiré(s) ou remplacé(s)"
    )
    for source_file, reason in activity["archived"]:
        print(f"    - {_esc(source_file)} : {reason} (lignes conservées dans l'historique)")
