"""Ingestion assets: inbox scan → parsed documents → warehouse facts, per region.

Incremental by content hash: a file whose sha256 (and parser version) is already in
``documents`` is not read again. Parsing runs in worker processes; writes happen here, in
one process and one transaction per file, so DuckDB keeps a single writer.
"""

import difflib
import os
import shutil
import stat as stat_mod
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import dagster as dg
import pandas as pd

from assets.ingestion.history import archive_content
from assets.ingestion.ingest_file import (
    PARSER_VERSION,
    FileOutcome,
    parse_inbox_file,
    sha256_file,
)
from assets.metadata import table_metadata
from assets.partitions import region_partitions
from assets.personal_data import PersonalDataPolicy
from assets.publication import redact_emails
from assets.resources import Settings, Warehouse, insert_frame, replace_rows
from assets.warehouse.schema import FILE_FACT_TABLES
from sources import detect as det
from sources.filenames import display_name, escape_terminal, escaped_name
from sources.values import fold

WRITER_POOL = "duckdb_writer"
# Not documents: office lock files and OS metadata. Anything else is read (and reported).
IGNORED_PREFIXES = ("~$", ".~lock.", "._")
IGNORED_NAMES = frozenset({".ds_store", "thumbs.db", "desktop.ini", ".gitkeep"})


def is_ignored_name(name: str) -> bool:
    """Lock files and OS metadata, which are never documents; a name like
    ``..questionnaire..xlsx`` is a document with an odd name, not a hidden file."""
    return name.startswith(IGNORED_PREFIXES) or name.lower() in IGNORED_NAMES


def is_ignored_dir(name: str) -> bool:
    """Tool folders (``.git``, ``.Trash-1000``…), never inbox content."""
    return name.startswith(".") and not name.startswith("..")


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


# --------------------------------------------------------------------------- scanning


def _region_departments(region: str) -> tuple[str, ...]:
    try:
        from sources.reference import departements_of_region

        return tuple(departements_of_region(region))
    except Exception:  # noqa: BLE001 - reference not available: no département from path
        return ()


@dataclass(frozen=True)
class InboxEntry:
    """One inbox entry: raw path (to open it), display name (stored), or why it is not read."""

    path: Path
    rel: str
    problem: str | None = None


def _entry_problem(path: Path, root_real: Path) -> str | None:
    """French reason why an entry is not read (link leaving the inbox, FIFO…), else None."""
    try:
        lst = path.lstat()
    except OSError:
        return "entrée disparue pendant la lecture de la boîte de dépôt"
    if stat_mod.S_ISLNK(lst.st_mode):
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return "lien symbolique cassé ou en boucle : non suivi"
        if not target.is_relative_to(root_real):
            return "lien symbolique vers un emplacement hors de la boîte de dépôt : non suivi"
    try:
        mode = path.stat().st_mode
    except OSError:
        return "fichier inaccessible (droits insuffisants ?)"
    if stat_mod.S_ISREG(mode):
        return None
    if stat_mod.S_ISDIR(mode):
        return "lien symbolique vers un dossier : non suivi"
    if stat_mod.S_ISFIFO(mode):
        return "fichier spécial (tube nommé FIFO) : jamais ouvert"
    if stat_mod.S_ISSOCK(mode):
        return "fichier spécial (socket) : jamais ouvert"
    if stat_mod.S_ISCHR(mode) or stat_mod.S_ISBLK(mode):
        return "fichier spécial (périphérique) : jamais ouvert"
    return "fichier spécial : jamais ouvert"


def iter_inbox_entries(root: Path) -> Iterator[InboxEntry]:
    """Every entry under ``root`` except lock files and tool folders, each with a display name.

    Regular files (and links to files inside the inbox) come with ``problem=None``; links
    leaving the inbox, broken links, links to folders, FIFOs, sockets and devices come with the
    French reason they are not read, so the report can list them. Names that are not UTF-8 get
    a display name with U+FFFD (``\\xNN`` escapes if two names would collide).
    """
    if not root.is_dir():
        return
    root_real = root.resolve()
    seen: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        linked = sorted(d for d in dirnames if (Path(dirpath) / d).is_symlink())
        dirnames[:] = sorted(d for d in dirnames if not is_ignored_dir(d) and d not in linked)
        for name in sorted([*filenames, *linked]):
            if is_ignored_name(name):
                continue
            path = Path(dirpath) / name
            raw = path.relative_to(root).as_posix()
            rel = display_name(raw)
            if rel in seen:
                rel = escaped_name(raw)
            seen.add(rel)
            yield InboxEntry(path, rel, _entry_problem(path, root_real))


