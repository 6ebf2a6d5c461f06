"""Inbox scan: known sha256s are reused from (size, mtime_ns, ctime_ns, inode) fingerprints;
new, changed and *replaced* files (same size, same mtime) are hashed again."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path

import duckdb
import pytest

from assets.ingestion import scan
from assets.ingestion.load import ingest_region
from assets.resources import Settings, Warehouse

REGION = "32"


@pytest.fixture
def env(tmp_path, monkeypatch):
    inbox = tmp_path / "inbox"
    (inbox / REGION / "q").mkdir(parents=True)
    settings = Settings(inbox=str(inbox), quarantine=str(tmp_path / "quarantine"))
    warehouse = Warehouse(path=str(tmp_path / "w.duckdb"))
    warehouse.ensure_schema()
    hashed: list[str] = []
    real = scan.sha256_file

    def counting(path: Path, *args, **kwargs) -> str:
        hashed.append(Path(path).name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(scan, "sha256_file", counting)
    return settings, warehouse, inbox / REGION, hashed


def _shas(frame) -> dict[str, str]:
    return dict(zip(frame["source_file"], frame["source_sha256"], strict=True))


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_unchanged_files_are_not_opened_and_replaced_ones_are(env, monkeypatch):
    settings, warehouse, root, hashed = env
    monkeypatch.setattr(scan, "_RACY_NS", 0)  # fingerprints trusted at once (see below)
    for i in range(3):
        (root / "q" / f"f{i}.xlsx").write_bytes(b"A" * 100 + bytes([i]))
    first = scan.scan_inbox(settings, warehouse, REGION)
    assert sorted(hashed) == ["f0.xlsx", "f1.xlsx", "f2.xlsx"]
    assert first["inode"].notna().all() and first["ctime_ns"].notna().all()

    hashed.clear()
    second = scan.scan_inbox(settings, warehouse, REGION)
    assert hashed == []  # nothing opened
    assert _shas(second) == _shas(first)

    # Replaced in place by other bytes of the same size, mtime put back (cp -p, touch -r):
    # size, mtime and inode are the same; only ctime tells.
    time.sleep(0.05)  # past the file-system clock tick of the first scan
    target = root / "q" / "f1.xlsx"
    before = target.stat()
    target.write_bytes(b"B" * 100 + b"\x01")
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = target.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (
        before.st_size, before.st_mtime_ns, before.st_ino,
    )  # fmt: skip
    # Replaced by a rename of another file with the same size and mtime: a new inode.
    other = root / "f2.new"
    other.write_bytes(b"C" * 100 + b"\x02")
    shutil.copystat(root / "q" / "f2.xlsx", other)
    os.replace(other, root / "q" / "f2.xlsx")
    # A new file.
    (root / "q" / "f3.xlsx").write_bytes(b"D" * 10)

    hashed.clear()
    third = scan.scan_inbox(settings, warehouse, REGION)
    assert sorted(hashed) == ["f1.xlsx", "f2.xlsx", "f3.xlsx"]
    shas = _shas(third)
    assert shas["q/f0.xlsx"] == _sha(b"A" * 100 + b"\x00")
    assert shas["q/f1.xlsx"] == _sha(b"B" * 100 + b"\x01")
    assert shas["q/f2.xlsx"] == _sha(b"C" * 100 + b"\x02")
    assert shas["q/f3.xlsx"] == _sha(b"D" * 10)


def test_a_fingerprint_taken_just_after_a_write_is_not_trusted(env):
    settings, warehouse, root, hashed = env
    (root / "q" / "fresh.xlsx").write_bytes(b"x" * 50)
    first = scan.scan_inbox(settings, warehouse, REGION)
    assert first["ctime_ns"].isna().all()  # changed < 2 s ago: "racy", ctime not recorded
    hashed.clear()
    scan.scan_inbox(settings, warehouse, REGION)
    assert hashed == ["fresh.xlsx"]  # hashed again until its fingerprint is settled


def test_region_refresh_reads_a_replaced_questionnaire(env, monkeypatch):
    """End to end through ``ingest_region``: the replaced file's new answers are loaded."""
    import random

    from demo.authorities import generate_recipients
    from demo.questionnaires import generate_questionnaires

    settings, warehouse, root, _ = env
    monkeypatch.setattr(scan, "_RACY_NS", 0)
    settings = Settings(inbox=settings.inbox, quarantine=settings.quarantine, workers=1)
    rng = random.Random(5)
    recipients = generate_recipients(rng, REGION, 4)
    (name_a, data_a), (_, data_b) = generate_questionnaires(rng, REGION, recipients, 2)
    path = root / "q" / name_a
    path.write_bytes(data_a)
    ingest_region(settings, warehouse, REGION, "run-1", log=lambda _: None)
    time.sleep(0.05)
    st = path.stat()
    path.write_bytes(data_b)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    summary = ingest_region(settings, warehouse, REGION, "run-2", log=lambda _: None)
    assert [o.source_file for o in summary.parsed] == [f"q/{name_a}"]
    with warehouse.connect() as con:
        (sha,) = con.execute(
            "SELECT source_sha256 FROM documents WHERE source_file = ?", [f"q/{name_a}"]
        ).fetchone()
    assert sha == _sha(data_b)


