"""Changed-table-only publication: an unchanged table keeps its files (bytes and mtime), a
changed one is rewritten, the folder stays complete and is swapped atomically; chunked CSV
writes the same bytes as a one-shot write."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

from assets.publication.cache import MANIFEST_KEY, table_content_hash
from assets.publication.folder import publish
from assets.publication.history import archive_publication, list_publications
from assets.publication.tables import prepare_table
from assets.publication.writers import write_csv
from tests.assets.publication.test_publication import REGION, _tables

T0 = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return _tables()


def _state(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    return {
        p.name: (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_ino)
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def test_only_changed_tables_are_rewritten(tables, tmp_path):
    first = publish(tables, tmp_path, REGION, config={"k": 1}, now=T0)
    assert first.carried_over == []
    before = _state(first.path)
    changed = dict(tables)
    actions = tables["actions"].copy()
    actions.loc[0, "total_budget_eur"] = 123_456.0
    changed["actions"] = actions
    second = publish(changed, tmp_path, REGION, config={"k": 1}, now=T0 + dt.timedelta(hours=1))
    after = _state(second.path)
    assert set(after) == set(before)  # complete: every file of every table is there
    # Unchanged tables: same bytes, same mtime (carried over, not rewritten).
    for name in tables:
        if name == "actions":
            continue
        for suffix in (".csv", ".parquet"):
            assert after[name + suffix][0] == before[name + suffix][0]
            assert after[name + suffix][1] == before[name + suffix][1]
    assert sorted(second.carried_over) == sorted(
        f"{n}{s}" for n in tables if n != "actions" for s in (".csv", ".parquet")
    )
    # The changed table and the workbook are rewritten with the new amount.
    assert after["actions.csv"][0] != before["actions.csv"][0]
    assert b"123456" in after["actions.csv"][0]
    assert f"diagnostic_{REGION}.xlsx" not in second.carried_over
    frame = pd.read_parquet(second.path / "actions.parquet")
    assert frame.loc[0, "total_budget_eur"] == 123_456.0
    package = json.loads((second.path / "datapackage.json").read_text(encoding="utf-8"))
    assert package["created"].startswith("2026-11-30T11:00")
    assert set(package[MANIFEST_KEY]["hashes"]) >= set(tables)
    # No temporary or backup folder is left beside the publication.
    assert sorted(p.name for p in tmp_path.iterdir()) == [REGION]


def test_nothing_changed_keeps_every_table_file_and_the_workbook(tables, tmp_path):
    first = publish(tables, tmp_path, REGION, config={"k": 1}, now=T0)
    before = _state(first.path)
    second = publish(tables, tmp_path, REGION, config={"k": 1}, now=T0 + dt.timedelta(hours=1))
    after = _state(second.path)
    xlsx = f"diagnostic_{REGION}.xlsx"
    assert xlsx in second.carried_over
    for name, (data, mtime, _) in before.items():
        if name in ("datapackage.json", "synthese.html", "projets.csv"):
            continue  # these carry the publication's date, so each publication rewrites them
        assert after[name][0] == data and after[name][1] == mtime, name
    # A setting that changes only the workbook's readme rewrites the workbook alone.
    third = publish(tables, tmp_path, REGION, config={"k": 2}, now=T0 + dt.timedelta(hours=2))
    assert xlsx not in third.carried_over
    assert len(third.carried_over) == 2 * len(tables)


def test_a_hand_edited_file_is_rewritten(tables, tmp_path):
    first = publish(tables, tmp_path, REGION, now=T0)
    good = (first.path / "actions.csv").read_bytes()
    # Edited in place (same folder, new content): its recorded sha256 no longer matches.
    (first.path / "actions.csv").write_bytes(b"falsified")
    second = publish(tables, tmp_path, REGION, now=T0 + dt.timedelta(hours=1))
    assert "actions.csv" not in second.carried_over
    assert (second.path / "actions.csv").read_bytes() == good


def test_history_keeps_the_previous_publication_byte_for_byte(tables, tmp_path):
    outputs, history = tmp_path / "out", tmp_path / "history"
    first = publish(tables, outputs, REGION, now=T0)
    snapshot = {p.name: p.read_bytes() for p in first.path.iterdir()}
    archive_publication(outputs, REGION, history, keep=5)
    changed = dict(tables)
    changed["actions"] = tables["actions"].iloc[:-1]
    publish(changed, outputs, REGION, now=T0 + dt.timedelta(hours=1))
    (kept,) = list_publications(history, REGION)
    assert {p.name: p.read_bytes() for p in kept.path.iterdir()} == snapshot
    # The archive links the published files (no 70 MB copy at each refresh): the tables carried
    # over unchanged share their inode with the current folder, the rewritten ones do not.
    current = {p.name: p.stat().st_ino for p in (outputs / REGION).iterdir()}
    archived = {p.name: p.stat().st_ino for p in kept.path.iterdir()}
    assert current["lever_families.csv"] == archived["lever_families.csv"]
    assert current["actions.csv"] != archived["actions.csv"]


def test_restore_refuses_an_archive_altered_in_place(tables, tmp_path):
    """A published file edited in place by hand changes its linked archived twin: the restore
    names it and refuses, the current publication left as it is."""
    from assets.publication.history import RestoreError, altered_files, restore_publication

    outputs, history = tmp_path / "out", tmp_path / "history"
    publish(tables, outputs, REGION, now=T0)
    archive_publication(outputs, REGION, history, keep=5)
    changed = dict(tables)
    changed["actions"] = tables["actions"].iloc[:-1]
    publish(changed, outputs, REGION, now=T0 + dt.timedelta(hours=1))
    (kept,) = list_publications(history, REGION)
    assert altered_files(kept.path) == []
    with (outputs / REGION / "lever_families.csv").open("a", encoding="utf-8") as handle:
        handle.write("ligne ajoutée à la main\n")
    assert altered_files(kept.path) == ["lever_families.csv"]
    before = (outputs / REGION / "datapackage.json").read_bytes()
    with pytest.raises(RestoreError, match="lever_families.csv.*restauration refusée"):
        restore_publication(outputs, REGION, history, keep=5)
    assert (outputs / REGION / "datapackage.json").read_bytes() == before


def test_archive_keeps_an_older_current_publication(tables, tmp_path):
    """A current publication older than every kept copy (restored, or brought from another
    machine) is archived and kept; the oldest other copies make room for it."""
    outputs, history = tmp_path / "out", tmp_path / "history"
    for hours in (5, 6, 7):  # three later publications already in the history
        publish(tables, outputs, REGION, now=T0 + dt.timedelta(hours=hours))
        archive_publication(outputs, REGION, history, keep=3)
    later = [e.publication_id for e in list_publications(history, REGION)]
    assert later == ["20261130T170000Z", "20261130T160000Z", "20261130T150000Z"]
    publish(tables, outputs, REGION, now=T0)  # the current one is older than all of them
    kept = archive_publication(outputs, REGION, history, keep=3)
    assert kept is not None and kept.publication_id == "20261130T100000Z"
    ids = [e.publication_id for e in list_publications(history, REGION)]
    assert ids == ["20261130T170000Z", "20261130T160000Z", "20261130T100000Z"]
    assert (kept.path / "datapackage.json").is_file()


def test_chunked_csv_is_byte_identical(tables, tmp_path):
    df, _ = prepare_table("actions", tables["actions"])
    write_csv("actions", df, tmp_path / "one.csv", chunk_rows=10**9)
    write_csv("actions", df, tmp_path / "chunks.csv", chunk_rows=2)
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "chunks.csv").read_bytes()
    assert (tmp_path / "one.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (tmp_path / "one.csv").read_bytes().count(b"\xef\xbb\xbf") == 1


def test_content_hash_sees_values_lists_and_missing():
    base = pd.DataFrame({"a": ["x", None], "b": [["p", "q"], []], "n": [1.0, 2.0]})
    h = table_content_hash(base)
    assert h == table_content_hash(base.copy())
    variants = [
        base.assign(a=["x", ""]),
        base.assign(b=[["p;q"], []]),
        base.assign(n=[1.0, 2.5]),
        base.rename(columns={"n": "m"}),
        base.iloc[:1],
    ]
    assert len({h, *(table_content_hash(v) for v in variants)}) == len(variants) + 1


def test_content_hash_tells_missing_from_empty_and_numbers_from_text():
    """pandas hashes strings as C strings (cut at a NUL byte): missing cells are hashed as a
    mask of their own, never as a sentinel string that could equal « »."""
    pairs = [
        (["", "y"], [None, "y"]),
        (["a", None], ["a", ""]),
        ([["a", None]], [["a", ""]]),
        (["1", 2], [1, 2]),
    ]
    for left, right in pairs:
        assert table_content_hash(pd.DataFrame({"a": left})) != table_content_hash(
            pd.DataFrame({"a": right})
        ), (left, right)
    # None and NaN are the same missing cell in every writer
    assert table_content_hash(pd.DataFrame({"a": ["x", None]})) == table_content_hash(
        pd.DataFrame({"a": ["x", float("nan")]})
    )


def test_prepare_table_text_shortcut_changes_nothing(tables, monkeypatch):
    """The plain-text shortcut of prepare_table gives the frames of the per-cell path."""
    fast = {name: prepare_table(name, df)[0] for name, df in tables.items()}
    monkeypatch.setattr(pd.api.types, "infer_dtype", lambda *a, **k: "mixed")
    for name, df in tables.items():
        slow = prepare_table(name, df)[0]
        pd.testing.assert_frame_equal(fast[name], slow, check_exact=True)


def test_content_hash_of_dates_is_that_of_their_texts_cell_by_cell():
    """A column of dates is hashed once per distinct date (fast path): the same hash as the
    cell-by-cell texts, and a date still differs from a datetime or a text."""
    import datetime as dt

    day = dt.date(2025, 3, 1)
    dates = pd.DataFrame({"d": [day, None, day, dt.date(2024, 1, 2)]})
    texts = pd.DataFrame({"d": pd.Series([_cell(v) for v in dates["d"]], dtype=object)})
    assert table_content_hash(dates) == _hash_of_texts(texts)
    others = [
        pd.DataFrame({"d": [dt.datetime(2025, 3, 1), None, day, dt.date(2024, 1, 2)]}),
        pd.DataFrame({"d": ["2025-03-01", None, day, dt.date(2024, 1, 2)]}),
        pd.DataFrame({"d": [day, day, day, dt.date(2024, 1, 2)]}),
    ]
    assert len({table_content_hash(dates), *map(table_content_hash, others)}) == 4


def _cell(value):
    from assets.publication.cache import _cell_text

    return _cell_text(value)


def _hash_of_texts(df: pd.DataFrame) -> str:
    """table_content_hash's digest of a column already turned into its cell texts."""
    import hashlib
    import json

    import numpy as np

    from assets.publication.cache import WRITER_VERSION

    digest = hashlib.sha256(WRITER_VERSION.encode())
    digest.update(json.dumps([[str(c), "object"] for c in df.columns]).encode())
    digest.update(str(len(df)).encode())
    for column in df.columns:
        s = df[column]
        missing = s.isna().to_numpy()
        s = s.where(~missing, "").astype(str)
        values = pd.util.hash_pandas_object(s, index=False).to_numpy().tobytes()
        digest.update(str(column).encode() + b"\0" + values + np.packbits(missing).tobytes())
    return digest.hexdigest()
