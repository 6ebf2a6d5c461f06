"""Publication history: the last N publications of each region, restorable byte for byte.

``outputs/<region>/`` is always the current publication (its datapackage lists only its own
files). Before a new publication replaces it, the current folder is copied, unchanged, to
``<history>/<region>/<publication id>/`` (``COPDIAG_PUBLICATION_HISTORY``, default
``data/publications``; id = the ``created`` time of its ``datapackage.json``, e.g.
``20261130T234012Z``). The ``COPDIAG_KEEP_PUBLICATIONS`` most recent copies are kept (default 5).

``copdiag restore --region 32 --list`` lists them; ``copdiag restore --region 32
[--publication ID]`` puts one back (default: the most recent one that differs from the
current publication), atomically, after archiving the current one, so a restore can itself be
undone. Only the publication is restored: the warehouse keeps its current rows (and the rows of
removed files in its ``history_*`` tables).

The copies are HARD LINKS of the published files where the file system allows it (a copy
otherwise): the pipeline never writes into a published file (each publication is a new folder
swapped in, :func:`assets.publication.folder.publish`), so a link keeps the same bytes as a copy,
without copying the region's 70 MB at every refresh (issue 19: 0.2–0.4 s of a one-questionnaire
refresh). A file edited in place by hand afterwards would change its archived twin too: a
restore checks every archived file against the sha256 its publication recorded and refuses an
altered copy, naming the file (:func:`altered_files`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import uuid
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

_ID_RE = re.compile(r"^[0-9]{8}T[0-9]{6}Z(?:-[0-9]+)?$")


@dataclass(frozen=True)
class ArchivedPublication:
    """One kept publication of a region."""

    publication_id: str
    path: Path
    created: str
    n_files: int

    @cached_property
    def digest(self) -> str:
        """:func:`folder_digest` of the copy, computed when first asked: hashing every kept
        copy of a large region took seconds at each publication, for a listing and a trim
        that only need ids and dates."""
        return folder_digest(self.path)


def folder_digest(folder: Path) -> str:
    """sha256 over relative paths and contents: two folders with the same digest are
    byte-identical."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
        with path.open("rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
        digest.update(b"\0")
    return digest.hexdigest()


def _link_or_copy(src: str, dst: str) -> None:
    """A hard link of ``src`` at ``dst``; a copy keeping the mtime where links are refused
    (another file system, a file system without links)."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def altered_files(folder: Path) -> list[str]:
    """Files of a publication whose bytes differ from the sha256 its ``datapackage.json``
    recorded (missing ones included); empty when it records none (older publications)."""
    from assets.publication.cache import file_sha256, previous_manifest

    altered = []
    for name, sha in sorted(previous_manifest(folder).get("files", {}).items()):
        path = folder / name
        try:
            if not path.is_file() or file_sha256(path) != sha:
                altered.append(name)
        except OSError:
            altered.append(name)
    return altered


def _created(folder: Path) -> str:
    try:
        package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
        return str(package.get("created") or "")
    except (OSError, ValueError):
        return ""


def _publication_id(folder: Path) -> str:
    created = _created(folder)
    try:
        when = dt.datetime.fromisoformat(created).astimezone(dt.UTC)
    except ValueError:
        when = dt.datetime.fromtimestamp(folder.stat().st_mtime, dt.UTC)
    return when.strftime("%Y%m%dT%H%M%SZ")


def list_publications(history: Path | str, region: str) -> list[ArchivedPublication]:
    """Kept publications of ``region``, most recent first."""
    base = Path(history) / region
    if not base.is_dir():
        return []
    entries = []
    for path in base.iterdir():
        if not path.is_dir() or not _ID_RE.match(path.name):
            continue
        n_files = sum(1 for p in path.rglob("*") if p.is_file())
        entries.append(ArchivedPublication(path.name, path, _created(path), n_files))
    return sorted(entries, key=lambda e: (e.publication_id.split("-")[0], _suffix(e)), reverse=True)


def _suffix(entry: ArchivedPublication) -> int:
    parts = entry.publication_id.split("-")
    return int(parts[1]) if len(parts) > 1 else 0


def archive_publication(
    outputs: Path | str, region: str, history: Path | str, keep: int
) -> ArchivedPublication | None:
    """Copy the current publication of ``region`` into the history (unless already there),
    then keep only the ``keep`` most recent copies. ``None`` when there is nothing to keep."""
    current = Path(outputs) / region
    if keep <= 0 or not current.is_dir() or not any(current.iterdir()):
        return None
    # A byte-identical copy has the same datapackage.json, hence the same « created »: only
    # those copies (usually none) are hashed, and the current folder only if one exists.
    created = _created(current)
    same_date = [e for e in list_publications(history, region) if e.created == created]
    if same_date:
        digest = folder_digest(current)
        for entry in same_date:
            if entry.digest == digest:
                return entry
    base = Path(history) / region
    base.mkdir(parents=True, exist_ok=True)
    stem = _publication_id(current)
    pid, n = stem, 1
    while (base / pid).exists():
        n += 1
        pid = f"{stem}-{n}"
    tmp = base / f".tmp-{uuid.uuid4().hex[:12]}"
    try:
        shutil.copytree(current, tmp, copy_function=_link_or_copy)
        tmp.rename(base / pid)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    # The copy just made is always kept, even when the history holds ``keep`` more recent
    # ones (a restored older publication, outputs brought from elsewhere, a clock set back):
    # it is the only copy of the publication about to be replaced.
    entries = list_publications(history, region)
    others = [e for e in entries if e.publication_id != pid]
    for old in others[max(keep - 1, 0) :]:
        shutil.rmtree(old.path, ignore_errors=True)
    return next(e for e in entries if e.publication_id == pid)


class RestoreError(ValueError):
    """No such publication (French message)."""


def restore_publication(
    outputs: Path | str,
    region: str,
    history: Path | str,
    keep: int,
    publication_id: str | None = None,
) -> ArchivedPublication:
    """Put a kept publication back as ``outputs/<region>/``, atomically; the current one is
    archived first. Default: the most recent kept publication that differs from the current."""
    from assets.publication.folder import _swap

    entries = list_publications(history, region)
    current = Path(outputs) / region
    current_digest = folder_digest(current) if current.is_dir() else None
    if publication_id is not None:
        chosen = next((e for e in entries if e.publication_id == publication_id), None)
        if chosen is None:
            known = ", ".join(e.publication_id for e in entries) or "aucune"
            raise RestoreError(
                f"publication « {publication_id} » introuvable pour la région {region} "
                f"(publications conservées : {known})"
            )
    else:
        chosen = next((e for e in entries if e.digest != current_digest), None)
        if chosen is None:
            raise RestoreError(
                f"aucune publication antérieure conservée pour la région {region} dans "
                f"{Path(history) / region}"
            )
    altered = altered_files(chosen.path)
    if altered:
        raise RestoreError(
            f"publication « {chosen.publication_id} » de la région {region} altérée depuis son "
            f"archivage : {', '.join(altered)} ne correspond(ent) plus à l'empreinte sha256 "
            "enregistrée à sa publication (fichier modifié sur place ?) ; restauration refusée"
        )
    out_dir = Path(outputs)
    out_dir.mkdir(parents=True, exist_ok=True)
    token = uuid.uuid4().hex[:12]
    tmp = out_dir / f".{region}.restore-{token}"
    shutil.copytree(chosen.path, tmp)
    try:
        archive_publication(outputs, region, history, max(keep, len(entries) + 1))
        _swap(tmp, current, out_dir / f".{region}.old-{token}")
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    for old in list_publications(history, region)[max(keep, 1) :]:
        if old.publication_id != chosen.publication_id:
            shutil.rmtree(old.path, ignore_errors=True)
    return chosen
