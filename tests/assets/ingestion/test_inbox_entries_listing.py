"""The inbox listing built per folder (issue 19: one path prefix per folder, one ``lstat`` per
plain file) gives the same entries, in the same order, as the per-entry pathlib listing it
replaced (kept below as the reference), nested folders and special entries included."""

from __future__ import annotations

import os
from pathlib import Path

from assets.ingestion import scan
from sources.filenames import display_name, escaped_name


def _reference(root: Path) -> list[scan.InboxEntry]:
    """The listing as written before: every path built and made relative one by one."""
    out: list[scan.InboxEntry] = []
    root_real = root.resolve()
    seen: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        linked = sorted(d for d in dirnames if (Path(dirpath) / d).is_symlink())
        dirnames[:] = sorted(d for d in dirnames if not scan.is_ignored_dir(d) and d not in linked)
        for name in sorted([*filenames, *linked]):
            if scan.is_ignored_name(name):
                continue
            path = Path(dirpath) / name
            raw = path.relative_to(root).as_posix()
            rel = display_name(raw)
            if rel in seen:
                rel = escaped_name(raw)
            seen.add(rel)
            problem = _reference_problem(path, root_real)
            out.append(scan.InboxEntry(path, rel, problem))
    return out


def _reference_problem(path: Path, root_real: Path) -> str | None:
    import stat as stat_mod

    lst = path.lstat()
    if stat_mod.S_ISLNK(lst.st_mode):
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return "lien symbolique cassé ou en boucle : non suivi"
        if not target.is_relative_to(root_real):
            return "lien symbolique vers un emplacement hors de la boîte de dépôt : non suivi"
    mode = path.stat().st_mode
    if stat_mod.S_ISREG(mode):
        return None
    if stat_mod.S_ISDIR(mode):
        return "lien symbolique vers un dossier : non suivi"
    if stat_mod.S_ISFIFO(mode):
        return "fichier spécial (tube nommé FIFO) : jamais ouvert"
    return "fichier spécial : jamais ouvert"


def test_listing_equals_the_reference(tmp_path: Path) -> None:
    inbox, outside = tmp_path / "32", tmp_path / "ailleurs"
    (inbox / "plans" / "62" / "a b").mkdir(parents=True)
    (inbox / "questionnaires").mkdir()
    (inbox / ".git").mkdir()
    (inbox / ".git" / "config").write_text("x")
    outside.mkdir()
    (outside / "secret.xlsx").write_bytes(b"s")
    for i, folder in enumerate(["", "plans", "plans/62", "plans/62/a b", "questionnaires"]):
        for name in (f"f{i}.pdf", f"Z{i}.xlsx", f"é{i}.docx", "~$lock.xlsx", ".DS_Store"):
            (inbox / folder / name).write_bytes(name.encode())
    (inbox / "plans" / "62" / "lien.pdf").symlink_to(inbox / "f0.pdf")
    (inbox / "plans" / "fuite.xlsx").symlink_to(outside / "secret.xlsx")
    (inbox / "plans" / "casse.csv").symlink_to(inbox / "absent.csv")
    (inbox / "plans" / "62" / "dossier lié").symlink_to(outside, target_is_directory=True)
    os.mkfifo(inbox / "questionnaires" / "tube")
    (inbox / "questionnaires" / os.fsdecode(b"r\xe9ponse.xlsx")).write_bytes(b"y")
    (inbox / "questionnaires" / os.fsdecode(b"r\xe8ponse.xlsx")).write_bytes(b"z")

    got = list(scan.iter_inbox_entries(inbox))
    assert got == _reference(inbox)
    rels = [e.rel for e in got]
    assert "plans/62/a b/é3.docx" in rels and "f0.pdf" in rels
    assert "questionnaires/r\\xe9ponse.xlsx" in rels  # escaped: same display name as the other
    problems = {e.rel: e.problem for e in got if e.problem}
    assert problems == {
        "plans/62/dossier lié": "lien symbolique vers un emplacement hors de la boîte de dépôt : "
        "non suivi",
        "plans/casse.csv": "lien symbolique cassé ou en boucle : non suivi",
        "plans/fuite.xlsx": "lien symbolique vers un emplacement hors de la boîte de dépôt : "
        "non suivi",
        "questionnaires/tube": "fichier spécial (tube nommé FIFO) : jamais ouvert",
    }
    assert len(got) == 5 * 3 + 3 + 1 + 1 + 2