def iter_inbox(root: Path) -> Iterator[Path]:
    """Readable files under ``root`` (any nesting), skipping lock/hidden files and links leaving it."""
    for entry in iter_inbox_entries(root):
        if entry.problem is None:
            yield entry.path


def find_inbox_path(root: Path, rel: str) -> Path | None:
    """The raw path of the entry whose display name is ``rel`` (names that are not UTF-8)."""
    direct = root / rel
    if os.path.lexists(direct):
        return direct
    return next((e.path for e in iter_inbox_entries(root) if e.rel == rel), None)


def _scan_row(
    region: str,
    rel: str,
    sha: str,
    path: Path,
    detection: det.Detection | None,
    stat: os.stat_result | None = None,
    trusted: bool = True,
) -> dict:
    """One ``inbox_scan`` row (detection is filled in by the worker that reads the file)."""
    try:
        stat = stat or path.stat()
        size, mtime = stat.st_size, datetime.fromtimestamp(stat.st_mtime)
    except OSError:
        stat, size, mtime = None, None, None
    return _fingerprint_columns(stat, trusted) | {
        "region_code": region,
        "source_file": rel,
        "source_sha256": sha,
        "size_bytes": size,
        "mtime": mtime,
        "detected_type": detection.kind if detection else None,
        "container": detection.container if detection else None,
        "detect_reason": detection.reason if detection else None,
    }


_SCAN_COLUMNS = [
    "region_code",
    "source_file",
    "source_sha256",
    "size_bytes",
    "mtime",
    "detected_type",
    "container",
    "detect_reason",
    "mtime_ns",
    "ctime_ns",
    "inode",
]

# A fingerprint whose ctime is this recent when taken is not trusted next time: a write in
# the same clock tick could leave size, mtime and ctime unchanged ("racy" entries, as in git).
_RACY_NS = 2_000_000_000


def _fingerprint_columns(stat: os.stat_result | None, trusted: bool = True) -> dict:
    """File-system fingerprint of a scanned file: (size, mtime_ns, ctime_ns, inode).

    The known sha256 of a path is reused only when all four are unchanged. mtime and size
    alone are not enough: a file replaced by another of the same size with its mtime copied
    (``cp -p``, ``touch -r``, an unzip, a sync tool) keeps them; the kernel sets ctime on every
    content or metadata change and no user call can set it back, and a file replaced by a
    rename gets a new inode. A fingerprint taken less than 2 s after the file's last change is
    stored without ctime, so that file is hashed again at the next scan; so is a file whose
    stat changed while it was being hashed.
    """
    if stat is None:
        return {"mtime_ns": None, "ctime_ns": None, "inode": None}
    racy = not trusted or time.time_ns() - stat.st_ctime_ns < _RACY_NS
    return {
        "mtime_ns": stat.st_mtime_ns,
        "ctime_ns": None if racy else stat.st_ctime_ns,
        "inode": stat.st_ino,
    }


def _stat_key(stat: os.stat_result) -> tuple[int, int, int, int]:
    return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)


def _same_fingerprint(prev, stat: os.stat_result) -> bool:
    """True when the recorded fingerprint of a path still describes the file on disk."""
    if prev is None or not prev.source_sha256:
        return False
    recorded = (prev.size_bytes, prev.mtime_ns, prev.ctime_ns, prev.inode)
    if any(v is None or pd.isna(v) for v in recorded):
        return False
    return tuple(int(v) for v in recorded) == _stat_key(stat)