def test_a_file_written_while_hashed_gets_no_fingerprint(env, monkeypatch):
    settings, warehouse, root, hashed = env
    monkeypatch.setattr(scan, "_RACY_NS", 0)
    path = root / "q" / "moving.xlsx"
    path.write_bytes(b"old content")
    real = scan.sha256_file

    def hash_then_write(p: Path) -> str:
        digest = real(p)
        time.sleep(0.05)
        p.write_bytes(b"new content")  # changed after its bytes were hashed
        return digest

    monkeypatch.setattr(scan, "sha256_file", hash_then_write)
    first = scan.scan_inbox(settings, warehouse, REGION)
    assert first["ctime_ns"].isna().all()
    monkeypatch.setattr(scan, "sha256_file", real)
    second = scan.scan_inbox(settings, warehouse, REGION)
    assert _shas(second)["q/moving.xlsx"] == _sha(b"new content")


def test_a_scan_that_finds_nothing_new_rewrites_nothing(env, monkeypatch):
    """The inventory and the reading step both scan: the second writes ``inbox_scan`` only
    when a row differs, and the stored rows stay those of a rewrite."""
    settings, warehouse, root, _ = env
    monkeypatch.setattr(scan, "_RACY_NS", 0)
    for i in range(3):
        (root / "q" / f"f{i}.xlsx").write_bytes(b"B" * 50 + bytes([i]))
    scan.scan_inbox(settings, warehouse, REGION)
    query = "SELECT * FROM inbox_scan WHERE region_code = ? ORDER BY rowid"
    with warehouse.connect() as con:
        before = con.execute(query, [REGION]).fetchall()
    writes: list[str] = []
    real = scan.replace_rows

    def counting(con, table, *args, **kwargs):
        writes.append(table)
        return real(con, table, *args, **kwargs)

    monkeypatch.setattr(scan, "replace_rows", counting)
    scan.scan_inbox(settings, warehouse, REGION)
    assert writes == []
    with warehouse.connect() as con:
        assert con.execute(query, [REGION]).fetchall() == before
    (root / "q" / "f3.xlsx").write_bytes(b"C" * 10)
    frame = scan.scan_inbox(settings, warehouse, REGION)
    assert writes == ["inbox_scan"]
    with warehouse.connect() as con:
        rows = con.execute(query, [REGION]).fetchall()
    assert [r[1] for r in rows] == list(frame["source_file"]) == [
        "q/f0.xlsx", "q/f1.xlsx", "q/f2.xlsx", "q/f3.xlsx",
    ]  # fmt: skip
    assert rows[:3] == before


def test_a_racy_file_leaves_the_other_fingerprints_exact(env, monkeypatch):
    """One racy fingerprint (stored without its ctime) must not blur the others: the columns
    keep every nanosecond, so the next scan opens only that file (pandas had stored them as
    float64, and every file of the inbox was hashed again after each new questionnaire)."""
    settings, warehouse, root, hashed = env
    for i in range(4):
        (root / "q" / f"old{i}.xlsx").write_bytes(b"A" * 50 + bytes([i]))
    # racy below 0.4 s here (2 s in use): the old files are past it, the new one is not
    monkeypatch.setattr(scan, "_RACY_NS", 400_000_000)
    time.sleep(0.5)
    scan.scan_inbox(settings, warehouse, REGION)
    time.sleep(0.5)
    (root / "q" / "new.xlsx").write_bytes(b"N" * 50)

    hashed.clear()
    frame = scan.scan_inbox(settings, warehouse, REGION)
    assert hashed == ["new.xlsx"]
    racy = frame[frame["source_file"] == "q/new.xlsx"].iloc[0]
    assert racy["ctime_ns"] is None or str(racy["ctime_ns"]) == "<NA>"
    con = duckdb.connect(warehouse.path, read_only=True)
    stored = con.execute(
        "SELECT source_file, size_bytes, mtime_ns, ctime_ns, inode FROM inbox_scan"
    ).fetchall()
    con.close()
    for rel, size, mtime, ctime, inode in stored:
        st = os.stat(root / rel)
        assert (size, mtime, inode) == (st.st_size, st.st_mtime_ns, st.st_ino), rel
        if rel != "q/new.xlsx":
            assert ctime == st.st_ctime_ns, rel  # exact to the nanosecond

    hashed.clear()
    time.sleep(0.5)
    scan.scan_inbox(settings, warehouse, REGION)
    assert hashed == ["new.xlsx"]  # only the racy one is opened again
