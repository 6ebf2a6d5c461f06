"""One verdict for one file: what ``copdiag check`` prints is what a refresh would report.

:func:`file_verdict` runs the refresh's own steps on a single file — detection
(``sources.detect`` in the parser worker), parsing and validation (``assets.ingestion.ingest_file.parse_inbox_file``),
the warehouse write (``_write_outcome``, which may still refuse inconsistent rows), the copy
rule (``_write_duplicate``) and the ingestion report (``build_ingestion_report``: an answer whose
authority cannot be identified, or an older answer of the same authority) — in a scratch
DuckDB file. The region's context (files already loaded, their questionnaire submissions and the
recipients list) is copied from the real warehouse, read-only, when there is one; nothing real
is written.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from assets.ingestion.ingest_file import FileOutcome, parse_inbox_file, sha256_file
from assets.resources import Settings, Warehouse
from sources import detect as det

# Tables a file's verdict depends on, copied (for the region) from the real warehouse.
_CONTEXT_TABLES = ("documents", "questionnaire_submissions", "recipients")

STATUS_FR = {
    "loaded": "chargé",
    "quarantined": "mis en quarantaine",
    "superseded": "remplacé",
}


@dataclass
class Verdict:
    """Status and reason as the ingestion report would state them, plus what was read."""

    source_file: str
    source_sha256: str
    detected_type: str
    status: str  # loaded | quarantined | superseded (as in ingestion_report)
    reason: str | None
    n_records: int = 0
    n_warnings: int = 0
    issues: list[str] = field(default_factory=list)
    outcome: FileOutcome | None = None
    context: str = ""  # French: which regional context the verdict used


def locate(path: Path, inbox: Path) -> tuple[str | None, str]:
    """(region, path relative to the region folder) for a file inside the inbox, else
    (None, file name)."""
    from assets.partitions import REGION_CODES

    try:
        rel = path.resolve().relative_to(inbox.resolve())
    except ValueError:
        return None, path.name
    parts = rel.parts
    if len(parts) >= 2 and parts[0] in REGION_CODES:
        return parts[0], Path(*parts[1:]).as_posix()
    return None, path.name


def _copy_context(con, source: Path, region: str, rel: str) -> bool:
    """The region's loaded files, submissions and recipients (this path excluded)."""
    try:
        con.execute(f"ATTACH '{source.as_posix()}' AS real_wh (READ_ONLY)")
    except Exception:  # noqa: BLE001 - locked by a running refresh, not a warehouse…
        return False
    try:
        for table in _CONTEXT_TABLES:
            exists = con.execute(
                "SELECT count(*) FROM duckdb_tables() WHERE database_name = 'real_wh' "
                "AND table_name = ?",
                [table],
            ).fetchone()[0]
            if not exists:
                continue
            con.execute(
                f"INSERT INTO {table} BY NAME SELECT * FROM real_wh.{table} "
                "WHERE region_code = ? AND source_file <> ?",
                [region, rel],
            )
    finally:
        con.execute("DETACH real_wh")
    return True


def file_verdict(
    path: Path,
    *,
    region: str | None = None,
    rel: str | None = None,
    warehouse: Path | str | None = None,
) -> Verdict:
    """The status and reason a refresh of ``region`` would give ``path`` (see module doc)."""
    from assets.ingestion.load import _known_documents, _write_duplicate, _write_outcome
    from assets.ingestion.report import build_ingestion_report
    from assets.ingestion.scan import _region_departments

    rel = rel or path.name
    region_code = region or "00"
    with tempfile.TemporaryDirectory(prefix="copdiag-check-") as scratch:
        work = Warehouse(path=str(Path(scratch) / "check.duckdb"))
        settings = Settings(inbox=str(Path(scratch) / "inbox"), quarantine=str(Path(scratch) / "q"))
        context = "sans contexte régional (fichier isolé)"
        with work.connect() as con:
            if region and warehouse and Path(warehouse).exists():
                if _copy_context(con, Path(warehouse), region, rel):
                    context = f"avec les fichiers déjà chargés de la région {region}"
                else:
                    context = (
                        f"entrepôt {warehouse} illisible (en cours d'écriture ?) : sans contexte"
                    )
            known = _known_documents(con, region_code)
        sha = sha256_file(path)
        # the kind recorded for a byte-identical copy; a file that is parsed is detected by
        # the worker from its one read, as in a refresh (``parse_inbox_file(kind=None)``)
        detection = det.detect(path.read_bytes(), path.name)
        owner = next(
            (
                r.source_file
                for r in sorted(known.values(), key=lambda r: r.source_file)
                if r.source_sha256 == sha and r.status != "duplicate"
            ),
            None,
        )
        outcome: FileOutcome | None = None
        with work.connect() as con:
            if owner is not None:
                _write_duplicate(
                    con, region_code, "check", (rel, sha, detection.kind), owner, None, set()
                )
            else:
                outcome = parse_inbox_file(
                    str(path),
                    rel,
                    region_code,
                    sha,
                    None,
                    None,
                    _region_departments(region_code),
                    path.stat().st_mtime,
                )
                # the quarantine copy reads <inbox>/<region>/<rel>: a link in the scratch inbox
                link = settings.inbox_path(region_code) / rel
                link.parent.mkdir(parents=True, exist_ok=True)
                link.symlink_to(path.resolve())
                _write_outcome(con, settings, region_code, "check", outcome, None)
        report = build_ingestion_report(work, region_code, "check")
        row = report[report["source_file"] == rel].iloc[0]
        issues = _issue_lines(outcome)
    return Verdict(
        source_file=rel,
        source_sha256=sha,
        detected_type=str(row["detected_type"]),
        status=str(row["status"]),
        reason=None if pd.isna(row["reason"]) else str(row["reason"]),
        n_records=int(row["n_records"]),
        n_warnings=int(row["n_warnings"]),
        issues=issues,
        outcome=outcome,
        context=context,
    )


def _issue_lines(outcome: FileOutcome | None) -> list[str]:
    if outcome is None:
        return []
    issues = outcome.frames.get("parse_issues")
    if issues is None or issues.empty:
        return []
    lines = []
    for row in issues.itertuples(index=False):
        where = ", ".join(
            part
            for part in (
                f"feuille {row.sheet}" if isinstance(row.sheet, str) and row.sheet else "",
                f"ligne {int(row.row_no)}" if pd.notna(row.row_no) else "",
                f"page {int(row.page)}" if pd.notna(row.page) else "",
            )
            if part
        )
        label = "erreur" if row.severity == "error" else "remarque"
        lines.append(f"{label}{f' ({where})' if where else ''} : {row.message}")
    return lines
