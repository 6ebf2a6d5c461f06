"""CSV written block by block (assets.publication.csv_blocks) equals a full write, byte for byte."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import assets.publication.writers as writers
from assets.publication import csv_blocks
from assets.publication.cache import row_hashes
from assets.publication.folder import publish
from assets.publication.incremental import DerivedCache, PublicationStore
from assets.publication.writers import write_csv

N = 24_000


def _answers(n: int = N, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame(
        {
            "response_id": [f"rep-{i:06d}" for i in range(n)],
            "score": rng.normal(size=n).round(3),
            "rank": pd.array(rng.integers(0, 5, n), dtype="Int64"),
            "comment": [
                None
                if i % 3 == 0
                else ('avec ; et "guillemets"\nligne 2' if i % 7 == 0 else f"texte {i}")
                for i in range(n)
            ],
            "themes": [["mobilité", "eau"] if i % 2 else [] for i in range(n)],
            "submitted": [dt.date(2025, 1, 1 + i % 28) for i in range(n)],
            "complete": [bool(i % 2) for i in range(n)],
        }
    )


def _full(df: pd.DataFrame, path: Path) -> bytes:
    write_csv("t", df, path, chunk_rows=10**9)
    return path.read_bytes()


@pytest.fixture
def rendered(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Rows formatted by the block writer (header: 0 rows)."""
    calls: list[int] = []
    original = writers._chunk_csv

    def spy(frame: pd.DataFrame, kinds: dict[str, str], *, header: bool) -> str:
        calls.append(len(frame))
        return original(frame, kinds, header=header)

    monkeypatch.setattr(writers, "_chunk_csv", spy)
    return calls


def test_first_write_equals_full_write(tmp_path: Path) -> None:
    df = _answers()
    blocks: dict[str, object] = {}
    write_csv("t", df, tmp_path / "b.csv", blocks=blocks)
    full = _full(df, tmp_path / "f.csv")
    assert (tmp_path / "b.csv").read_bytes() == full
    assert full.startswith(
        b"\xef\xbb\xbfresponse_id;score;rank;comment;themes;submitted;complete\n"
    )
    keys = blocks["csvblocks:t"]
    assert isinstance(keys, list) and len(keys) >= 3
    assert "".join(blocks[k] for k in keys).count("rep-") == N  # type: ignore[misc]


@pytest.mark.parametrize("change", ["insert_middle", "remove_block", "one_cell"])
def test_changed_rows_only_are_formatted(tmp_path: Path, rendered: list[int], change: str) -> None:
    df = _answers()
    blocks: dict[str, object] = {}
    write_csv("t", df, tmp_path / "old.csv", blocks=blocks)
    old_keys = list(blocks["csvblocks:t"])  # type: ignore[arg-type]
    rendered.clear()
    if change == "insert_middle":
        new_rows = _answers(5, seed=1).assign(response_id=[f"new-{i}" for i in range(5)])
        df2 = pd.concat([df.iloc[:12_000], new_rows, df.iloc[12_000:]], ignore_index=True)
    elif change == "remove_block":
        bounds = csv_blocks.block_bounds(row_hashes(df))
        a, b = bounds[1]
        df2 = pd.concat([df.iloc[:a], df.iloc[b:]], ignore_index=True)
    else:
        df2 = df.copy()
        df2.loc[20_000, "comment"] = "réponse corrigée"
    write_csv("t", df2, tmp_path / "new.csv", blocks=blocks)
    assert rendered.count(0) == 1  # the header
    body = [n for n in rendered if n]
    assert (tmp_path / "new.csv").read_bytes() == _full(df2, tmp_path / "full.csv")
    if change == "remove_block":
        assert body == []  # the other blocks are unchanged: nothing formatted
    else:
        assert len(body) == 1 and body[0] <= csv_blocks.MAX_BLOCK
    new_keys = blocks["csvblocks:t"]
    assert len(set(new_keys) - set(old_keys)) == len(body)  # type: ignore[arg-type]