def scan_inbox(settings: Settings, warehouse: Warehouse, region: str) -> pd.DataFrame:
    """Fingerprint every readable inbox file of a region; hash only new or changed ones.

    A path whose (size, mtime_ns, ctime_ns, inode) equals the recorded fingerprint keeps its
    known sha256 without being opened (:func:`_fingerprint_columns` gives the rule); any other
    file is hashed, streamed, never parsed here. Detection is reused for known (path, sha256);
    a new file is detected by the worker that reads it, from the same bytes it parses. Entries
    that are not read (links leaving the inbox, FIFOs…) get a row with ``problem`` set (column
    ``path`` holds the raw path; both extra columns stay out of the warehouse).
    """
    root = settings.inbox_path(region)
    with warehouse.connect() as con:
        known = con.execute(
            "SELECT source_file, source_sha256, detected_type, container, detect_reason, "
            "size_bytes, mtime_ns, ctime_ns, inode FROM inbox_scan WHERE region_code = ?",
            [region],
        ).df()
    known_by_key = {(r.source_file, r.source_sha256): r for r in known.itertuples(index=False)}
    known_by_path = {r.source_file: r for r in known.itertuples(index=False)}
    rows = []
    for entry in iter_inbox_entries(root):
        problem = entry.problem
        sha = ""
        stat = None
        trusted = True
        if problem is None:
            try:
                stat = entry.path.stat()
                prev = known_by_path.get(entry.rel)
                sha = prev.source_sha256 if _same_fingerprint(prev, stat) else ""
                if not sha:
                    sha = sha256_file(entry.path)
                    after = entry.path.stat()
                    # Written while being hashed: no fingerprint, hashed again next scan.
                    trusted = _stat_key(after) == _stat_key(stat)
                    stat = after
            except OSError as exc:
                problem = f"fichier illisible ({exc.strerror or exc})"
        if problem is not None:
            detection = det.Detection(det.UNKNOWN, "other", problem)
        else:
            prev = known_by_key.get((entry.rel, sha))
            detection = (
                det.Detection(prev.detected_type, prev.container, prev.detect_reason)
                if prev is not None and prev.detected_type
                else None
            )
        row = _scan_row(region, entry.rel, sha, entry.path, detection, stat, trusted)
        rows.append(row | {"path": str(entry.path), "problem": problem})
    frame = pd.DataFrame(rows, columns=[*_SCAN_COLUMNS, "path", "problem"])
    with warehouse.connect() as con:
        replace_rows(con, "inbox_scan", frame, "region_code = ?", [region])
    return frame


# --------------------------------------------------------------------------- ingestion


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
        for index, outcome in enumerate(_parse_all(jobs, settings.workers, log), start=1):
            _write_outcome(con, settings, region, run_id, outcome, known.get(outcome.source_file))
            _update_scan_row(con, region, outcome)
            kind_of[outcome.source_file] = outcome.detected_type
            summary.parsed.append(outcome)
            if outcome.status == "quarantined":
                log(f"  ✗ {escape_terminal(outcome.source_file)} : {escape_terminal(outcome.reason)}")
            if index == len(jobs) or time.monotonic() - last_note >= 2.0:  # progress line
                last_note = time.monotonic()
                log(f"  {index}/{len(jobs)} fichier(s) lus ({last_note - started:.1f} s)")
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
            _upsert_scan_row(con, region, shown, "", path, det.Detection(det.UNKNOWN, "other", problem))
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
            _write_duplicate(con, region, run_id, (shown, sha, kind), owner.source_file, prev, in_use)
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
            det.Detection(outcome.detected_type, outcome.container or "other", outcome.detect_reason),
        )
        _write_outcome(con, settings, region, run_id, outcome, prev)
        _apply_overrides(con, region)
    return outcome


def _upsert_scan_row(con, region: str, rel: str, sha: str, path: Path, detection) -> None:
    con.execute("DELETE FROM inbox_scan WHERE region_code = ? AND source_file = ?", [region, rel])
    insert_frame(con, "inbox_scan", pd.DataFrame([_scan_row(region, rel, sha, path, detection)]))


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


def _write_outcome(con, settings, region, run_id, outcome: FileOutcome, prev) -> None:
    """One transaction per file: old rows of this path and of this hash out, new rows in."""
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
        if prev is not None:
            reason = "relu" if prev.source_sha256 == outcome.source_sha256 else "remplacé"
            _delete_file_rows(con, prev.source_sha256, reason, run_id)
        _delete_file_rows(con, outcome.source_sha256, "relu", run_id)
        for table, frame in outcome.frames.items():
            insert_frame(con, table, frame)
        _upsert_document(con, region, run_id, outcome, quarantine_path)
        con.execute("COMMIT")
    except Exception as exc:  # noqa: BLE001 - bad rows quarantine the file, not the run
        con.execute("ROLLBACK")
        outcome.status = "quarantined"
        outcome.reason = f"données incohérentes, écriture refusée par l'entrepôt : {exc}"
        outcome.frames = {}
        con.execute("BEGIN TRANSACTION")
        _delete_file_rows(con, outcome.source_sha256)
        _upsert_document(con, region, run_id, outcome, quarantine_path)
        con.execute("COMMIT")


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


# --------------------------------------------------------------------------- questionnaires


def authority_key(siren: str | None, siren_valid: bool | None, name: str | None) -> str:
    """Who answered: a valid SIREN, else the folded name (so duplicates still collapse)."""
    if siren and siren_valid:
        return f"siren:{siren}"
    if siren:
        return f"siren:{siren}"
    return f"nom:{fold(name)}"


