"""Ingestion assets: the Dagster definitions of the ingestion stage, glue only.

Inbox scan -> parsed documents -> warehouse facts, per region (``inbox_files``,
``ingested_documents``, ``questionnaire_responses``, ``ingestion_report``); one inbox file read
alone (``inbox_file``, the per-file partitions the inbox sensor adds: a questionnaire arriving on
Tuesday is read by its own small run, then one regional run finds nothing left to read and goes
straight to the analysis and the publication); the reference dimensions (``reference_tables``).
The logic is in the pure modules beside this one (``scan``, ``load``, ``submissions``,
``report``, ``reference_tables``, ``guard``, ``history``).
"""

from collections.abc import Iterator

import dagster as dg
import pandas as pd

from assets.ingestion.load import ingest_one_file, ingest_region
from assets.ingestion.reference_tables import load_reference
from assets.ingestion.report import build_ingestion_report
from assets.ingestion.scan import InboxEntry, iter_inbox_entries, scan_inbox
from assets.ingestion.submissions import build_questionnaire_responses
from assets.metadata import table_metadata
from assets.partitions import (
    REGION_CODES,
    inbox_file_partitions,
    region_partitions,
    split_file_partition_key,
)
from assets.resources import WRITER_POOL, Settings, Warehouse, writer_step
from sources.filenames import display_name, escape_terminal

INGESTED_TABLES: dict[str, str] = {
    "actions": "Fiches actions extraites des plans d'actions (PCAET…), avec levier SGPE.",
    "action_steps": "Lignes des tableaux « Modalités de mise en œuvre » des fiches actions.",
    "referential_scores": "Lignes des tableaux d'avancement des référentiels CAE / ECI (COT).",
    "contract_targets": "Objectifs contractuels chiffrés des contrats (COT, COT TRI…).",
    "cot_objectives": "Scores d'audit, orientations et objectifs stratégiques des COT.",
    "questionnaire_answers": "Réponses brutes de toutes les soumissions de questionnaires.",
    "questionnaire_projects": "Projets déclarés dans la feuille « Projets » des questionnaires.",
    "recipients": "Destinataires du questionnaire (liste tenue par la région).",
}


def _md_table(frame: pd.DataFrame, limit: int = 30) -> str:
    if frame.empty:
        return "_(vide)_"
    return frame.head(limit).to_markdown(index=False)


def _stop_if_inputs_vanished(
    context: dg.AssetExecutionContext,
    settings: Settings,
    warehouse: Warehouse,
    region: str,
    entries: list[InboxEntry] | None = None,
) -> None:
    """The refresh guard (``assets.ingestion.guard``): fail the run before any write, in French.
    ``entries``: the region folder's listing, when the caller has it."""
    from assets.ingestion.guard import accepts_removals, guard_region

    if accepts_removals(context.run.tags):
        return
    stop = guard_region(
        settings.inbox_path(), warehouse, region, settings.max_removal_share, entries
    )
    if stop is not None:
        raise dg.Failure(
            description=stop.message,
            metadata={
                "dossier": dg.MetadataValue.path(stop.folder),
                "fichiers_presents": stop.n_present,
                "fichiers_charges": stop.n_known,
                "fichiers_disparus": dg.MetadataValue.json(list(stop.removed)),
            },
            allow_retries=False,
        )


