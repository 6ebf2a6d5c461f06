"""The ingestion report: the state of a region's input files, with reasons in French. No Dagster."""

import pandas as pd

from assets.ingestion.ingest_file import FileOutcome
from assets.ingestion.load import _quarantine_copy
from assets.ingestion.scan import find_inbox_path
from assets.ingestion.submissions import (
    UNIDENTIFIED_REASON,
    identify_submissions,
    resolve_submissions,
)
from assets.resources import Settings, Warehouse
from assets.warehouse.tables import replace_rows


def build_ingestion_report(
    warehouse: Warehouse, region: str, run_id: str, settings: Settings | None = None
) -> pd.DataFrame:
    """State of a region's inputs: every file the publication is built from (``loaded``, with
    first read, last seen and parser version), plus quarantined and superseded files with their
    reason. What one run did is not here (see :func:`assets.ingestion.history.run_activity`).

    With ``settings``, a loaded answer that cannot be published (authority not identified) is
    also copied to the quarantine folder with its reason, like a file rejected at parse time.
    """
    with warehouse.connect() as con:
        docs = con.execute("SELECT * FROM documents WHERE region_code = ?", [region]).df()
        subs = identify_submissions(con, region)
    unidentified = (
        {
            row.source_sha256: row.authority_name
            for row in subs[~subs["identified"]].itertuples(index=False)
        }
        if not subs.empty
        else {}
    )
    resolved = resolve_submissions(subs[subs["identified"]]) if not subs.empty else subs
    superseded_by: dict[str, str] = {}
    if not resolved.empty:
        latest_file = resolved[resolved["is_latest"]].set_index("authority_key")["source_file"]
        for row in resolved[~resolved["is_latest"]].itertuples(index=False):
            superseded_by[row.source_sha256] = latest_file.get(row.authority_key, "")
    rows = []
    for doc in docs.itertuples(index=False):
        quarantine_path = doc.quarantine_path
        if doc.status == "quarantined":
            status, reason = "quarantined", doc.reason
        elif doc.status == "duplicate":
            status, reason = "superseded", doc.reason
        elif doc.source_sha256 in unidentified:
            status = "quarantined"
            reason = UNIDENTIFIED_REASON.format(name=unidentified[doc.source_sha256] or "?")
            if settings is not None:
                root = settings.inbox_path(region)
                src = find_inbox_path(root, doc.source_file) or root / doc.source_file
                outcome = FileOutcome(
                    doc.source_file, doc.source_sha256, doc.detected_type, status, reason
                )
                try:
                    quarantine_path = _quarantine_copy(settings, region, src, outcome)
                except OSError:
                    pass
        elif doc.source_sha256 in superseded_by:
            status = "superseded"
            reason = (
                "réponse remplacée par une réponse plus récente de la même collectivité "
                f"({superseded_by[doc.source_sha256]})"
            )
        else:  # state, not history: read this run or earlier, the publication holds its rows
            status, reason = "loaded", None
        rows.append(
            {
                "region_code": region,
                "source_file": doc.source_file,
                "source_sha256": doc.source_sha256,
                "detected_type": doc.detected_type,
                "status": status,
                "reason": reason,
                "n_records": int(doc.n_records or 0),
                "n_warnings": int(doc.n_warnings or 0) if pd.notna(doc.n_warnings) else 0,
                "quarantine_path": quarantine_path,
                "first_read_at": doc.first_seen_at,
                "last_seen_at": getattr(doc, "last_seen_at", None),
                "parser_version": doc.parser_version,
            }
        )
    report = pd.DataFrame(
        rows,
        columns=[

            "region_code",
            "source_file",
            "source_sha256",
            "detected_type",
            "status",
            "reason",
            "n_records",
            "n_warnings",
            "quarantine_path",
            "first_read_at",
            "last_seen_at",
            "parser_version",
        ],
    ).sort_values("source_file")
    with warehouse.connect() as con:
        replace_rows(con, "ingestion_report", report, "region_code = ?", [region])
    return report
