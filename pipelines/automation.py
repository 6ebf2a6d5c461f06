"""Jobs, schedules and sensors: weekly regional refreshes and an inbox watcher."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import dagster as dg

from assets.ingestion.scan import iter_inbox
from assets.partitions import (
    REGION_CODES,
    file_partition_key,
    inbox_file_partitions,
    region_partitions,
)
from pipelines.resources import Environment

REFRESH_JOB_NAME = "regional_refresh"
FILE_JOB_NAME = "file_ingest"

regional_refresh_job = dg.define_asset_job(
    name=REFRESH_JOB_NAME,
    selection=dg.AssetSelection.all() - dg.AssetSelection.assets("inbox_file"),
    partitions_def=region_partitions,
    description="Rafraîchissement complet d'une région : boîte de dépôt → entrepôt → "
    "diagnostic → publication. Les fichiers inchangés (même sha256) ne sont pas relus.",
    tags={"copdiag/kind": "refresh"},
)

file_ingest_job = dg.define_asset_job(
    name=FILE_JOB_NAME,
    selection=dg.AssetSelection.assets("inbox_file"),
    partitions_def=inbox_file_partitions,
    description="Lecture d'un seul fichier de la boîte de dépôt (nouveau ou modifié).",
    tags={"copdiag/kind": "file"},
)


def build_weekly_schedule(environment: Environment) -> dg.ScheduleDefinition:
    """One schedule; each tick requests one run per configured region partition."""

    @dg.schedule(
        name="weekly_regional_refresh",
        cron_schedule=environment.schedule_cron,
        execution_timezone=environment.timezone,
        job=regional_refresh_job,
        description="Rafraîchissement hebdomadaire de chaque région configurée "
        "(COPDIAG_REGIONS, sinon chaque dossier région de la boîte de dépôt et chaque région "
        "déjà chargée). Un dossier absent, vide ou vidé de plus de COPDIAG_MAX_REMOVAL_SHARE "
        "de ses fichiers fait échouer le run avant toute modification (garde-fou).",
        default_status=dg.DefaultScheduleStatus.STOPPED,
    )
    def weekly_regional_refresh(context: dg.ScheduleEvaluationContext):
        stamp = context.scheduled_execution_time.strftime("%Y-%m-%dT%H:%M")
        for region in environment.regions_to_refresh():
            yield dg.RunRequest(
                run_key=f"weekly-{region}-{stamp}",
                partition_key=region,
                tags={"copdiag/trigger": "schedule"},
            )

    return weekly_regional_refresh


def inbox_fingerprint(region_dir: Path) -> dict[str, list[float]]:
    """Cheap change detector: path → (size, mtime) for every file ingestion would read."""
    out: dict[str, list[float]] = {}
    for path in iter_inbox(region_dir):
        try:
            stat = path.stat()
        except OSError:  # removed between listing and stat
            continue
        out[path.relative_to(region_dir).as_posix()] = [stat.st_size, stat.st_mtime]
    return out


_ACTIVE = [
    dg.DagsterRunStatus.QUEUED,
    dg.DagsterRunStatus.NOT_STARTED,
    dg.DagsterRunStatus.STARTING,
    dg.DagsterRunStatus.STARTED,
]


def _file_runs_active(instance: dg.DagsterInstance | None, region: str) -> bool:
    if instance is None:
        return False
    runs = instance.get_runs(
        filters=dg.RunsFilter(
            job_name=FILE_JOB_NAME, statuses=_ACTIVE, tags={"copdiag/region": region}
        ),
        limit=1,
    )
    return bool(runs)


MAX_FILES_ALONE = 20


def build_inbox_sensor(environment: Environment) -> dg.SensorDefinition:
    """Watch the inbox: each new or changed file is parsed alone, then its region re-runs once.

    Tick by tick: files whose (size, mtime) changed get a dynamic partition of ``inbox_file``
    and a run of their own; once no file run of the region is queued or running any more, one
    ``regional_refresh`` run of that region follows (it finds those files already read, by
    sha256, and re-runs the analysis and the publication once). A region seen for the first
    time, more than ``MAX_FILES_ALONE`` changed files at once, or a removed file go straight to
    the regional run, which reads in parallel (and drops a removed file's rows).
    """

    @dg.sensor(
        name="inbox_sensor",
        jobs=[file_ingest_job, regional_refresh_job],
        minimum_interval_seconds=environment.sensor_interval_s,
        description="Surveille la boîte de dépôt : chaque fichier nouveau ou modifié est lu "
        "seul (partition par fichier), puis l'analyse de sa région est relancée une fois.",
        default_status=dg.DefaultSensorStatus.STOPPED,
    )
    def inbox_sensor(context: dg.SensorEvaluationContext):
        cursor = json.loads(context.cursor) if context.cursor else {}
        seen: dict[str, dict[str, list[float]]] = cursor.get("files", {})
        pending: dict[str, str] = cursor.get("pending", {})
        try:
            instance: dg.DagsterInstance | None = context.instance
        except dg.DagsterInvariantViolationError:  # evaluated without an instance (tests)
            instance = None
        inbox = Path(environment.inbox)
        file_requests: list[dg.RunRequest] = []
        waiting: set[str] = set()
        for region in sorted(REGION_CODES):
            region_dir = inbox / region
            if not region_dir.is_dir():
                continue
            fingerprint = inbox_fingerprint(region_dir)
            before = seen.get(region)
            seen[region] = fingerprint
            changed = [
                rel
                for rel, stamp in sorted(fingerprint.items())
                if before is None or before.get(rel) != stamp
            ]
            removed = before is not None and bool(set(before) - set(fingerprint))
            if not changed and not removed:
                continue
            digest = hashlib.sha256(json.dumps(fingerprint, sort_keys=True).encode()).hexdigest()
            pending[region] = digest[:16]
            if before is None or removed or len(changed) > MAX_FILES_ALONE:
                continue  # the regional run reads everything that changed, in parallel
            waiting.add(region)
            for rel in changed:
                size, mtime = fingerprint[rel]
                key = file_partition_key(region, rel)
                file_requests.append(
                    dg.RunRequest(
                        run_key=f"file-{key}-{size}-{mtime}",
                        job_name=FILE_JOB_NAME,
                        partition_key=key,
                        tags={"copdiag/trigger": "inbox_sensor", "copdiag/region": region},
                    )
                )
        ready = [
            region
            for region in sorted(pending)
            if region not in waiting and not _file_runs_active(instance, region)
        ]
        region_requests = [
            dg.RunRequest(
                run_key=f"inbox-{region}-{pending.pop(region)}",
                job_name=REFRESH_JOB_NAME,
                partition_key=region,
                tags={"copdiag/trigger": "inbox_sensor"},
            )
            for region in ready
        ]
        context.update_cursor(json.dumps({"files": seen, "pending": pending}, sort_keys=True))
        if not file_requests and not region_requests:
            if pending:
                return dg.SkipReason(
                    "lecture de fichiers en cours ; l'analyse régionale suivra : "
                    + ", ".join(sorted(pending))
                )
            return dg.SkipReason("aucun fichier nouveau ou modifié dans la boîte de dépôt")
        keys = [str(r.partition_key) for r in file_requests]
        known = set(instance.get_dynamic_partitions("inbox_file")) if instance else set()
        to_add = sorted(set(keys) - known)
        return dg.SensorResult(
            run_requests=[*file_requests, *region_requests],
            dynamic_partitions_requests=[inbox_file_partitions.build_add_request(to_add)]
            if to_add
            else [],
        )

    return inbox_sensor
