"""Inbox scan: which entries are read, their display names and file-system fingerprints.

A path whose fingerprint is unchanged keeps its known sha256 without being opened; any other
file is hashed (streamed), never parsed here. No Dagster: the ingestion assets call it.
"""

import os
import stat as stat_mod
import time
from collections import namedtuple
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pandas as pd

from assets.ingestion.ingest_file import (
    sha256_file,
)
from assets.resources import Settings, Warehouse
from assets.warehouse.tables import replace_rows
from sources import detect as det
from sources.filenames import display_name, escaped_name

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
        lst = os.lstat(path)
    except OSError:
        return "entrée disparue pendant la lecture de la boîte de dépôt"
    if stat_mod.S_ISREG(lst.st_mode):
        return None  # a plain file (not a link): its stat is this one
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
        folder = Path(dirpath)
        linked = sorted(d for d in dirnames if (folder / d).is_symlink())
        dirnames[:] = sorted(d for d in dirnames if not is_ignored_dir(d) and d not in linked)
        # the folder's path from the root once, not once per file (pathlib per entry cost
        # ~0.3 s a scan on a 3 000-file region, scanned three times a refresh)
        prefix = folder.relative_to(root).as_posix()
        prefix = "" if prefix == "." else prefix + "/"
        for name in sorted([*filenames, *linked]):
            if is_ignored_name(name):
                continue
            path = folder / name
            raw = prefix + name
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

_ScanRow = namedtuple("_ScanRow", _SCAN_COLUMNS)

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
    # stored rows come as Python ints or None (anything else, a NaN included, is hashed
    # again); ``pd.isna`` per value was a third of a rescan of 3 000 unchanged files
    if not all(type(v) is int for v in recorded):
        return False
    return tuple(int(v) for v in recorded) == _stat_key(stat)


def scan_inbox(
    settings: Settings,
    warehouse: Warehouse,
    region: str,
    entries: Iterable[InboxEntry] | None = None,
) -> pd.DataFrame:
    """Fingerprint every readable inbox file of a region; hash only new or changed ones.

    A path whose (size, mtime_ns, ctime_ns, inode) equals the recorded fingerprint keeps its
    known sha256 without being opened (:func:`_fingerprint_columns` gives the rule); any other
    file is hashed, streamed, never parsed here. Detection is reused for known (path, sha256);
    a new file is detected by the worker that reads it, from the same bytes it parses. Entries
    that are not read (links leaving the inbox, FIFOs…) get a row with ``problem`` set (column
    ``path`` holds the raw path; both extra columns stay out of the warehouse). ``entries``:
    the region folder's listing (:func:`iter_inbox_entries`) when the caller already has it
    (the refresh guard lists the folder just before).
    """
    root = settings.inbox_path(region)
    with warehouse.connect() as con:
        stored = con.execute(
            f"SELECT {', '.join(_SCAN_COLUMNS)} FROM inbox_scan WHERE region_code = ? "
            "ORDER BY rowid",
            [region],
        ).fetchall()
    known = [_ScanRow(*r) for r in stored]  # Python ints: 19-digit mtime_ns stay exact
    known_by_key = {(r.source_file, r.source_sha256): r for r in known}
    known_by_path = {r.source_file: r for r in known}
    rows = []
    for entry in iter_inbox_entries(root) if entries is None else entries:
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
    frame = scan_frame(rows, [*_SCAN_COLUMNS, "path", "problem"])
    if not _same_rows(stored, rows):  # a scan that found nothing new rewrites nothing
        with warehouse.connect() as con:
            replace_rows(con, "inbox_scan", frame, "region_code = ?", [region])
    return frame


_EXACT_INTS = ("size_bytes", "mtime_ns", "ctime_ns", "inode")


def scan_frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """Scan rows as a frame whose fingerprint columns keep every nanosecond.

    Why: pandas turns a column of ints with one ``None`` (a racy ctime, :func:`_fingerprint_columns`)
    into float64, which rounds 19-digit nanoseconds to 256 ns; stored so, no fingerprint
    matched the file any more and the next scan hashed every file of the inbox again (2 776
    files, ~0.3 s, after each new questionnaire). Those columns are built as nullable
    integers from the Python ints themselves."""
    frame = pd.DataFrame(rows, columns=columns)
    for column in _EXACT_INTS:
        if column in frame.columns:
            frame[column] = pd.array([r.get(column) for r in rows], dtype="Int64")
    return frame


def _same_rows(stored: list[tuple], rows: list[dict]) -> bool:
    """True when ``rows`` are exactly the stored scan rows, in the same order: the inventory
    and the reading step both scan, and the second (or a refresh with nothing new) wrote the
    same 3 000 rows again."""
    if len(stored) != len(rows):
        return False
    return all(
        tuple(row[c] for c in _SCAN_COLUMNS) == tuple(old)
        for row, old in zip(rows, stored, strict=True)
    )
