"""Freshness expectations: a region not refreshed within its schedule shows up in the UI.

Two complementary signals, both derived from the weekly schedule (``COPDIAG_SCHEDULE_CRON``,
``COPDIAG_TIMEZONE``) plus a grace period (``COPDIAG_FRESHNESS_GRACE_HOURS``, default 24 h):

- a Dagster freshness policy (:meth:`dagster.FreshnessPolicy.time_window`) on ``publication``:
  the asset's health turns red when no region was published for a schedule period + grace;
- a partitioned asset check ``publication_freshness``, one result per region: it fails, with a
  French sentence, for each region whose publication is older than the last tick. Dagster's
  freshness policies are evaluated per asset, not per partition, hence this check. It runs at
  the end of every regional refresh and every day from the ``region_freshness`` schedule.
"""

from __future__ import annotations

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


def build_freshness_check(environment: Environment) -> dg.AssetChecksDefinition:
    """One result per region partition: is its publication as recent as the schedule says?"""
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
        def publication_freshness(context) -> dg.AssetCheckResult:  # noqa: ANN001 - Dagster reads the hint
            region = context.partition_key
            records = context.instance.fetch_materializations(
                dg.AssetRecordsFilter(asset_key=dg.AssetKey("publication"), asset_partitions=[region]),
                limit=1,
                ascending=False,
            ).records
            published_at = (
                dt.datetime.fromtimestamp(records[0].timestamp, dt.UTC) if records else None
            )
            now = dt.datetime.now(dt.UTC)
            fresh, sentence = freshness_verdict(environment, region, published_at, now, grace())
            return dg.AssetCheckResult(
                passed=fresh,
                severity=dg.AssetCheckSeverity.WARN,
                description=sentence,
                metadata={
                    "region_code": region,
                    "derniere_publication": published_at.isoformat() if published_at else "jamais",
                    "age_jours": round((now - published_at).total_seconds() / 86400, 2)
                    if published_at
                    else -1,
                },
            )

    return publication_freshness


freshness_job = dg.define_asset_job(
    name=JOB_NAME,
    selection=dg.AssetSelection.checks(dg.AssetCheckKey(dg.AssetKey("publication"), CHECK_NAME)),
    partitions_def=region_partitions,
    description="Vérifie, région par région, que la publication date de moins d'une échéance "
    "du calendrier (contrôle publication_freshness).",
    tags={"copdiag/kind": "freshness"},
)


def build_freshness_schedule(environment: Environment) -> dg.ScheduleDefinition:
    """Every morning, one check-only run per configured region."""

    @dg.schedule(
        name="daily_region_freshness",
        cron_schedule="0 9 * * *",
        execution_timezone=environment.timezone,
        job=freshness_job,
        description="Chaque matin : contrôle de fraîcheur de chaque région configurée.",
        default_status=dg.DefaultScheduleStatus.STOPPED,
    )
    def daily_region_freshness(context: dg.ScheduleEvaluationContext):
        stamp = context.scheduled_execution_time.strftime("%Y-%m-%d")
        for region in environment.configured_regions():
            yield dg.RunRequest(
                run_key=f"freshness-{region}-{stamp}",
                partition_key=region,
                tags={"copdiag/trigger": "schedule"},
            )

    return daily_region_freshness
