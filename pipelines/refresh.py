"""In-process refresh used by ``copdiag refresh``: the whole graph, one region at a time."""

from __future__ import annotations

import os
import sys
import time

import dagster as dg

from pipelines.resources import Environment, build_resources

EXIT_OK, EXIT_FAILED, EXIT_REJECTED = 0, 1, 2


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
) -> dg.ExecuteInProcessResult:
    """Materialise every asset (and run every check) for one region partition."""
    from pipelines.definitions import ALL_ASSETS, ALL_CHECKS

    level = "DEBUG" if verbose else "INFO"
    return dg.materialize(
        [*ALL_ASSETS, *ALL_CHECKS],
        partition_key=region,
        resources=build_resources(environment),
        instance=instance or _instance(),
        raise_on_error=False,
        tags={"copdiag/trigger": "cli"},
        run_config={"loggers": {"console": {"config": {"log_level": level}}}},
    )


def refresh_regions(regions: list[str], environment: Environment, *, verbose: bool = False) -> int:
    """Refresh each region, print a French summary, return the CLI exit code."""
    from assets.resources import Warehouse
    from sources.filenames import escape_terminal

    warehouse = Warehouse(path=environment.warehouse)
    code = EXIT_OK
    instance = _instance()
    for region in regions:
        started = time.monotonic()
        print(f"== Région {region} : rafraîchissement en cours…", flush=True)
        result = refresh_region(region, environment, verbose=verbose, instance=instance)
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
            code = EXIT_FAILED
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
            if code == EXIT_OK:
                code = EXIT_REJECTED
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