def identify_submissions(con, region: str) -> pd.DataFrame:
    """Submissions of a region, a missing SIREN recovered from the recipients list by name.

    People forget the SIREN but rarely their own name: a folded exact (or very close, ≥ 0.92)
    match on the recipients' names gives it back. ``identified`` is False when neither works;
    such an answer stays in the warehouse but is not published (the report says why).
    """
    subs = con.execute(
        "SELECT * FROM questionnaire_submissions WHERE region_code = ?", [region]
    ).df()
    if subs.empty:
        return subs.assign(identified=pd.Series([], dtype=bool), siren_from_recipients=[])
    recipients = con.execute(
        "SELECT siren, name FROM recipients WHERE region_code = ? AND siren IS NOT NULL "
        "AND name IS NOT NULL",
        [region],
    ).df()
    by_name: dict[str, set[str]] = {}
    for siren, name in zip(recipients["siren"], recipients["name"], strict=True):
        by_name.setdefault(fold(name), set()).add(siren)
    unique = {name: next(iter(codes)) for name, codes in by_name.items() if len(codes) == 1}
    recovered = []
    for siren, name in zip(subs["siren"], subs["authority_name"], strict=True):
        if isinstance(siren, str) and siren:
            recovered.append(None)
            continue
        key = fold(name) if isinstance(name, str) else ""
        found = unique.get(key)
        if found is None and key:
            close = difflib.get_close_matches(key, list(unique), n=1, cutoff=0.92)
            found = unique[close[0]] if close else None
        recovered.append(found)
    subs["siren_from_recipients"] = recovered
    has_siren = subs["siren"].notna() & (subs["siren"].astype(str) != "")
    subs["siren"] = subs["siren"].where(has_siren, subs["siren_from_recipients"])
    subs["siren_valid"] = subs["siren_valid"].where(has_siren, subs["siren"].notna())
    subs["identified"] = subs["siren"].notna()
    return subs


UNIDENTIFIED_REASON = (
    "réponse non publiée : collectivité non identifiée (SIREN absent ou illisible et nom "
    "« {name} » introuvable dans la liste des destinataires) ; ajoutez le SIREN à 9 chiffres "
    "dans la feuille Identification"
)


def resolve_submissions(submissions: pd.DataFrame) -> pd.DataFrame:
    """Mark the latest submission per authority; earlier ones are ``superseded``.

    Latest = most recent ``Date de réponse``, then file modification time, then file name.
    """
    if submissions.empty:
        return submissions.assign(authority_key=[], is_latest=[])
    frame = submissions.copy()
    frame["authority_key"] = [
        authority_key(s, v, n)
        for s, v, n in zip(
            frame["siren"], frame["siren_valid"], frame["authority_name"], strict=True
        )
    ]
    frame["_date"] = pd.to_datetime(frame["submitted_on"], errors="coerce")
    frame["_mtime"] = pd.to_datetime(frame["file_mtime"], errors="coerce")
    frame = frame.sort_values(
        ["authority_key", "_date", "_mtime", "source_file"], na_position="first"
    )
    frame["is_latest"] = ~frame.duplicated("authority_key", keep="last")
    return frame.drop(columns=["_date", "_mtime"])


