"""Large workbook sheets written by kept row blocks (assets.publication.sheet_blocks): every
zip entry equals a write from scratch, byte for byte, and the cells are the plain writer's."""

from __future__ import annotations

import datetime as dt
import os
import random
import zipfile
import zlib
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from assets.publication import sheet_blocks
from assets.publication.folder import publish
from assets.publication.incremental import DerivedCache, PublicationStore
from assets.publication.writers import write_xlsx

N = 12_000
OPTIONS = {"region_code": "32", "descriptions": {}, "config": None, "published_at": "2025-06-01"}


def _answers(n: int = N, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame(
        {
            "response_id": [f"rep-{i:06d}" for i in range(n)],
            "score": rng.normal(size=n).round(3),
            "rank": pd.array(rng.integers(0, 5, n), dtype="Int32"),
            "comment": [
                None if i % 3 == 0 else ("=formule <b>&" if i % 11 == 0 else f" texte {i} ")
                for i in range(n)
            ],
            "themes": [["mobilité", "eau"] if i % 2 else [] for i in range(n)],
            "submitted": [dt.date(2025, 1, 1 + i % 28) if i % 5 else None for i in range(n)],
            "complete": [bool(i % 2) for i in range(n)],
            "montant_eur": [float(i) if i % 4 else np.nan for i in range(n)],
        }
    )


def _entries(path: Path) -> dict[str, bytes]:
    """Every entry but the creation time (``docProps/core.xml``)."""
    with zipfile.ZipFile(path) as book:
        return {n: book.read(n) for n in book.namelist() if n != "docProps/core.xml"}


def _cells(path: Path) -> dict[str, list[tuple[object, ...]]]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}
    finally:
        book.close()


