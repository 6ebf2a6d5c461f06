"""In-process refresh used by ``copdiag refresh``: the whole graph, one region at a time.

Each region is one run of the ``regional_refresh`` job on its partition, recorded in the
persistent instance (``pipelines.instance``): ``copdiag ui`` shows it like a run the daemon
launched. Dagster's log lines go to the log file; the terminal shows French progress.
"""

from __future__ import annotations

import os
import sys
import time

import dagster as dg

from pipelines.resources import Environment, build_resources

EXIT_OK, EXIT_FAILED, EXIT_REJECTED = 0, 1, 2


def _instance() -> dg.DagsterInstance:
    """The persistent instance (``DAGSTER_HOME``, default ``data/dagster_home``)."""
    from pipelines.instance import get_instance

    return get_instance()


def refresh_region(
    region: str,
    environment: Environment,
    *,
    verbose: bool = False,
    instance: dg.DagsterInstance | None = None,
    progress: object | None = None,
) -> dg.ExecuteInProcessResult:
    """Run the ``regional_refresh`` job (every asset and check) for one region partition."""
    from pipelines.automation import REFRESH_JOB_NAME, regional_refresh_job
    from pipelines.definitions import location_assets, location_checks
    from pipelines.instance import run_tags
    from pipelines.progress import RefreshProgress, build_refresh_logger, close_handlers

    progress = progress or RefreshProgress(region)
    logger_def, handlers = build_refresh_logger(progress, verbose=verbose)  # type: ignore[arg-type]
    defs = dg.Definitions(
        assets=location_assets(environment),
        asset_checks=location_checks(environment),
        jobs=[regional_refresh_job],
        resources=build_resources(environment),
        loggers={"copdiag": logger_def},
    )
    try:
        return defs.resolve_job_def(REFRESH_JOB_NAME).execute_in_process(
            partition_key=region,
            instance=instance or _instance(),
            raise_on_error=False,
            tags={"copdiag/trigger": "cli", **run_tags()},
            # Naming the logger replaces Dagster's default console logger.
            run_config={"loggers": {"copdiag": {}}},
        )
    finally:
        close_handlers(handlers)


def refresh_regions(regions: list[str], environment: Environment, *, verbose: bool = False) -> int:
    """Refresh each region, print a French summary, return the CLI exit code."""
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
        progress = RefreshProgress(region)
        result = refresh_region(
            region, environment, verbose=verbose, instance=instance, progress=progress
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
            code = EXIT_FAILED
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
        if not report.empty and (report["status"] == "quarantined").any() and code == EXIT_OK:
            code = EXIT_REJECTED
    return code
