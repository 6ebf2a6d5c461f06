"""Refresh guard: a region's inputs never vanish silently.

An unmounted share, a typo in ``COPDIAG_INBOX`` or a half-synced folder looks, to a refresh,
exactly like "every file was removed". Before a refresh touches the warehouse or the
publication, :func:`check_region_inputs` compares the inbox listing (names only, nothing is
read) with the files the warehouse holds for the region, and stops the refresh when

- the region folder is missing or holds no file at all, or
- more than ``max_removal_share`` (default 20 %, ``COPDIAG_MAX_REMOVAL_SHARE``) of the region's
  loaded files are gone.

The same check runs in the CLI (before anything starts) and in the first asset of the
regional job (``inbox_files``), so schedule and sensor runs fail with the same French message,
visible in the Dagster UI. A person confirms with ``copdiag refresh --accept-removals`` or, in
the UI, by re-launching the run with the tag ``copdiag/accept_removals=true``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assets.resources import Warehouse

if TYPE_CHECKING:  # pragma: no cover
    from assets.ingestion.scan import InboxEntry

ACCEPT_REMOVALS_TAG = "copdiag/accept_removals"
_TRUE = frozenset({"1", "true", "yes", "oui", "vrai"})
# Statuses of files whose rows the publication is built from (a quarantined file has none).
_HOLDING_STATUSES = ("loaded", "duplicate")
_LISTED = 8


@dataclass(frozen=True)
class GuardStop:
    """Why a refresh of one region must not go on without confirmation."""

    region: str
    folder: str
    folder_missing: bool
    n_present: int
    n_known: int
    removed: tuple[str, ...]
    max_share: float
    message: str  # French, names what vanished and how to confirm

    @property
    def share(self) -> float:
        return len(self.removed) / self.n_known if self.n_known else 1.0


def accepts_removals(tags: dict[str, str] | None) -> bool:
    """True when a run carries the confirmation tag (``copdiag/accept_removals=true``)."""
    return str((tags or {}).get(ACCEPT_REMOVALS_TAG, "")).strip().lower() in _TRUE


def known_files(warehouse: Warehouse, region: str) -> list[str]:
    """Files whose rows the warehouse holds for ``region`` (empty for a new warehouse)."""
    if not Path(warehouse.path).exists():
        return []
    with warehouse.connect(read_only=True) as con:
        exists = con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'documents'"
        ).fetchone()[0]
        if not exists:
            return []
        rows = con.execute(
            "SELECT source_file FROM documents WHERE region_code = ? AND status IN (?, ?) "
            "ORDER BY source_file",
            [region, *_HOLDING_STATUSES],
        ).fetchall()
    return [r[0] for r in rows]


def present_files(folder: Path, entries: Iterable[InboxEntry] | None = None) -> set[str]:
    """Relative paths ingestion would read (same listing rule as ``assets.ingestion.load``);
    ``entries``: the folder's listing (:func:`~assets.ingestion.scan.iter_inbox_entries`)
    when the caller already has it (the inbox scan right after the guard lists it too)."""
    from assets.ingestion.scan import iter_inbox_entries

    if entries is None:
        entries = iter_inbox_entries(folder)
    # every path is ``folder`` joined with the file's path below it (``os.walk`` of the
    # folder): its text after the folder's is the relative path (no ``Path.relative_to``
    # per file, ~0.1 s a listing of 3 000 files)
    start = len(str(folder)) + 1
    return {str(e.path)[start:] for e in entries if e.problem is None}


def _listing(names: list[str]) -> str:
    shown = ", ".join(f"« {n} »" for n in names[:_LISTED])
    if len(names) > _LISTED:
        shown += f" (et {len(names) - _LISTED} autre(s))"
    return shown


def _how_to_confirm(region: str) -> str:
    return (
        "Rien n'a été modifié : ni l'entrepôt ni la publication. Vérifiez la boîte de dépôt "
        "(partage monté ? variable COPDIAG_INBOX ?). Si ce retrait est voulu, confirmez avec "
        f"`copdiag refresh --region {region} --accept-removals` (dans l'interface Dagster : "
        f"relancer le run avec le tag {ACCEPT_REMOVALS_TAG}=true) ; les lignes des fichiers "
        "retirés restent dans l'historique de l'entrepôt et les publications précédentes "
        f"restent restaurables (`copdiag restore --region {region}`)."
    )


def check_region_inputs(
    folder: Path,
    known: list[str],
    region: str,
    max_share: float,
    entries: Iterable[InboxEntry] | None = None,
) -> GuardStop | None:
    """``None`` when the refresh may go on, else why it must stop (French message);
    ``entries``: the folder's listing when the caller has it (:func:`present_files`)."""
    missing = not folder.is_dir()
    present = set() if missing else present_files(folder, entries)
    removed = tuple(sorted(set(known) - present))
    head = f"Rafraîchissement de la région {region} arrêté avant toute modification : "
    if missing or not present:
        what = (
            f"le dossier {folder} est introuvable"
            if missing
            else f"le dossier {folder} ne contient aucun fichier"
        )
        lost = (
            f" ; les {len(known)} fichier(s) déjà chargé(s) de la région en disparaîtraient : "
            + _listing(list(removed))
            if known
            else " ; aucune donnée de la région n'est encore chargée"
        )
        message = f"{head}{what}{lost}. {_how_to_confirm(region)}"
    elif known and len(removed) / len(known) > max_share:
        message = (
            f"{head}{len(removed)} fichier(s) sur {len(known)} déjà chargé(s) "
            f"({100 * len(removed) / len(known):.0f} %) ont disparu de {folder}, au-delà du "
            f"seuil de {100 * max_share:.0f} % (COPDIAG_MAX_REMOVAL_SHARE) : "
            f"{_listing(list(removed))}. {_how_to_confirm(region)}"
        )
    else:
        return None
    return GuardStop(
        region=region,
        folder=str(folder),
        folder_missing=missing,
        n_present=len(present),
        n_known=len(known),
        removed=removed,
        max_share=max_share,
        message=message,
    )


def guard_region(
    inbox: Path,
    warehouse: Warehouse,
    region: str,
    max_share: float,
    entries: Iterable[InboxEntry] | None = None,
) -> GuardStop | None:
    """The guard for one region of an inbox, from the warehouse's list of loaded files;
    ``entries``: the region folder's listing when the caller has it."""
    known = known_files(warehouse, region)
    return check_region_inputs(inbox / region, known, region, max_share, entries)


def regions_in_warehouse(path: str) -> list[str]:
    """Regions with files in the warehouse: a region whose folder vanished is still refreshed
    (and stopped by the guard) rather than silently skipped. Empty when it cannot be read."""
    if not Path(path).exists():
        return []
    try:
        import duckdb

        con = duckdb.connect(path, read_only=True)
    except Exception:  # noqa: BLE001 - locked by a writer, not a database…: folders only
        return []
    try:
        return [
            r[0]
            for r in con.execute(
                "SELECT DISTINCT region_code FROM documents ORDER BY region_code"
            ).fetchall()
        ]
    except Exception:  # noqa: BLE001 - no documents table yet
        return []
    finally:
        con.close()
