"""One racy fingerprint (a file changed less than 2 s before the scan, stored without its
ctime) must not blur the others: the fingerprint columns keep every nanosecond, so the next
scan opens only that file (before, pandas stored the column as float64 and every file of the
inbox was hashed again after each new questionnaire)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import duckdb

from assets.ingestion import scan
from assets.resources import Settings, Warehouse

REGION = "32"


def test_a_racy_file_leaves_the_other_fingerprints_exact(tmp_path: Path, monkeypatch) -> None:
    inbox = tmp_path / "inbox"
    root = inbox / REGION / "q"
    root.mkdir(parents=True)
    settings = Settings(inbox=str(inbox), quarantine=str(tmp_path / "quarantine"))
    warehouse = Warehouse(path=str(tmp_path / "w.duckdb"))
    warehouse.ensure_schema()
    for i in range(4):
        (root / f"old{i}.xlsx").write_bytes(b"A" * 50 + bytes([i]))
    # racy below 0.4 s here (2 s in use): the old files are past it, the new one is not
    monkeypatch.setattr(scan, "_RACY_NS", 400_000_000)
    time.sleep(0.5)
    scan.scan_inbox(settings, warehouse, REGION)
    time.sleep(0.5)
    (root / "new.xlsx").write_bytes(b"N" * 50)

    hashed: list[str] = []
    real = scan.sha256_file

    def counting(path: Path, *args, **kwargs) -> str:
        hashed.append(Path(path).name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(scan, "sha256_file", counting)
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
        st = os.stat(inbox / REGION / rel)
        assert (size, mtime, inode) == (st.st_size, st.st_mtime_ns, st.st_ino), rel
        if rel != "q/new.xlsx":
            assert ctime == st.st_ctime_ns, rel  # exact to the nanosecond

    hashed.clear()
    time.sleep(0.5)
    scan.scan_inbox(settings, warehouse, REGION)
    assert hashed == ["new.xlsx"]  # only the racy one is opened again