@dg.asset(
    partitions_def=region_partitions,
    group_name="ingestion",
    pool=WRITER_POOL,
    kinds={"duckdb"},
    description="Fichiers de la boîte de dépôt de la région : sha256 (le type d'un nouveau "
    "fichier est détecté d'après son contenu par le lecteur, en une seule lecture) ; liens "
    "sortant de la boîte et fichiers spéciaux listés avec leur motif.",
)
@writer_step
def inbox_files(
    context: dg.AssetExecutionContext, settings: Settings, warehouse: Warehouse
) -> dg.MaterializeResult:
    region = context.partition_key
    # the folder listed once for the guard and the scan (a walk of a 3 000-file inbox each)
    entries = list(iter_inbox_entries(settings.inbox_path(region)))
    _stop_if_inputs_vanished(context, settings, warehouse, region, entries)
    scan = scan_inbox(settings, warehouse, region, entries)
    counts = scan["detected_type"].value_counts().to_dict() if not scan.empty else {}
    return dg.MaterializeResult(
        metadata={
            **table_metadata(warehouse, "inbox_files", region),
            "n_files": len(scan),
            "by_type": dg.MetadataValue.json({str(k): int(v) for k, v in counts.items()}),
            "inbox": dg.MetadataValue.path(str(settings.inbox_path(region))),
            "files": dg.MetadataValue.md(
                _md_table(scan[["source_file", "detected_type", "size_bytes"]])
                if not scan.empty
                else "_(boîte vide)_"
            ),
        }
    )


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            name,
            deps=[
                inbox_files,
                # Files read alone by the inbox sensor land in the same tables.
                dg.AssetDep("inbox_file", partition_mapping=dg.AllPartitionMapping()),
            ],
            description=desc,
            group_name="warehouse",
            kinds={"duckdb"},
        )
        for name, desc in INGESTED_TABLES.items()
    ],
    partitions_def=region_partitions,
    pool=WRITER_POOL,
    can_subset=False,
)
@writer_step
def ingested_documents(
    context: dg.AssetExecutionContext, settings: Settings, warehouse: Warehouse
) -> Iterator[dg.MaterializeResult]:
    """Parse new/changed files (in parallel) and replace exactly their rows in DuckDB."""
    region = context.partition_key
    summary = ingest_region(settings, warehouse, region, context.run_id, context.log.info)
    quarantined = summary.quarantined
    if quarantined:
        context.log.warning(
            f"{len(quarantined)} fichier(s) mis en quarantaine : "
            + "; ".join(
                f"{escape_terminal(o.source_file)} ({escape_terminal(o.reason)})"
                for o in quarantined
            )
        )
    table_of = {
        "cot_objectives": "cot_objectives",
    }
    for name in INGESTED_TABLES:
        table = table_of.get(name, name)
        parsed_here = sum(len(o.frames.get(table, ())) for o in summary.parsed)
        # ``table_metadata`` gives the region's row count (``dagster/row_count``) with the
        # schema: a separate count per table cost a query each
        yield dg.MaterializeResult(
            asset_key=name,
            metadata={
                **table_metadata(warehouse, table, region),
                "rows_from_this_run": int(parsed_here),
                "files_read": len(summary.parsed),
                "files_unchanged": summary.unchanged,
                "files_quarantined": len(quarantined),
            },
        )


@dg.asset(
    partitions_def=region_partitions,
    group_name="warehouse",
    pool=WRITER_POOL,
    kinds={"duckdb"},
    deps=["questionnaire_answers", "recipients"],
    description="Réponses au questionnaire publiables : dernière réponse de chaque collectivité "
    "(les précédentes sont conservées comme remplacées). Aucune donnée personnelle.",
)
@writer_step
def questionnaire_responses(
    context: dg.AssetExecutionContext, warehouse: Warehouse
) -> dg.MaterializeResult:
    stats = build_questionnaire_responses(warehouse, context.partition_key, context.run_id)
    return dg.MaterializeResult(
        metadata={
            **table_metadata(warehouse, "questionnaire_responses", context.partition_key),
            **stats,
        }
    )


