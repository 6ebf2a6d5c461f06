"""One inbox file, parsed alone: the per-file partitions the inbox sensor adds.

A questionnaire arriving on Tuesday is read by its own small run (seconds), then the sensor
asks for one regional run, whose ingestion finds nothing left to read and goes straight to the
analysis and the publication. The weekly refresh reads whole regions in parallel instead.
"""

import dagster as dg

from assets.ingestion.load import WRITER_POOL, ingest_one_file
from assets.partitions import REGION_CODES, inbox_file_partitions, split_file_partition_key
from assets.resources import Settings, Warehouse
from sources.filenames import display_name, escape_terminal

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
