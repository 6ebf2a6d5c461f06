"""Loading: parsed documents -> warehouse facts, per region or per file.

Incremental by content hash: a file whose sha256 (and parser version) is already in
``documents`` is not read again. Parsing runs in worker processes; writes happen here, in
one process, so DuckDB keeps a single writer: one transaction per file, or per batch of new
files (pure inserts) with a file-by-file retry when a batch fails. No Dagster."""

import os
import shutil
import time
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pandas as pd

from assets.ingestion.history import archive_content
from assets.ingestion.ingest_file import (
    PARSER_VERSION,
    FileOutcome,
    parse_inbox_file,
    sha256_file,
)
from assets.ingestion.scan import (
    _entry_problem,
    _region_departments,
    _scan_row,
    find_inbox_path,
    scan_frame,
    scan_inbox,
)
from assets.personal_data import PersonalDataPolicy
from assets.resources import Settings, Warehouse
from assets.warehouse.schema import FILE_FACT_TABLES
from assets.warehouse.tables import insert_frame
from sources import detect as det
from sources.filenames import display_name, escape_terminal


@dataclass
class IngestSummary:
    """What one ingestion pass did, for logs, metadata and the CLI."""

    n_files: int = 0
    parsed: list[FileOutcome] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)

    @property
    def quarantined(self) -> list[FileOutcome]:
        return [o for o in self.parsed if o.status == "quarantined"]


def _parse_all(
    jobs: list[tuple], workers: int, log: Callable[[str], None]
) -> Iterator[FileOutcome]:
    if workers <= 1 or len(jobs) <= 2:
        for job in jobs:
            yield parse_inbox_file(*job)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(parse_inbox_file, *job) for job in jobs]
        for future in futures:
            yield future.result()


def _safe_name(rel: str) -> str:
    """A harmless copy name: personal data masked, then only letters, digits and ``-_.``."""
    masked = PersonalDataPolicy().mask_text(Path(rel).name)
    name = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in masked)
    return name.strip("._")[-80:] or "fichier"


def _quarantine_copy(settings: Settings, region: str, src: Path, outcome: FileOutcome) -> str:
    """Keep a copy of a rejected file with its reason; the inbox original is never touched.

    Returns the copy's path relative to the quarantine root (``76/…``): published in the
    ingestion report, it must not reveal the server's folders.
    """
    target_dir = settings.quarantine_path(region)
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / f"{outcome.source_sha256[:16]}_{_safe_name(outcome.source_file)}"
    if not target.exists():
        shutil.copyfile(src, target)
    reason = target.with_name(target.name + ".motif.txt")
    reason.write_text(
        f"Fichier : {outcome.source_file}\nsha256 : {outcome.source_sha256}\n"
        f"Type détecté : {outcome.detected_type}\nMotif : {outcome.reason}\n",
        encoding="utf-8",
    )
    return target.relative_to(Path(settings.quarantine)).as_posix()


def _delete_file_rows(con, sha: str, reason: str = "remplacé", run_id: str | None = None) -> None:
    """Delete a content's rows; they are copied to the history tables first (assets.ingestion.history)."""
    archive_content(con, sha, reason, run_id)
    for table in FILE_FACT_TABLES:
        con.execute(f"DELETE FROM {table} WHERE source_sha256 = ?", [sha])