def test_missing_or_corrupted_block_is_formatted_again(tmp_path: Path, rendered: list[int]) -> None:
    df = _answers()
    blocks: dict[str, object] = {}
    write_csv("t", df, tmp_path / "a.csv", blocks=blocks)
    keys = list(blocks["csvblocks:t"])  # type: ignore[arg-type]
    del blocks[keys[0]]
    blocks[keys[1]] = b"not a text"
    bounds = csv_blocks.block_bounds(row_hashes(df))
    rendered.clear()
    write_csv("t", df, tmp_path / "b.csv", blocks=blocks)
    # the header, and the two (adjacent) blocks formatted in one run, then cut apart
    assert rendered == [bounds[1][1], 0]
    assert (tmp_path / "b.csv").read_bytes() == _full(df, tmp_path / "f.csv")
    assert isinstance(blocks[keys[1]], str)


def test_small_table_is_written_whole(tmp_path: Path) -> None:
    df = _answers(500)
    blocks: dict[str, object] = {}
    write_csv("t", df, tmp_path / "s.csv", blocks=blocks)
    assert blocks == {}
    assert (tmp_path / "s.csv").read_bytes() == _full(df, tmp_path / "f.csv")


def test_seed_cuts_the_blocks_from_a_full_file(tmp_path: Path) -> None:
    df = _answers()
    written: dict[str, object] = {}
    write_csv("t", df, tmp_path / "b.csv", blocks=written)
    seeded: dict[str, object] = {}
    assert csv_blocks.seed("t", df, tmp_path / "b.csv", seeded)
    assert seeded == written
    # a file that is not this table's CSV: nothing kept
    other: dict[str, object] = {}
    assert not csv_blocks.seed("t", df.iloc[:-1], tmp_path / "b.csv", other)
    assert other == {}


def test_store_keeps_unread_blocks_and_falls_back_when_a_file_is_lost(tmp_path: Path) -> None:
    store = PublicationStore(tmp_path / "store")
    df = _answers()
    values = DerivedCache()
    write_csv("t", df, tmp_path / "a.csv", blocks=values)
    files = store.write_derived(values)
    keys = values["csvblocks:t"]
    assert set(keys) <= set(files)
    # a run carrying the CSV over keeps every block without reading it
    again = DerivedCache(files, store._read_value)
    csv_blocks.keep("t", df, tmp_path / "a.csv", again)
    assert store.write_derived(again) == files
    # a block file lost: formatted again, same bytes
    (store.path / files[keys[0]]).unlink()
    third = DerivedCache(files, store._read_value)
    write_csv("t", df, tmp_path / "b.csv", blocks=third)
    assert (tmp_path / "b.csv").read_bytes() == (tmp_path / "a.csv").read_bytes()
    assert keys[0] in third.new and keys[1] not in third.new


def test_publish_with_kept_blocks_equals_publish_from_scratch(tmp_path: Path) -> None:
    now = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)
    df = _answers(12_000)
    derived: dict[str, object] = {}
    publish({"questionnaire_responses": df}, tmp_path / "inc", "32", derived=derived, now=now)
    df2 = df.copy()
    df2.loc[6_000, "comment"] = "réponse corrigée"
    publish({"questionnaire_responses": df2}, tmp_path / "inc", "32", derived=derived, now=now)
    publish({"questionnaire_responses": df2}, tmp_path / "full", "32", now=now)
    name = "32/questionnaire_responses.csv"
    assert (tmp_path / "inc" / name).read_bytes() == (tmp_path / "full" / name).read_bytes()
    assert "réponse corrigée" in (tmp_path / "inc" / name).read_text(encoding="utf-8-sig")


def test_row_hashes_kept_from_the_content_hash_equal_a_fresh_computation() -> None:
    from assets.publication import cache

    df = _answers(12_000)
    cache.table_content_hash(df)
    for i in range(40):  # other large frames hashed since: the answers' hashes stay
        cache.table_content_hash(pd.DataFrame({"a": [str(i)] * 6_000}))
    kept = cache._ROWS[id(df)][1]
    assert cache.row_hashes(df) is kept
    cache._ROWS.clear()
    fresh = cache.row_hashes(df)
    assert np.array_equal(kept, fresh) and fresh.dtype == np.uint64
    assert len(np.unique(fresh)) == len(df)  # distinct rows, distinct hashes


def test_record_starts_skip_line_feeds_inside_quotes() -> None:
    data = b'a;"x\n""y"""\nb;c\n'
    assert csv_blocks._record_starts(data, 2).tolist() == [0, 12, 16]
    assert csv_blocks._record_starts(data, 3) is None
    assert csv_blocks._record_starts(data[:-1], 2) is None  # no final line feed
