"""The Dagster code location: assets, asset checks, jobs, schedules, sensors, resources."""

from __future__ import annotations

import dagster as dg

from assets.diagnostic.assets import DIAGNOSTIC_ASSETS
from assets.ingestion.assets import (
    inbox_file,
    inbox_files,
    ingested_documents,
    ingestion_report,
    questionnaire_responses,
    reference_tables,
)
from assets.metadata import with_steward_metadata
from assets.partitions import region_partitions
from assets.publication.assets import publication
from pipelines.automation import (
    build_inbox_sensor,
    build_weekly_schedule,
    file_ingest_job,
    regional_refresh_job,
)
from pipelines.freshness import (
    build_freshness_check,
    build_freshness_job,
    build_freshness_schedule,
    publication_freshness_policy,
)
from pipelines.resources import Environment, build_executor, build_resources
from quality.checks import build_table_checks

ALL_ASSETS = [
    reference_tables,
    inbox_files,
    ingested_documents,
    questionnaire_responses,
    ingestion_report,
    *DIAGNOSTIC_ASSETS,
    publication,
]

CHECKED_TABLES = (
    "actions",
    "action_steps",
    "referential_scores",
    "contract_targets",
    "questionnaire_responses",
    "ingestion_report",
    "lever_state_of_play",
    "lever_families",
    "priority_themes",
    "exemplary_projects",
    "cop_action_candidates",
)

ALL_CHECKS = [
    check
    for table in CHECKED_TABLES
    for check in build_table_checks(table, table, partitions_def=region_partitions)
]


# Per-file partitions (sensor-driven); not part of a regional materialisation.
FILE_ASSETS = [inbox_file]


def location_assets(environment: Environment) -> list[dg.AssetsDefinition]:
    """Every asset with its owners, « une ligne = … » description and freshness policy."""
    return with_steward_metadata(
        [*ALL_ASSETS, *FILE_ASSETS],
        freshness={"publication": publication_freshness_policy(environment)},
    )


def location_checks(environment: Environment) -> list[dg.AssetChecksDefinition]:
    """GX checks of every table, and the per-region freshness of the publication."""
    return [*ALL_CHECKS, build_freshness_check(environment)]


def build_definitions(environment: Environment | None = None) -> dg.Definitions:
    environment = environment or Environment.from_env()
    freshness_job = build_freshness_job(environment)
    return dg.Definitions(
        assets=location_assets(environment),
        asset_checks=location_checks(environment),
        jobs=[regional_refresh_job, file_ingest_job, freshness_job],
        schedules=[
            build_weekly_schedule(environment),
            build_freshness_schedule(environment, freshness_job),
        ],
        sensors=[build_inbox_sensor(environment)],
        resources=build_resources(environment),
        executor=build_executor(environment),
    )


defs = build_definitions()