def ingest_region(
    settings: Settings,
    warehouse: Warehouse,
    region: str,
    run_id: str,
    log: Callable[[str], None] = print,
    force: bool = False,
) -> IngestSummary:
    """Parse new or changed files of a region and replace exactly their rows."""
    full_scan = scan_inbox(settings, warehouse, region)
    unreadable = full_scan[full_scan["problem"].notna()]
    scan = full_scan[full_scan["problem"].isna()]
    with warehouse.connect() as con:
        known = _known_documents(con, region)
    summary = IngestSummary(n_files=len(full_scan))
    depts = _region_departments(region)
    limits = settings.resource_limits()
    owners = _content_owners(scan, known)
    jobs = []
    duplicates: list[tuple[str, str, str, str | None]] = []
    for row in scan.itertuples(index=False):
        prev = known.get(row.source_file)
        owner = owners[row.source_sha256]
        if owner != row.source_file:
            duplicates.append((row.source_file, row.source_sha256, owner, row.detected_type))
            continue
        if not force and _is_unchanged(prev, row.source_sha256):
            summary.unchanged += 1
            continue
        jobs.append(
            (
                row.path,  # raw file-system name (may not be UTF-8)
                row.source_file,
                region,
                row.source_sha256,
                row.detected_type or None,  # None: detected by the worker, from its one read
                row.detect_reason,
                depts,
                Path(row.path).stat().st_mtime,
                limits,
            )
        )
    summary.removed = sorted(set(known) - set(full_scan["source_file"]))
    log(
        f"région {region} : {len(full_scan)} fichier(s), {len(jobs)} à lire, "
        f"{summary.unchanged} inchangé(s), {len(summary.removed)} retiré(s)"
    )
    started = last_note = time.monotonic()
    kind_of = {rel: doc.detected_type for rel, doc in known.items()}
    with warehouse.connect() as con:
        for rel in summary.removed:
            _remove_file(con, region, rel, known[rel].source_sha256, run_id)
        for row in unreadable.itertuples(index=False):
            outcome = _write_unreadable(con, region, run_id, row.source_file, row.problem, known)
            summary.parsed.append(outcome)
            log(f"  ✗ {escape_terminal(row.source_file)} : {row.problem}")
        present = _present_contents(con)
        pending: list[FileOutcome] = []
        for index, outcome in enumerate(_parse_all(jobs, settings.workers, log), start=1):
            prev = known.get(outcome.source_file)
            if _batchable(outcome, prev, present):
                pending.append(outcome)
                if len(pending) >= BATCH_FILES:
                    _write_batch(con, settings, region, run_id, pending, known, present)
            else:
                _write_batch(con, settings, region, run_id, pending, known, present)
                _write_outcome(con, settings, region, run_id, outcome, prev, present)
            _update_scan_row(con, region, outcome)
            kind_of[outcome.source_file] = outcome.detected_type
            summary.parsed.append(outcome)
            if outcome.status == "quarantined":
                log(
                    f"  ✗ {escape_terminal(outcome.source_file)} : {escape_terminal(outcome.reason)}"
                )
            if index == len(jobs) or time.monotonic() - last_note >= 2.0:  # progress line
                last_note = time.monotonic()
                log(f"  {index}/{len(jobs)} fichier(s) lus ({last_note - started:.1f} s)")
        _write_batch(con, settings, region, run_id, pending, known, present)
        for rel, sha, owner, kind in duplicates:
            kind = kind or kind_of.get(owner)
            _write_duplicate(
                con, region, run_id, (rel, sha, kind), owner, known.get(rel), set(owners)
            )
            con.execute(
                "UPDATE inbox_scan SET detected_type = ? WHERE region_code = ? AND source_file = ?",
                [kind, region, rel],
            )
        _apply_overrides(con, region)
        _mark_seen(con, region)
    return summary


def _write_unreadable(con, region: str, run_id: str, rel: str, reason: str, known: dict):
    """An entry that is never opened (link leaving the inbox, FIFO…): a report row, no copy."""
    outcome = FileOutcome(rel, "", det.UNKNOWN, "quarantined", reason)
    prev = known.get(rel)
    con.execute("BEGIN TRANSACTION")
    if prev is not None and prev.source_sha256:
        others = {r.source_sha256 for r in known.values() if r.source_file != rel}
        if prev.source_sha256 not in others:
            _delete_file_rows(con, prev.source_sha256, "illisible", run_id)
    _upsert_document(con, region, run_id, outcome, None)
    con.execute("COMMIT")
    return outcome


def _update_scan_row(con, region: str, outcome: FileOutcome) -> None:
    """The worker's detection (and the sha256 of the bytes it read) in the scan row."""
    if outcome.container is None and outcome.detect_reason is None:
        con.execute(
            "UPDATE inbox_scan SET source_sha256 = ?, detected_type = ? "
            "WHERE region_code = ? AND source_file = ?",
            [outcome.source_sha256, outcome.detected_type, region, outcome.source_file],
        )
        return
    con.execute(
        "UPDATE inbox_scan SET source_sha256 = ?, detected_type = ?, container = ?, "
        "detect_reason = ? WHERE region_code = ? AND source_file = ?",
        [
            outcome.source_sha256,
            outcome.detected_type,
            outcome.container,
            outcome.detect_reason,
            region,
            outcome.source_file,
        ],
    )


