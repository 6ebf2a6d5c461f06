"""Freshness expectations: a region not refreshed within its schedule shows up in the UI.

Two complementary signals, both derived from the weekly schedule (``COPDIAG_SCHEDULE_CRON``,
``COPDIAG_TIMEZONE``) plus a grace period (``COPDIAG_FRESHNESS_GRACE_HOURS``, default 24 h):

- a Dagster freshness policy (:meth:`dagster.FreshnessPolicy.time_window`) on ``publication``:
  the asset's health turns red when no region was published for a schedule period + grace;
- a partitioned asset check ``publication_freshness``, one result per region: it fails, with a
  French sentence, for each region whose publication is older than the last tick. Dagster's
  freshness policies are evaluated per asset, not per partition, hence this check. It runs at
  the end of every regional refresh, and every morning the ``region_freshness`` job (schedule
  ``daily_region_freshness``) reports it for every configured region.
"""


import datetime as dt
import os
from collections.abc import Mapping
from zoneinfo import ZoneInfo

import dagster as dg
from dagster._utils.schedules import cron_string_iterator, reverse_cron_string_iterator

from assets.partitions import region_partitions
from pipelines.resources import Environment

CHECK_NAME = "publication_freshness"
JOB_NAME = "region_freshness"
DEFAULT_GRACE_HOURS = 24.0


def grace(env: Mapping[str, str] | None = None) -> dt.timedelta:
    env = os.environ if env is None else env
    return dt.timedelta(hours=float(env.get("COPDIAG_FRESHNESS_GRACE_HOURS", DEFAULT_GRACE_HOURS)))


def publication_freshness_policy(environment: Environment) -> dg.FreshnessPolicy:
    """Asset-level policy: some region published within one schedule period (+ grace)."""
    period = _period(environment)
    return dg.FreshnessPolicy.time_window(fail_window=period + grace(), warn_window=period)


def _period(environment: Environment) -> dt.timedelta:
    """Time between two scheduled ticks (a week for the default ``0 6 * * 1``)."""
    start = dt.datetime(2026, 1, 5, tzinfo=ZoneInfo(environment.timezone)).timestamp()
    ticks = cron_string_iterator(start, environment.schedule_cron, environment.timezone)
    first, second = next(ticks), next(ticks)
    return second - first


def last_tick(environment: Environment, now: dt.datetime) -> dt.datetime:
    """The most recent scheduled refresh time at or before ``now``."""
    ticks = reverse_cron_string_iterator(
        now.timestamp(), environment.schedule_cron, environment.timezone
    )
    return next(ticks)


def freshness_verdict(
    environment: Environment,
    region: str,
    published_at: dt.datetime | None,
    now: dt.datetime,
    grace_period: dt.timedelta,
) -> tuple[bool, str]:
    """(fresh?, French sentence) for one region's last publication time."""
    tick = last_tick(environment, now)
    # During the grace period after a tick the previous week's publication still counts.
    expected_after = tick if now >= tick + grace_period else tick - _period(environment)
    if published_at is None:
        return False, (
            f"Région {region} : jamais publiée. Rafraîchissement attendu à chaque échéance "
            f"« {environment.schedule_cron} » ({environment.timezone})."
        )
    age = now - published_at
    days = age.total_seconds() / 86400
    when = published_at.astimezone(ZoneInfo(environment.timezone)).strftime("%d/%m/%Y %H:%M")
    if published_at >= expected_after:
        return True, f"Région {region} à jour : publiée le {when} (il y a {days:.1f} jour(s))."
    due = expected_after.astimezone(ZoneInfo(environment.timezone)).strftime("%d/%m/%Y %H:%M")
    return False, (
        f"Région {region} en retard : dernière publication le {when} (il y a {days:.1f} "
        f"jour(s)) ; un rafraîchissement était attendu depuis le {due} "
        f"(échéance « {environment.schedule_cron} », délai de grâce "
        f"{grace_period.total_seconds() / 3600:.0f} h)."
    )