@dg.asset(
    partitions_def=region_partitions,
    group_name="warehouse",
    pool=WRITER_POOL,
    kinds={"duckdb"},
    deps=[*INGESTED_TABLES, questionnaire_responses],
    description="Rapport d'ingestion : l'état des fichiers dont la publication est faite "
    "(chargé, avec première lecture, dernière présence et version du lecteur), plus les "
    "fichiers remplacés et en quarantaine avec leur motif en clair. Ce que ce run a fait "
    "(fichiers lus, retirés) est dans les métadonnées du run.",
)
@writer_step
def ingestion_report(
    context: dg.AssetExecutionContext, warehouse: Warehouse, settings: Settings
) -> dg.MaterializeResult:
    from assets.ingestion.history import run_activity

    report = build_ingestion_report(warehouse, context.partition_key, context.run_id, settings)
    counts = report["status"].value_counts().to_dict() if not report.empty else {}
    rejected = report[report["status"] == "quarantined"]
    activity = run_activity(warehouse, context.partition_key, context.run_id)
    return dg.MaterializeResult(
        metadata={
            "this_run_read": activity["read"],
            "this_run_unchanged": activity["unchanged"],
            "this_run_archived": dg.MetadataValue.json(
                [{"fichier": f, "motif": r} for f, r in activity["archived"]]
            ),
            **table_metadata(warehouse, "ingestion_report", context.partition_key),
            "by_status": dg.MetadataValue.json({str(k): int(v) for k, v in counts.items()}),
            "n_quarantined": len(rejected),
            "quarantined": dg.MetadataValue.md(
                _md_table(rejected[["source_file", "detected_type", "reason"]])
            ),
            "report": dg.MetadataValue.md(
                _md_table(report[["source_file", "detected_type", "status", "n_records"]], 50)
            ),
        }
    )


STATUS_LABELS = {
    "loaded": "chargé",
    "quarantined": "en quarantaine",
    "unchanged": "inchangé",
    "duplicate": "doublon d'un fichier déjà lu",
    "removed": "retiré de la boîte de dépôt",
}


@dg.asset(
    partitions_def=inbox_file_partitions,
    group_name="ingestion",
    pool=WRITER_POOL,
    kinds={"duckdb"},
    description="Un fichier de la boîte de dépôt lu seul (partition = « région/chemin »), "
    "ajouté par le capteur de la boîte de dépôt : ses lignes remplacent exactement les "
    "précédentes dans l'entrepôt.",
)
@writer_step
def inbox_file(
    context: dg.AssetExecutionContext, settings: Settings, warehouse: Warehouse
) -> dg.MaterializeResult:
    region, rel = split_file_partition_key(context.partition_key)
    if region not in REGION_CODES:
        raise dg.Failure(f"code région inconnu dans la partition : {region!r}")
    outcome = ingest_one_file(settings, warehouse, region, rel, context.run_id)
    label = STATUS_LABELS.get(outcome.status, outcome.status)
    shown = escape_terminal(outcome.source_file or rel)
    if outcome.status == "quarantined":
        context.log.warning(f"{shown} mis en quarantaine : {escape_terminal(outcome.reason)}")
    else:
        context.log.info(f"{shown} : {label}")
    rows = {
        table: len(frame)
        for table, frame in outcome.frames.items()
        if table != "parse_issues" and frame is not None
    }
    return dg.MaterializeResult(
        metadata={
            "region_code": region,
            "source_file": outcome.source_file or display_name(rel),
            "source_sha256": outcome.source_sha256 or "",
            "detected_type": outcome.detected_type or "",
            "status": label,
            "reason": outcome.reason or "",
            "dagster/row_count": int(outcome.n_records),
            "rows_by_table": dg.MetadataValue.json(rows),
            "n_warnings": int(outcome.n_warnings),
        }
    )


@dg.asset(
    group_name="reference",
    kinds={"duckdb"},
    pool=WRITER_POOL,
    description="Référentiels : 47 leviers SGPE (cibles 2030), thématiques, régions, départements.",
)
@writer_step
def reference_tables(
    context: dg.AssetExecutionContext, warehouse: Warehouse
) -> dg.MaterializeResult:
    counts = load_reference(warehouse)
    return dg.MaterializeResult(metadata={f"n_{k}": v for k, v in counts.items()})