@pytest.fixture
def rendered(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Rows of the blocks rendered (not taken from the kept ones)."""
    calls: list[int] = []
    original = sheet_blocks._render

    def spy(ws, columns, formats):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN202
        calls.append(len(columns[0][0]))
        return original(ws, columns, formats)

    monkeypatch.setattr(sheet_blocks, "_render", spy)
    return calls


def test_crc32_combine_equals_the_crc_of_the_joined_bytes() -> None:
    rng = random.Random(3)
    for length in (0, 1, 7, 100, 4096, 70_001):
        a = os.urandom(rng.randint(0, 300))
        b = os.urandom(length)
        assert sheet_blocks.crc32_combine(zlib.crc32(a), zlib.crc32(b), len(b)) == zlib.crc32(a + b)


def test_block_sheet_shows_the_cells_of_the_plain_writer(tmp_path: Path, monkeypatch) -> None:
    df = _answers()
    tables = {"petite": df.head(30), "questionnaire_responses": df}
    write_xlsx(tables, tmp_path / "blocks.xlsx", blocks={}, **OPTIONS)
    with zipfile.ZipFile(tmp_path / "blocks.xlsx") as book:
        xml = book.read("xl/worksheets/sheet3.xml").decode()
        assert book.testzip() is None  # every entry's CRC checks
    assert '<row r="2">' not in xml and "<row><c " in xml and "<c/>" in xml
    assert 'ref="A1:H12001"' in xml
    monkeypatch.setattr(sheet_blocks, "MIN_ROWS", 10**9)
    write_xlsx(tables, tmp_path / "plain.xlsx", **OPTIONS)
    assert _cells(tmp_path / "blocks.xlsx") == _cells(tmp_path / "plain.xlsx")
    import openpyxl  # the full (not read-only) reader places the cells too

    ws = openpyxl.load_workbook(tmp_path / "blocks.xlsx")["questionnaire_responses"]
    assert ws.max_row == N + 1 and ws["D5"].value is None and ws["D4"].value == " texte 2 "
    assert ws["C2"].number_format == "0" and ws["F3"].number_format == "dd/mm/yyyy"


@pytest.mark.parametrize("change", ["insert", "remove", "cell", "none"])
def test_kept_blocks_give_the_bytes_of_a_write_from_scratch(
    tmp_path: Path, rendered: list[int], change: str
) -> None:
    df = _answers()
    blocks: dict[str, object] = {}
    write_xlsx({"t": df}, tmp_path / "a.xlsx", blocks=blocks, **OPTIONS)
    assert sum(rendered) == N
    if change == "insert":
        new = df.iloc[5_000:5_047].assign(response_id="nouveau")
        df2 = pd.concat([df.iloc[:5_000], new, df.iloc[5_000:]], ignore_index=True)
    elif change == "remove":
        df2 = df.drop(index=range(3_000, 3_900)).reset_index(drop=True)
    elif change == "cell":
        df2 = df.copy()
        df2.loc[7_000, "comment"] = "réponse corrigée"
    else:
        df2 = df
    rendered.clear()
    write_xlsx({"t": df2}, tmp_path / "b.xlsx", blocks=blocks, **OPTIONS)
    rows = sum(rendered)  # only the blocks holding a change
    write_xlsx({"t": df2}, tmp_path / "full.xlsx", blocks={}, **OPTIONS)
    assert _entries(tmp_path / "b.xlsx") == _entries(tmp_path / "full.xlsx")
    assert rows == 0 if change == "none" else 0 < rows <= 2 * 8_192


def test_lost_or_damaged_blocks_are_rendered_again(tmp_path: Path, rendered: list[int]) -> None:
    df = _answers()
    blocks: dict[str, object] = {}
    write_xlsx({"t": df}, tmp_path / "a.xlsx", blocks=blocks, **OPTIONS)
    keys = blocks["sheetblocks:t"]
    del blocks[keys[0]]
    blocks[keys[1]] = "abîmé"
    blocks[keys[2]] = {**blocks[keys[2]], "crc": None}  # type: ignore[dict-item]
    rendered.clear()
    write_xlsx({"t": df}, tmp_path / "b.xlsx", blocks=blocks, **OPTIONS)
    assert len(rendered) == 3
    assert _entries(tmp_path / "a.xlsx") == _entries(tmp_path / "b.xlsx")


def test_styles_numbered_otherwise_render_the_blocks_again(
    tmp_path: Path, rendered: list[int]
) -> None:
    """A sheet before it first uses another format: the big sheet's style indexes move."""
    df = _answers()
    blocks: dict[str, object] = {}
    write_xlsx({"t": df}, tmp_path / "a.xlsx", blocks=blocks, **OPTIONS)
    rendered.clear()
    before = pd.DataFrame({"pct_a": [1.5, 2.5], "pop": pd.array([1, 2], dtype="Int64")})
    tables = {"avant": before, "t": df}
    write_xlsx(tables, tmp_path / "b.xlsx", blocks=blocks, **OPTIONS)
    assert sum(rendered) == N
    write_xlsx(tables, tmp_path / "full.xlsx", blocks={}, **OPTIONS)
    assert _entries(tmp_path / "b.xlsx") == _entries(tmp_path / "full.xlsx")


def test_store_keeps_the_blocks_of_a_carried_sheet(tmp_path: Path, rendered: list[int]) -> None:
    store = PublicationStore(tmp_path / "store")
    df = _answers()
    values = DerivedCache()
    write_xlsx({"t": df}, tmp_path / "a.xlsx", blocks=values, **OPTIONS)
    files = store.write_derived(values)
    keys = values["sheetblocks:t"]
    assert set(keys) <= set(files)
    again = DerivedCache(files, store._read_value)
    sheet_blocks.keep("t", again)  # the sheet carried over: its blocks kept, unread
    assert store.write_derived(again) == files
    (store.path / files[keys[0]]).write_bytes(b"pas un pickle")
    third = DerivedCache(files, store._read_value)
    rendered.clear()
    write_xlsx({"t": df}, tmp_path / "b.xlsx", blocks=third, **OPTIONS)
    assert len(rendered) == 1 and keys[0] in third.new
    assert _entries(tmp_path / "a.xlsx") == _entries(tmp_path / "b.xlsx")


def test_publish_with_kept_blocks_equals_publish_from_scratch(tmp_path: Path) -> None:
    now = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)
    df = _answers()
    small = pd.DataFrame({"lever_code": ["a", "b"], "n": [1, 2]})
    derived: dict[str, object] = {}
    publish({"autre_table": small, "questionnaire_responses": df}, tmp_path / "inc", "32",
            derived=derived, now=now)  # fmt: skip
    # unchanged answers: the workbook's answers sheet is carried over, its blocks kept
    small2 = small.assign(n=[3, 4])
    publish({"autre_table": small2, "questionnaire_responses": df}, tmp_path / "inc", "32",
            derived=derived, now=now)  # fmt: skip
    df2 = pd.concat([df.iloc[:6_000], df.iloc[:40], df.iloc[6_000:]], ignore_index=True)
    df2.loc[6_010, "comment"] = "réponse corrigée"
    tables = {"autre_table": small2, "questionnaire_responses": df2}
    publish(tables, tmp_path / "inc", "32", derived=derived, now=now)
    publish(tables, tmp_path / "full", "32", now=now)
    book = "32/diagnostic_32.xlsx"
    assert _entries(tmp_path / "inc" / book) == _entries(tmp_path / "full" / book)
    cells = _cells(tmp_path / "inc" / book)["questionnaire_responses"]
    assert "réponse corrigée" in cells[6_011] and len(cells) == len(df2) + 1