def evaluate_region(
    instance: dg.DagsterInstance, environment: Environment, region: str
) -> tuple[bool, str, dict[str, object]]:
    """(fresh?, French sentence, metadata) from the region's last publication in the history."""
    records = instance.fetch_materializations(
        dg.AssetRecordsFilter(asset_key=dg.AssetKey("publication"), asset_partitions=[region]),
        limit=1,
        ascending=False,
    ).records
    published_at = dt.datetime.fromtimestamp(records[0].timestamp, dt.UTC) if records else None
    now = dt.datetime.now(dt.UTC)
    fresh, sentence = freshness_verdict(environment, region, published_at, now, grace())
    metadata: dict[str, object] = {
        "region_code": region,
        "derniere_publication": published_at.isoformat() if published_at else "jamais",
        "age_jours": round((now - published_at).total_seconds() / 86400, 2)
        if published_at
        else -1.0,
    }
    return fresh, sentence, metadata


def build_freshness_check(environment: Environment) -> dg.AssetChecksDefinition:
    """One result per region partition, at the end of each regional refresh."""
    import warnings

    with warnings.catch_warnings():  # partitioned checks are a Dagster « preview » feature
        warnings.simplefilter("ignore")

        @dg.asset_check(
            asset="publication",
            name=CHECK_NAME,
            partitions_def=region_partitions,
            description="Fraîcheur de la publication de la région : publiée depuis la dernière "
            f"échéance du calendrier (« {environment.schedule_cron} », {environment.timezone}) "
            "plus le délai de grâce (COPDIAG_FRESHNESS_GRACE_HOURS).",
            blocking=False,
        )
        def publication_freshness(context: dg.AssetCheckExecutionContext) -> dg.AssetCheckResult:
            fresh, sentence, metadata = evaluate_region(
                context.instance, environment, context.partition_key
            )
            return dg.AssetCheckResult(
                passed=fresh,
                severity=dg.AssetCheckSeverity.WARN,
                description=sentence,
                metadata=metadata,
            )

    return publication_freshness


def build_freshness_job(environment: Environment) -> dg.JobDefinition:
    """Check-only job: one ``publication_freshness`` result per configured region.

    An op reports the evaluations (Dagster cannot launch a check-only run of a partitioned
    check), so the UI shows late regions even when no refresh ran at all.
    """

    @dg.op(name="evaluate_region_freshness", description="Fraîcheur de chaque région configurée.")
    def evaluate_region_freshness(context: dg.OpExecutionContext) -> None:
        regions = environment.configured_regions()
        late = []
        for region in regions:
            fresh, sentence, metadata = evaluate_region(context.instance, environment, region)
            context.log_event(
                dg.AssetCheckEvaluation(
                    asset_key=dg.AssetKey("publication"),
                    check_name=CHECK_NAME,
                    passed=fresh,
                    severity=dg.AssetCheckSeverity.WARN,
                    description=sentence,
                    metadata=metadata,
                    partition=region,
                )
            )
            if not fresh:
                late.append(region)
        context.log.info(
            f"{len(regions)} région(s) contrôlée(s), {len(late)} en retard"
            + (f" : {', '.join(late)}" if late else "")
        )

    @dg.job(
        name=JOB_NAME,
        description="Vérifie, région par région, que la publication date de moins d'une "
        "échéance du calendrier (contrôle publication_freshness).",
        tags={"copdiag/kind": "freshness"},
    )
    def region_freshness() -> None:
        evaluate_region_freshness()

    return region_freshness


def build_freshness_schedule(
    environment: Environment, job: dg.JobDefinition
) -> dg.ScheduleDefinition:
    """Every morning, the freshness of every configured region."""
    return dg.ScheduleDefinition(
        name="daily_region_freshness",
        cron_schedule="0 9 * * *",
        execution_timezone=environment.timezone,
        job=job,
        description="Chaque matin : contrôle de fraîcheur de chaque région configurée.",
        default_status=dg.DefaultScheduleStatus.STOPPED,
        tags={"copdiag/trigger": "schedule"},
    )