def _mark_seen(con, region: str) -> None:
    """Every file of this scan was seen now (``last_seen_at`` of the ingestion report)."""
    con.execute(
        "UPDATE documents SET last_seen_at = ? WHERE region_code = ? AND source_file IN "
        "(SELECT source_file FROM inbox_scan WHERE region_code = ?)",
        [datetime.now(), region, region],
    )


def ingest_one_file(
    settings: Settings, warehouse: Warehouse, region: str, rel: str, run_id: str
) -> FileOutcome:
    """Parse one inbox file alone (sensor-driven runs) and replace exactly its rows.

    Same rules as :func:`ingest_region`: unchanged content is not read again, a byte-identical
    copy of a loaded file is recorded as a duplicate, a file gone from the inbox takes its rows.
    ``rel`` is the raw name (from the partition key); rows carry its display name.
    """
    root = settings.inbox_path(region)
    path = root / rel
    if not rel or rel.startswith("/") or not path.resolve().is_relative_to(root.resolve()):
        raise ValueError(
            f"chemin hors de la boîte de dépôt de la région {region} : {escape_terminal(rel)!r}"
        )
    shown = display_name(rel)
    with warehouse.connect() as con:
        known = _known_documents(con, region)
        prev = known.get(shown)
        if not os.path.lexists(path):
            if prev is not None:
                _remove_file(con, region, shown, prev.source_sha256, run_id)
            return FileOutcome(shown, "", "", "removed", "fichier retiré de la boîte de dépôt")
        problem = _entry_problem(path, root.resolve())
        sha = ""
        if problem is None:
            try:
                sha = sha256_file(path)
            except OSError as exc:
                problem = f"fichier illisible ({exc.strerror or exc})"
        if problem is not None:
            _upsert_scan_row(
                con, region, shown, "", path, det.Detection(det.UNKNOWN, "other", problem)
            )
            return _write_unreadable(con, region, run_id, shown, problem, known)
        if _is_unchanged(prev, sha):
            return FileOutcome(shown, sha, "", "unchanged", "même contenu (sha256) déjà lu")
        others = [r for r in known.values() if r.source_file != shown]
        owner = next(
            (r for r in others if r.source_sha256 == sha and r.status != "duplicate"), None
        )
        if owner is not None:
            in_use = {r.source_sha256 for r in others}
            kind = owner.detected_type
            _write_duplicate(
                con, region, run_id, (shown, sha, kind), owner.source_file, prev, in_use
            )
            return FileOutcome(
                shown, sha, kind, "duplicate", f"copie identique de {owner.source_file}"
            )
    outcome = parse_inbox_file(
        str(path),
        shown,
        region,
        sha,
        None,
        None,
        _region_departments(region),
        path.stat().st_mtime,
        settings.resource_limits(),
    )
    with warehouse.connect() as con:
        _upsert_scan_row(
            con,
            region,
            shown,
            outcome.source_sha256,
            path,
            det.Detection(
                outcome.detected_type, outcome.container or "other", outcome.detect_reason
            ),
        )
        _write_outcome(con, settings, region, run_id, outcome, prev)
        _apply_overrides(con, region)
    return outcome


def _upsert_scan_row(con, region: str, rel: str, sha: str, path: Path, detection) -> None:
    con.execute("DELETE FROM inbox_scan WHERE region_code = ? AND source_file = ?", [region, rel])
    row = _scan_row(region, rel, sha, path, detection)
    insert_frame(con, "inbox_scan", scan_frame([row], list(row)))


def _remove_file(con, region: str, rel: str, sha: str, run_id: str | None = None) -> None:
    """A file gone from the inbox takes its rows out of the current tables (into history)."""
    con.execute("BEGIN TRANSACTION")
    _delete_file_rows(con, sha, "retiré de la boîte de dépôt", run_id)
    con.execute("DELETE FROM documents WHERE region_code = ? AND source_file = ?", [region, rel])
    con.execute("COMMIT")


