"""Jobs, schedules and sensors: weekly regional refreshes and an inbox watcher."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import dagster as dg

from assets.partitions import REGION_CODES, region_partitions
from pipelines.resources import Environment

REFRESH_JOB_NAME = "regional_refresh"

regional_refresh_job = dg.define_asset_job(
    name=REFRESH_JOB_NAME,
    selection=dg.AssetSelection.all(),
    partitions_def=region_partitions,
    description="Rafraîchissement complet d'une région : boîte de dépôt → entrepôt → "
    "diagnostic → publication. Les fichiers inchangés (même sha256) ne sont pas relus.",
    tags={"copdiag/kind": "refresh"},
)


def build_weekly_schedule(environment: Environment) -> dg.ScheduleDefinition:
    """One schedule; each tick requests one run per configured region partition."""

    @dg.schedule(
        name="weekly_regional_refresh",
        cron_schedule=environment.schedule_cron,
        execution_timezone=environment.timezone,
        job=regional_refresh_job,
        description="Rafraîchissement hebdomadaire de chaque région configurée "
        "(COPDIAG_REGIONS, sinon chaque dossier région de la boîte de dépôt).",
        default_status=dg.DefaultScheduleStatus.STOPPED,
    )
    def weekly_regional_refresh(context: dg.ScheduleEvaluationContext):
        stamp = context.scheduled_execution_time.strftime("%Y-%m-%dT%H:%M")
        for region in environment.configured_regions():
            yield dg.RunRequest(
                run_key=f"weekly-{region}-{stamp}",
                partition_key=region,
                tags={"copdiag/trigger": "schedule"},
            )

    return weekly_regional_refresh


def inbox_fingerprint(region_dir: Path) -> dict[str, list[float]]:
    """Cheap change detector: path → (size, mtime) for every file of a region folder."""
    out: dict[str, list[float]] = {}
    for dirpath, dirnames, filenames in os.walk(region_dir, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.startswith(("~$", ".")):
                continue
            path = Path(dirpath) / name
            try:
                stat = path.stat()
            except OSError:
                continue
            out[path.relative_to(region_dir).as_posix()] = [stat.st_size, stat.st_mtime]
    return out


def build_inbox_sensor(environment: Environment) -> dg.SensorDefinition:
    """Watch the inbox; when a region's files change, request one refresh of that region.

    The refresh re-reads only files whose sha256 changed, so a new questionnaire costs one
    parse plus one re-run of the regional analysis.
    """

    @dg.sensor(
        name="inbox_sensor",
        job=regional_refresh_job,
        minimum_interval_seconds=environment.sensor_interval_s,
        description="Surveille la boîte de dépôt : un fichier nouveau ou modifié déclenche "
        "le rafraîchissement de sa région.",
        default_status=dg.DefaultSensorStatus.STOPPED,
    )
    def inbox_sensor(context: dg.SensorEvaluationContext):
        cursor = json.loads(context.cursor) if context.cursor else {}
        inbox = Path(environment.inbox)
        new_cursor = dict(cursor)
        requests = []
        for region in sorted(REGION_CODES):
            region_dir = inbox / region
            if not region_dir.is_dir():
                continue
            fingerprint = inbox_fingerprint(region_dir)
            digest = hashlib.sha256(json.dumps(fingerprint, sort_keys=True).encode()).hexdigest()
            if cursor.get(region) != digest:
                new_cursor[region] = digest
                requests.append(
                    dg.RunRequest(
                        run_key=f"inbox-{region}-{digest[:16]}",
                        partition_key=region,
                        tags={"copdiag/trigger": "inbox_sensor"},
                    )
                )
        context.update_cursor(json.dumps(new_cursor, sort_keys=True))
        if not requests:
            return dg.SkipReason("aucun fichier nouveau ou modifié dans la boîte de dépôt")
        return requests

    return inbox_sensor
