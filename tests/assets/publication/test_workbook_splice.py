"""Workbook of an incremental publication (issue 19): the sheets of unchanged tables copied from
the previous workbook give the workbook a full write gives (every part but the creation time
byte for byte, every cell's value, type and number format); whenever that cannot be ensured
(styles numbered differently, previous workbook edited by hand) the whole workbook is written."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pandas as pd
import pytest

from assets.publication import workbook_splice as ws
from assets.publication.cache import MANIFEST_KEY, file_sha256, table_content_hash
from assets.publication.writers import write_xlsx
from tests.assets.publication.test_incremental import T0, T1, XLSX, _changed, _publish
from tests.assets.publication.test_publication import _tables
from tests.assets.publication.test_writers_equivalence import XLSX_ARGS, _edge_frames, _parts
from tests.generators.publication_frames import publication_frames

BOOK = "book.xlsx"


@pytest.fixture(scope="module")
def frames() -> dict[str, pd.DataFrame]:
    return {**publication_frames(600, tricky=True), **_edge_frames()}


def _write(
    tables: dict[str, pd.DataFrame],
    folder: Path,
    previous: dict[str, Any] | None = None,
    previous_folder: Path | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """write_workbook() as publish() calls it; returns the manifest it would record."""
    folder.mkdir(parents=True, exist_ok=True)
    hashes = {name: table_content_hash(df) for name, df in tables.items()}
    layout, carried = ws.write_workbook(
        tables, folder / BOOK, previous=previous or {},
        previous_book=(previous_folder or folder) / BOOK, hashes=hashes, **XLSX_ARGS,
    )  # fmt: skip
    manifest = {
        "hashes": hashes,
        "files": {BOOK: file_sha256(folder / BOOK)},
        ws.SHEETS_KEY: {BOOK: layout},
    }
    return manifest, carried


def _full(tables: dict[str, pd.DataFrame], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    write_xlsx(tables, folder / BOOK, **XLSX_ARGS)
    return folder / BOOK


def _cells(path: Path) -> dict[str, list[list[tuple[object, str, str]]]]:
    book = openpyxl.load_workbook(path)
    return {
        name: [[(c.value, c.data_type, c.number_format) for c in row] for row in book[name].rows]
        for name in book.sheetnames
    }


def _entry(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read(name)


def _sheet_entry(tables: dict[str, pd.DataFrame], table: str) -> str:
    return f"xl/worksheets/sheet{list(tables).index(table) + 2}.xml"


def _assert_same_as_full(spliced: Path, full: Path) -> None:
    with zipfile.ZipFile(spliced) as z:
        assert z.testzip() is None
    assert _parts(spliced) == _parts(full)  # every part but docProps/core.xml, byte for byte
    assert _cells(spliced) == _cells(full)


def _one_cell_changed(df: pd.DataFrame) -> pd.DataFrame:
    """The same table with one number changed (same column kinds, same formats used)."""
    out = df.copy()
    for column in out.select_dtypes("number").columns:
        values = out[column].to_numpy(dtype=float)
        finite = np.flatnonzero(np.isfinite(values))
        if len(finite) > 1:
            row = out.index[finite[1]]
            out.loc[row, column] = out.loc[row, column] * 2 + 1
            return out
    raise AssertionError("no number to change")


@pytest.mark.parametrize("table", ["actions", "questionnaire_responses", "lever_state_of_play"])
def test_spliced_workbook_equals_a_full_write(frames, tmp_path, table):
    previous, carried = _write(frames, tmp_path / "old")
    assert carried == []
    changed = {**frames, table: _one_cell_changed(frames[table])}
    manifest, carried = _write(changed, tmp_path / "new", previous, tmp_path / "old")
    assert carried == [name for name in frames if name != table]
    # the layout recorded (the formats each sheet numbers) is a full write's
    assert manifest[ws.SHEETS_KEY] == _write(changed, tmp_path / "scratch")[0][ws.SHEETS_KEY]
    full = _full(changed, tmp_path / "full")
    _assert_same_as_full(tmp_path / "new" / BOOK, full)
    # The changed table's sheet is written again, the others are the previous bytes.
    entry = _sheet_entry(frames, table)
    assert _entry(tmp_path / "new" / BOOK, entry) != _entry(tmp_path / "old" / BOOK, entry)
    other = _sheet_entry(frames, carried[0])
    assert _entry(tmp_path / "new" / BOOK, other) == _entry(tmp_path / "old" / BOOK, other)


def test_changed_table_shows_its_new_values(frames, tmp_path):
    previous, _ = _write(frames, tmp_path / "old")
    actions = frames["actions"].copy()
    actions = pd.concat([actions, actions.iloc[[0]]], ignore_index=True)
    actions.loc[len(actions) - 1, "title"] = "Action ajoutée par le nouveau plan"
    changed = {**frames, "actions": actions}
    _, carried = _write(changed, tmp_path / "new", previous, tmp_path / "old")
    assert "actions" not in carried and "questionnaire_responses" in carried
    book = openpyxl.load_workbook(tmp_path / "new" / BOOK, read_only=True)
    rows = list(book["actions"].iter_rows(values_only=True))
    assert len(rows) == len(actions) + 1
    assert rows[-1][list(actions.columns).index("title")] == "Action ajoutée par le nouveau plan"
    readme = list(book["Lisez-moi"].iter_rows(values_only=True))
    assert readme[5][0] == "actions" and readme[5][2] == len(actions)
    _assert_same_as_full(tmp_path / "new" / BOOK, _full(changed, tmp_path / "full"))


def test_chained_splices_stay_equal_to_a_full_write(frames, tmp_path):
    """A spliced workbook is itself the previous one of the next publication."""
    previous, _ = _write(frames, tmp_path / "v1")
    second = {**frames, "actions": _one_cell_changed(frames["actions"])}
    previous, carried = _write(second, tmp_path / "v2", previous, tmp_path / "v1")
    assert "questionnaire_responses" in carried
    third = {**second, "lever_state_of_play": _one_cell_changed(frames["lever_state_of_play"])}
    _, carried = _write(third, tmp_path / "v3", previous, tmp_path / "v2")
    assert "actions" in carried and "lever_state_of_play" not in carried
    _assert_same_as_full(tmp_path / "v3" / BOOK, _full(third, tmp_path / "full"))


def test_formats_first_used_in_a_carried_sheet_keep_their_numbers(tmp_path):
    """Formats a carried sheet numbers (in its rows, or only in its last row, which XlsxWriter
    flushes at close) are numbered where a full write numbers them."""
    n = 5
    first = pd.DataFrame(
        {
            "label": [f"l{i}" for i in range(n)],
            "mean_score": [np.nan] * (n - 1) + [1.5],  # "0.00" in the last row only
            "day": [dt.date(2025, 1, i + 1) for i in range(n)],  # "dd/mm/yyyy"
        }
    )
    second = pd.DataFrame(
        {
            "pct_done": [10.0, 20.0],
            "cost_eur": [1, 2],
            "response_rate": [np.nan, 0.5],  # "0.0%" in the last row only
        }
    )
    tables = {"first": first, "second": second}
    previous, _ = _write(tables, tmp_path / "old")
    styles = previous[ws.SHEETS_KEY][BOOK]["tables"][0]["styles"]
    assert styles == [["header", "num:dd/mm/yyyy"], ["num:0.00", "num:dd/mm/yyyy"]]
    changed = {**tables, "second": _one_cell_changed(second)}
    _, carried = _write(changed, tmp_path / "new", previous, tmp_path / "old")
    assert carried == ["first"]
    _assert_same_as_full(tmp_path / "new" / BOOK, _full(changed, tmp_path / "full"))


def test_styles_numbered_differently_give_a_full_write(frames, tmp_path, monkeypatch):
    previous, _ = _write(frames, tmp_path / "old")
    # The first sheet now uses a format other sheets used first: numbers shift.
    actions = frames["actions"].copy()
    actions["response_rate"] = 0.5
    changed = {**frames, "actions": actions}
    splices: list[bool] = []
    original = ws._splice

    def spy(*args: Any) -> bool:
        splices.append(original(*args))
        return splices[-1]

    monkeypatch.setattr(ws, "_splice", spy)
    _, carried = _write(changed, tmp_path / "new", previous, tmp_path / "old")
    assert splices == [False]  # tried, refused on styles.xml
    assert carried == []
    full = _full(changed, tmp_path / "full")
    assert _entry(full, "xl/styles.xml") != _entry(tmp_path / "old" / BOOK, "xl/styles.xml")
    _assert_same_as_full(tmp_path / "new" / BOOK, full)
    assert not list((tmp_path / "new").glob(".*"))  # no partial workbook left


def test_previous_workbook_edited_by_hand_gives_a_full_write(frames, tmp_path):
    previous, _ = _write(frames, tmp_path / "old")
    edited = openpyxl.load_workbook(tmp_path / "old" / BOOK)
    edited["questionnaire_responses"]["A2"] = "modifié à la main"
    edited.save(tmp_path / "old" / BOOK)
    changed = {**frames, "actions": _one_cell_changed(frames["actions"])}
    _, carried = _write(changed, tmp_path / "new", previous, tmp_path / "old")
    assert carried == []
    full = _full(changed, tmp_path / "full")
    _assert_same_as_full(tmp_path / "new" / BOOK, full)
    answers = openpyxl.load_workbook(tmp_path / "new" / BOOK, read_only=True)
    assert next(answers["questionnaire_responses"].iter_rows(min_row=2, values_only=True))[0] != (
        "modifié à la main"
    )


def test_other_sheet_order_or_unrecorded_layout_gives_a_full_write(frames, tmp_path):
    previous, _ = _write(frames, tmp_path / "old")
    names = list(frames)
    reordered = {name: frames[name] for name in [names[1], names[0], *names[2:]]}
    _, carried = _write(reordered, tmp_path / "a", previous, tmp_path / "old")
    assert carried == []
    _assert_same_as_full(tmp_path / "a" / BOOK, _full(reordered, tmp_path / "fa"))
    # a manifest written before this change (no sheet layout): full write
    older = {k: v for k, v in previous.items() if k != ws.SHEETS_KEY}
    changed = {**frames, "actions": _one_cell_changed(frames["actions"])}
    _, carried = _write(changed, tmp_path / "b", older, tmp_path / "old")
    assert carried == []
    # another XlsxWriter version wrote the previous workbook: full write
    other = json.loads(json.dumps(previous))
    other[ws.SHEETS_KEY][BOOK]["xlsxwriter"] = "0.0.1"
    _, carried = _write(changed, tmp_path / "c", other, tmp_path / "old")
    assert carried == []


def test_publication_carries_unchanged_sheets(tmp_path):
    tables = _tables()
    first = _publish(tables, tmp_path / "inc", T0)
    assert first.carried_sheets == []
    changed = _changed(tables)
    incremental = _publish(changed, tmp_path / "inc", T1)
    scratch = _publish(changed, tmp_path / "new", T1)
    rewritten = {"questionnaire_responses", "lever_families", "response_coverage"}
    assert set(incremental.carried_sheets) == set(tables) - rewritten
    assert scratch.carried_sheets == []
    _assert_same_as_full(incremental.path / XLSX, scratch.path / XLSX)
    package = json.loads((incremental.path / "datapackage.json").read_text(encoding="utf-8"))
    layout = package[MANIFEST_KEY][ws.SHEETS_KEY][XLSX]
    assert [t["table"] for t in layout["tables"]] == list(tables)
    assert package[MANIFEST_KEY]["files"][XLSX] == file_sha256(incremental.path / XLSX)
    # republished unchanged: the workbook file itself is carried over, its layout kept
    again = _publish(changed, tmp_path / "inc", T1 + dt.timedelta(hours=1))
    assert XLSX in again.carried_over
    package = json.loads((again.path / "datapackage.json").read_text(encoding="utf-8"))
    assert package[MANIFEST_KEY][ws.SHEETS_KEY][XLSX] == layout


def test_large_parts_deflated_fast_and_spliced_alike(frames, tmp_path, monkeypatch) -> None:
    """Parts above FAST_DEFLATE_BYTES are deflated at level 1 (the others at zlib's default):
    same unzipped parts; a carried sheet keeps its bytes, so the splice still equals a full
    write; the library's zip class is put back afterwards."""
    import zlib

    import xlsxwriter.workbook as xw

    from assets.publication import writers

    default = _full(frames, tmp_path / "default")
    monkeypatch.setattr(writers, "FAST_DEFLATE_BYTES", 50_000)
    fast = _full(frames, tmp_path / "fast")
    assert xw.ZipFile is zipfile.ZipFile
    assert _parts(fast) == _parts(default)
    with zipfile.ZipFile(fast) as book:
        infos = book.infolist()
        large = [i for i in infos if i.file_size > 50_000]
        small = [i for i in infos if i.file_size <= 50_000 and i.file_size > 2_000]
        assert large and small
        for info in large:
            assert info.compress_size == len(zlib.compress(book.read(info), 1)) - 6
        for info in small:
            assert info.compress_size == len(zlib.compress(book.read(info), 6)) - 6
    manifest, _ = _write(frames, tmp_path / "a")
    changed = dict(frames)
    first = next(iter(changed))
    changed[first] = changed[first].iloc[:-1]
    _, carried = _write(changed, tmp_path / "b", manifest, tmp_path / "a")
    assert carried
    assert _parts(tmp_path / "b" / BOOK) == _parts(_full(changed, tmp_path / "c"))