def _is_unchanged(prev, sha: str) -> bool:
    """Same content, read by the current parser, and not merely recorded as a copy."""
    return (
        prev is not None
        and prev.source_sha256 == sha
        and prev.parser_version == PARSER_VERSION
        and prev.status != "duplicate"
    )


def _known_documents(con, region: str) -> dict:
    """Files already seen in a region: path → (sha256, parser version, status)."""
    docs = con.execute(
        "SELECT source_file, source_sha256, parser_version, status, detected_type FROM documents "
        "WHERE region_code = ?",
        [region],
    ).df()
    return {r.source_file: r for r in docs.itertuples(index=False)}


def _content_owners(scan: pd.DataFrame, known: dict) -> dict[str, str]:
    """For each sha256, the one path whose rows stand for that content.

    Facts are keyed by content hash, so two byte-identical files are read once: the path
    already loaded with that content keeps it, else the first path in order.
    """
    paths_by_sha: dict[str, list[str]] = {}
    for rel, sha in zip(scan["source_file"], scan["source_sha256"], strict=True):
        paths_by_sha.setdefault(sha, []).append(rel)
    owners = {}
    for sha, paths in paths_by_sha.items():
        loaded = [
            p
            for p in paths
            if p in known and known[p].source_sha256 == sha and known[p].status != "duplicate"
        ]
        owners[sha] = sorted(loaded or paths)[0]
    return owners


def _write_duplicate(con, region, run_id, file, owner, prev, in_use: set[str]) -> None:
    """Record a byte-identical copy without reading it again; drop the path's previous rows
    unless another file still holds that previous content (``in_use``: sha256s)."""
    rel, sha, kind = file
    outcome = FileOutcome(
        rel,
        sha,
        kind,
        "duplicate",
        f"copie identique de « {owner} » (même contenu, sha256) : lue une seule fois",
    )
    con.execute("BEGIN TRANSACTION")
    if prev is not None and prev.source_sha256 != sha and prev.source_sha256 not in in_use:
        _delete_file_rows(con, prev.source_sha256, "remplacé par une copie", run_id)
    _upsert_document(con, region, run_id, outcome, None)
    con.execute("COMMIT")


def _present_contents(con) -> set[str]:
    """Every content hash that has rows in ``documents`` or a fact table, read once.

    Archiving and deleting a content's rows scan each table; for a content the warehouse has
    never held both are no-ops, and on a first refresh of thousands of files those scans of
    ever-growing tables were most of the writing process's time (quadratic in the files).
    """
    union = " UNION ".join(
        f"SELECT DISTINCT source_sha256 FROM {table}" for table in ("documents", *FILE_FACT_TABLES)
    )
    return {sha for (sha,) in con.execute(union).fetchall() if sha}


# Files whose rows are written in one transaction (one insert per table instead of one per
# file and table: each insert has a fixed cost of several milliseconds).
BATCH_FILES = 64


def _batchable(outcome: FileOutcome, prev, present: set[str]) -> bool:
    """A loaded file whose content and previous content the warehouse does not hold: writing
    it is pure inserts (nothing to archive or delete, no quarantine copy)."""
    return (
        outcome.status == "loaded"
        and bool(outcome.source_sha256)
        and outcome.source_sha256 not in present
        and (prev is None or not prev.source_sha256 or prev.source_sha256 not in present)
    )


def _write_batch(
    con, settings, region, run_id, batch: list[FileOutcome], known: dict, present: set[str]
) -> None:
    """Write (and empty) ``batch`` in one transaction: each table's frames concatenated and
    inserted once, then each file's ``documents`` row. On any error the transaction is rolled
    back and every file is written alone (:func:`_write_outcome`), so a bad file is
    quarantined by itself as before and the others load."""
    if not batch:
        return
    con.execute("BEGIN TRANSACTION")
    try:
        by_table: dict[str, list[pd.DataFrame]] = {}
        for outcome in batch:
            for table, frame in outcome.frames.items():
                if frame is not None and not frame.empty:
                    by_table.setdefault(table, []).append(frame)
        for table, frames in by_table.items():
            with warnings.catch_warnings():  # all-NA columns of one file: dtype from the others
                warnings.simplefilter("ignore", FutureWarning)
                frame = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
            insert_frame(con, table, frame)
        for outcome in batch:
            _upsert_document(con, region, run_id, outcome, None)
        con.execute("COMMIT")
        present.update(outcome.source_sha256 for outcome in batch)
    except Exception:  # noqa: BLE001 - retried file by file, which reports the bad one
        con.execute("ROLLBACK")
        for outcome in batch:
            _write_outcome(
                con, settings, region, run_id, outcome, known.get(outcome.source_file), present
            )
    batch.clear()


