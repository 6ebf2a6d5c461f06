"""Every inbox entry is listed: readable files, and the others with the reason they are not read."""

from __future__ import annotations

import os
from pathlib import Path

from assets.ingestion.scan import find_inbox_path, iter_inbox, iter_inbox_entries
from sources.filenames import display_name, escape_terminal


def test_special_entries_come_with_a_reason(tmp_path) -> None:
    inbox, outside = tmp_path / "76", tmp_path / "ailleurs"
    (inbox / "sous").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.xlsx").write_bytes(b"x")
    (inbox / "plan.pdf").write_bytes(b"%PDF-1.7")
    (inbox / "sous" / "copie.pdf").symlink_to(inbox / "plan.pdf")  # inside: read
    (inbox / "fuite.xlsx").symlink_to(outside / "secret.xlsx")
    (inbox / "casse.csv").symlink_to(inbox / "absent.csv")
    (inbox / "dossier lié").symlink_to(outside, target_is_directory=True)
    os.mkfifo(inbox / "tube")
    (inbox / "~$verrou.xlsx").write_bytes(b"")  # office lock file: ignored
    (inbox / os.fsdecode(b"r\xe9ponse.xlsx")).write_bytes(b"y")
    (inbox / os.fsdecode(b"r\xe8ponse.xlsx")).write_bytes(b"z")
    entries = {e.rel: e.problem for e in iter_inbox_entries(inbox)}
    assert entries == {
        "casse.csv": "lien symbolique cassé ou en boucle : non suivi",
        "dossier lié": "lien symbolique vers un emplacement hors de la boîte de dépôt : non suivi",
        "fuite.xlsx": "lien symbolique vers un emplacement hors de la boîte de dépôt : non suivi",
        "plan.pdf": None,
        "r\ufffdponse.xlsx": None,
        "r\\xe9ponse.xlsx": None,  # same display name as the other one: escaped, still unique
        "sous/copie.pdf": None,
        "tube": "fichier spécial (tube nommé FIFO) : jamais ouvert",
    }
    assert sorted(p.name for p in iter_inbox(inbox)) == sorted(
        ["copie.pdf", "plan.pdf", os.fsdecode(b"r\xe8ponse.xlsx"), os.fsdecode(b"r\xe9ponse.xlsx")]
    )
    raw = find_inbox_path(inbox, "r\\xe9ponse.xlsx")
    assert raw is not None and raw.read_bytes() in (b"y", b"z")


def test_display_and_terminal_escaping() -> None:
    assert display_name(os.fsdecode(b"r\xe9ponse.xlsx")) == "r\ufffdponse.xlsx"
    assert display_name("réponse.xlsx") == "réponse.xlsx"
    assert escape_terminal("a\x1b[2Jb\u202ec\u200bd\te") == "a\\x1b[2Jb<U+202E>c<U+200B>d\te"
    assert escape_terminal("Réponse – COP (v2).xlsx") == "Réponse – COP (v2).xlsx"


def test_present_files_from_a_given_listing_equal_a_fresh_listing(tmp_path: Path) -> None:
    """The guard's present files from the listing the inbox scan reuses are those it lists
    itself: readable files only, relative paths below the folder (nested folders too)."""
    from assets.ingestion.guard import present_files
    from assets.ingestion.scan import iter_inbox_entries

    folder = tmp_path / "32"
    (folder / "plans" / "2025").mkdir(parents=True)
    (folder / "plans" / "2025" / "plan a.pdf").write_bytes(b"%PDF")
    (folder / "questionnaires").mkdir()
    (folder / "questionnaires" / "q.xlsx").write_bytes(b"PK")
    (folder / "questionnaires" / "~$q.xlsx").write_bytes(b"lock")
    (folder / "dehors.pdf").symlink_to(tmp_path)  # a link to a folder: never read
    expected = {"plans/2025/plan a.pdf", "questionnaires/q.xlsx"}
    assert present_files(folder) == expected
    assert present_files(folder, list(iter_inbox_entries(folder))) == expected