def current_submissions(con, region: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The « current files » rule, in one place: of a region's questionnaires, the latest
    submission of each identified authority. Returns ``(submissions, resolved, latest)``;
    every table fed by questionnaires (responses, projects, diagnostic) reads ``latest``.
    """
    subs = identify_submissions(con, region)
    resolved = resolve_submissions(subs[subs["identified"]])
    latest = resolved[resolved["is_latest"]] if not resolved.empty else resolved
    return subs, resolved, latest


def current_questionnaire_files(con, region: str) -> dict[str, str | None]:
    """sha256 → resolved SIREN of the current questionnaire files of ``region`` (see
    :func:`current_submissions`)."""
    latest = current_submissions(con, region)[2]
    if latest.empty:
        return {}
    return {
        sha: (siren if isinstance(siren, str) and siren else None)
        for sha, siren in zip(latest["source_sha256"], latest["siren"], strict=True)
    }


def build_questionnaire_responses(warehouse: Warehouse, region: str) -> dict[str, int]:
    """Publishable answers: latest submission per authority, with its identification."""
    with warehouse.connect() as con:
        subs, resolved, latest = current_submissions(con, region)
        con.register(
            "_latest",
            latest[["source_sha256", "siren"]].rename(columns={"siren": "resolved_siren"})
            if not latest.empty
            else pd.DataFrame({"source_sha256": pd.Series([], dtype=str), "resolved_siren": []}),
        )
        responses = con.execute(
            """
            SELECT s.region_code,
                   COALESCE(s.department_code, r.department_code) AS department_code,
                   _latest.resolved_siren AS siren,
                   COALESCE(s.authority_name, r.name) AS authority_name,
                   COALESCE(s.authority_type, r.authority_type) AS authority_type,
                   a.lever_code, a.relevance_label, a.relevance_score, a.deployment_label,
                   a.deployment_score, a.actions_text, a.blockers_text, a.needs_text,
                   a.exemplary_project_text, s.submitted_on, s.source_file, s.source_sha256
            FROM questionnaire_answers a
            JOIN questionnaire_submissions s USING (source_sha256)
            JOIN _latest USING (source_sha256)
            LEFT JOIN (
                SELECT siren, any_value(name) AS name, any_value(authority_type) AS authority_type,
                       any_value(department_code) AS department_code
                FROM recipients WHERE region_code = ? GROUP BY siren
            ) r ON r.siren = _latest.resolved_siren
            WHERE s.region_code = ?
            ORDER BY siren, a.lever_code
            """,
            [region, region],
        ).df()
        con.unregister("_latest")
        # Free text is published: an address typed into an answer must not leak.
        responses = redact_emails(responses)
        replace_rows(con, "questionnaire_responses", responses, "region_code = ?", [region])
        superseded = resolved[~resolved["is_latest"]] if not resolved.empty else resolved
        _write_authorities(con, region)
    return {
        "submissions": len(subs),
        "unidentified": int((~subs["identified"]).sum()) if not subs.empty else 0,
        "latest": len(latest),
        "superseded": len(superseded),
        "responses": len(responses),
    }


def _write_authorities(con, region: str) -> None:
    authorities = con.execute(
        """
        WITH rec AS (
            SELECT siren, any_value(name) AS name, any_value(authority_type) AS authority_type,
                   any_value(department_code) AS department_code
            FROM recipients WHERE region_code = ? AND siren IS NOT NULL GROUP BY siren
        ), sub AS (
            SELECT siren, any_value(authority_name) AS name,
                   any_value(authority_type) AS authority_type,
                   any_value(department_code) AS department_code
            FROM questionnaire_submissions WHERE region_code = ? AND siren IS NOT NULL
            GROUP BY siren
        )
        SELECT ? AS region_code, COALESCE(rec.siren, sub.siren) AS siren,
               COALESCE(rec.name, sub.name) AS name,
               COALESCE(rec.authority_type, sub.authority_type) AS authority_type,
               COALESCE(rec.department_code, sub.department_code) AS department_code,
               rec.siren IS NOT NULL AS is_recipient, sub.siren IS NOT NULL AS has_answered
        FROM rec FULL OUTER JOIN sub ON rec.siren = sub.siren
        """,
        [region, region, region],
    ).df()
    replace_rows(con, "authorities", authorities, "region_code = ?", [region])


# --------------------------------------------------------------------------- report


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


# --------------------------------------------------------------------------- Dagster assets


def _md_table(frame: pd.DataFrame, limit: int = 30) -> str:
    if frame.empty:
        return "_(vide)_"
    return frame.head(limit).to_markdown(index=False)


def _stop_if_inputs_vanished(
    context: dg.AssetExecutionContext, settings: Settings, warehouse: Warehouse, region: str
) -> None:
    """The refresh guard (``assets.ingestion.guard``): fail the run before any write, in French."""
    from assets.ingestion.guard import accepts_removals, guard_region

    if accepts_removals(context.run.tags):
        return
    stop = guard_region(settings.inbox_path(), warehouse, region, settings.max_removal_share)
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
def inbox_files(
    context: dg.AssetExecutionContext, settings: Settings, warehouse: Warehouse
) -> dg.MaterializeResult:
    region = context.partition_key
    _stop_if_inputs_vanished(context, settings, warehouse, region)
    scan = scan_inbox(settings, warehouse, region)
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
    with warehouse.connect() as con:
        for name in INGESTED_TABLES:
            table = table_of.get(name, name)
            n = con.execute(
                f"SELECT count(*) FROM {table} WHERE region_code = ?", [region]
            ).fetchone()[0]
            parsed_here = sum(len(o.frames.get(table, ())) for o in summary.parsed)
            yield dg.MaterializeResult(
                asset_key=name,
                metadata={
                    **table_metadata(warehouse, table, region),
                    "dagster/row_count": int(n),
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
def questionnaire_responses(
    context: dg.AssetExecutionContext, warehouse: Warehouse
) -> dg.MaterializeResult:
    stats = build_questionnaire_responses(warehouse, context.partition_key)
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