def _write_outcome(
    con, settings, region, run_id, outcome: FileOutcome, prev, present: set[str] | None = None
) -> None:
    """One transaction per file: old rows of this path and of this hash out, new rows in.

    ``present`` (:func:`_present_contents`, kept up to date here) lets a content the
    warehouse does not hold skip its archive-and-delete scans; ``None`` always runs them.
    """
    quarantine_path = None
    if outcome.status == "quarantined":
        root = settings.inbox_path(region)
        src = find_inbox_path(root, outcome.source_file) or root / outcome.source_file
        try:
            quarantine_path = _quarantine_copy(settings, region, src, outcome)
        except OSError as exc:
            outcome.reason = f"{outcome.reason} (copie en quarantaine impossible : {exc})"
    con.execute("BEGIN TRANSACTION")
    try:
        if prev is not None and (present is None or prev.source_sha256 in present):
            reason = "relu" if prev.source_sha256 == outcome.source_sha256 else "remplacé"
            _delete_file_rows(con, prev.source_sha256, reason, run_id)
        if present is None or outcome.source_sha256 in present:
            _delete_file_rows(con, outcome.source_sha256, "relu", run_id)
        for table, frame in outcome.frames.items():
            insert_frame(con, table, frame)
        _upsert_document(con, region, run_id, outcome, quarantine_path)
        con.execute("COMMIT")
        if present is not None:
            present.add(outcome.source_sha256)
    except Exception as exc:  # noqa: BLE001 - bad rows quarantine the file, not the run
        con.execute("ROLLBACK")
        outcome.status = "quarantined"
        outcome.reason = f"données incohérentes, écriture refusée par l'entrepôt : {exc}"
        outcome.frames = {}
        con.execute("BEGIN TRANSACTION")
        _delete_file_rows(con, outcome.source_sha256)
        _upsert_document(con, region, run_id, outcome, quarantine_path)
        con.execute("COMMIT")
        if present is not None:
            present.add(outcome.source_sha256)


def _upsert_document(con, region, run_id, outcome: FileOutcome, quarantine_path) -> None:
    now = datetime.now()
    first = con.execute(
        "SELECT first_seen_at FROM documents WHERE region_code = ? AND source_file = ?",
        [region, outcome.source_file],
    ).fetchone()
    con.execute(
        "DELETE FROM documents WHERE region_code = ? AND source_file = ?",
        [region, outcome.source_file],
    )
    con.execute(
        "INSERT INTO documents (region_code, source_file, source_sha256, detected_type, "
        "size_bytes, status, reason, n_records, parser_version, quarantine_path, n_warnings, "
        "run_id, first_seen_at, loaded_at) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            region,
            outcome.source_file,
            outcome.source_sha256,
            outcome.detected_type,
            outcome.status,
            outcome.reason,
            outcome.n_records,
            PARSER_VERSION,
            quarantine_path,
            outcome.n_warnings,
            run_id,
            first[0] if first else now,
            now,
        ],
    )


def _apply_overrides(con, region: str) -> None:
    """Steward overrides always win over the classifier (for unchanged files too)."""
    con.execute(
        """
        UPDATE actions SET lever_code = o.lever_code, lever_source = 'override',
               lever_confidence = 1.0, thematic = l.thematic
        FROM lever_overrides o LEFT JOIN levers l ON l.lever_code = o.lever_code
        WHERE actions.action_id = o.override_key AND actions.region_code = ?
        """,
        [region],
    )
    con.execute(
        """
        UPDATE contract_targets SET lever_code = o.lever_code, lever_source = 'override',
               lever_confidence = 1.0
        FROM lever_overrides o
        WHERE contract_targets.target_id = o.override_key AND contract_targets.region_code = ?
        """,
        [region],
    )
