"""Publication asset: every published table of a region, written atomically to its folder."""

from pathlib import Path

import dagster as dg

from assets.diagnostic import coverage as an
from assets.diagnostic.assets import DIAGNOSTIC_ASSETS
from assets.diagnostic.store import diagnostic_config
from assets.metadata import response_rate_metadata
from assets.partitions import region_partitions
from assets.personal_data import PersonalDataPolicy, known_names_from_warehouse
from assets.publication.folder import prepare_and_mask, publish
from assets.publication.history import archive_publication
from assets.publication.tables import _region_name, published_frames
from assets.resources import Settings, Warehouse


def masking_memo_path(warehouse: Warehouse, region: str) -> Path:
    """Where the region's masking memo is kept: beside the warehouse (it holds raw texts, so
    never in the published outputs)."""
    path = Path(warehouse.path)
    return path.with_name(f"{path.stem}.masquage-{region}.bin")


def _previous_synthesis(folder: Path) -> str | None:
    """The current synthesis page, whose unchanged charts the new one reuses."""
    try:
        return (folder / "synthese.html").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


@dg.asset(
    partitions_def=region_partitions,
    group_name="publication",
    kinds={"parquet", "csv", "html"},
    deps=[*DIAGNOSTIC_ASSETS, "ingestion_report", "action_steps", "referential_scores"],
    description="Publication de la région : CSV, Parquet, XLSX, datapackage.json et synthèse "
    "HTML dans COPDIAG_OUTPUTS/<région>/ (écriture atomique).",
)
def publication(
    context: dg.AssetExecutionContext, settings: Settings, warehouse: Warehouse
) -> dg.MaterializeResult:
    region = context.partition_key
    recipients = warehouse.read_table("recipients", region)
    # One personal-data policy for every published table, the synthesis included: the tables
    # are prepared and masked here, once, as they are published (so the HTML is built from
    # the published values); publish() only prepares what is added after (the coverage).
    with warehouse.connect() as con:
        policy = PersonalDataPolicy(known_names_from_warehouse(con, region))
    # Maskings kept from the last run: only texts a change of names can alter are masked again.
    memo_path = masking_memo_path(warehouse, region)
    policy.load_memo(memo_path)
    tables, _ = prepare_and_mask(published_frames(warehouse, region), policy)
    from sources.reference import departement_by_code

    coverage = an.response_coverage(
        region,
        recipients,
        tables["questionnaire_responses"],
        department_names={code: d.name for code, d in departement_by_code().items()},
    )
    config = diagnostic_config(settings)
    from assets.publication.synthesis.checks import run_check_results
    from assets.publication.synthesis.page import build_synthesis_html

    html = build_synthesis_html(
        _region_name(region),
        region,
        {**tables, "response_coverage": coverage, "quality_checks": run_check_results(context)},
        config,
        previous_html=_previous_synthesis(settings.outputs_path() / region),
    )
    # Response rates per région, département and authority type: published too.
    tables = {**tables, "response_coverage": coverage}
    kept = archive_publication(
        settings.outputs_path(), region, settings.publication_history, settings.keep_publications
    )
    result = publish(
        tables,
        settings.outputs_path(),
        region,
        config=config,
        region_name=_region_name(region),
        synthesis_html=html,
        policy=policy,
        ready=set(tables) - {"response_coverage"},
    )
    policy.save_memo(memo_path)
    masked = policy.summary()
    if masked:
        context.log.warning(policy.summary_fr())
    folder = settings.outputs_path() / region
    return dg.MaterializeResult(
        metadata={
            "folder": dg.MetadataValue.path(str(folder)),
            "synthese": dg.MetadataValue.path(str(folder / "synthese.html")),
            "tables": dg.MetadataValue.json({k: len(v) for k, v in tables.items()}),
            "n_files": len(result.files),
            **response_rate_metadata(coverage),
            "published_at": result.published_at,
            "personal_data_masked": dg.MetadataValue.json(masked),
            "n_personal_data_masked": sum(int(r["count"]) for r in masked),
            "previous_publication_kept_as": kept.publication_id if kept else "",
        }
    )
