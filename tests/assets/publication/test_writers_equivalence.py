"""The fast writers (per distinct value, whole sheets at once) write the same bytes as the
cell-by-cell writers they replace, kept below as ``_reference_*`` (frozen copies of
``assets/publication/writers.py`` before issue 19): CSV and Parquet files byte for byte, the
workbook's unzipped parts byte for byte (``docProps/core.xml`` aside: it holds the time of
writing), on the generated frame set of a region (with tricky cells) and on edge cases."""

from __future__ import annotations

import datetime as dt
import io
import math
import random
import re
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pandas as pd
import pyarrow.parquet as pq
import pytest

from assets.publication import sheets, writers
from assets.publication.tables import _column_kind, _is_missing, neutralise
from assets.publication.writers import (
    LIST_SEPARATOR,
    _number_format,
    _readme_rows,
    csv_frame,
    write_csv,
    write_parquet,
    write_xlsx,
)
from tests.generators.publication_frames import publication_frames

XLSX_ARGS: dict[str, Any] = {
    "region_code": "32",
    "descriptions": {"actions": "Actions des plans"},
    "config": {"min_themes": 5, "weights": {"a": 0.5}, "reference_year": None},
    "published_at": "2026-12-01T10:00:00+00:00",
}

# ----------------------------------------------------------------------------- references
# Frozen copies of the writers before issue 19 (cell by cell): the bytes to reproduce.

_REFERENCE_ILLEGAL_XLSX_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


def _reference_csv_frame(df: pd.DataFrame, kinds: Mapping[str, str] | None = None) -> pd.DataFrame:
    out = df.copy()
    for column in out.columns:
        kind = kinds[column] if kinds is not None else _column_kind(out[column])
        s = out[column]
        if kind == "list":
            out[column] = s.map(
                lambda v: (
                    None if _is_missing(v) or not len(v) else neutralise(LIST_SEPARATOR.join(v))
                )
            )
        elif kind == "boolean":
            out[column] = s.map(lambda v: None if _is_missing(v) else ("oui" if v else "non"))
        elif kind == "date":
            out[column] = s.map(lambda v: None if _is_missing(v) else v.isoformat())
        elif kind == "datetime":
            out[column] = s.map(
                lambda v: None if _is_missing(v) else v.strftime("%Y-%m-%dT%H:%M:%S")
            )
        elif kind == "string":
            out[column] = s.map(lambda v: neutralise(v) if isinstance(v, str) else v)
    return out


def _reference_write_csv(name: str, df: pd.DataFrame, path: Path, chunk_rows: int = 20_000) -> None:
    kinds = {c: _column_kind(df[c]) for c in df.columns}
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        for start in range(0, max(len(df), 1), chunk_rows):
            _reference_csv_frame(df.iloc[start : start + chunk_rows], kinds).to_csv(
                handle, sep=";", decimal=",", index=False, lineterminator="\n",
                float_format="%.15g", header=start == 0,
            )  # fmt: skip


def _reference_write_parquet(name: str, df: pd.DataFrame, path: Path) -> None:
    import pyarrow as pa

    fields = []
    arrays = []
    for column in df.columns:
        kind = _column_kind(df[column])
        s = df[column]
        if kind == "list":
            arr = pa.array(
                [None if _is_missing(v) else list(v) for v in s], type=pa.list_(pa.string())
            )
        elif kind == "string":
            arr = pa.array([None if _is_missing(v) else str(v) for v in s], type=pa.string())
        elif kind == "date":
            arr = pa.array([None if _is_missing(v) else v for v in s], type=pa.date32())
        else:
            arr = pa.Array.from_pandas(s)
        fields.append(pa.field(column, arr.type))
        arrays.append(arr)
    table = pa.Table.from_arrays(arrays, schema=pa.schema(fields))
    pq.write_table(table, path)


def _reference_xlsx_value(value: object, kind: str) -> object:
    if _is_missing(value):
        return None
    if kind == "list":
        return neutralise("; ".join(value)) if len(value) else None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, str):
        value = neutralise(_REFERENCE_ILLEGAL_XLSX_RE.sub("", value))
        return value[:32_000]
    return value


def _reference_write_xlsx(
    tables: Mapping[str, pd.DataFrame],
    path: Path,
    *,
    region_code: str,
    descriptions: Mapping[str, str],
    config: Mapping[str, Any] | None,
    published_at: str,
) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(
        str(path),
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    header = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E79"})
    title_format = wb.add_format({"bold": True, "font_size": 14})
    section_format = wb.add_format({"bold": True, "font_size": 12})
    number_formats: dict[str, Any] = {}

    def number_format(fmt: str) -> Any:
        if fmt not in number_formats:
            number_formats[fmt] = wb.add_format({"num_format": fmt})
        return number_formats[fmt]

    def write(ws: Any, r: int, c: int, value: object, fmt: Any = None) -> None:
        if value is None:
            return
        if isinstance(value, dt.datetime | dt.date) and fmt is None:
            is_datetime = isinstance(value, dt.datetime)
            fmt = number_format("yyyy-mm-dd hh:mm" if is_datetime else "yyyy-mm-dd")
        if isinstance(value, float) and not math.isfinite(value):
            return
        ws.write(r, c, value, fmt)

    readme = wb.add_worksheet("Lisez-moi")
    for col, width in enumerate((30, 60, 80)):
        readme.set_column(col, col, width)
    sections = {"Contenu", "Conventions", "Paramètres du diagnostic", "Dictionnaire des colonnes"}
    for i, row in enumerate(_readme_rows(region_code, tables, descriptions, config, published_at)):
        for j, value in enumerate(row):
            fmt = None
            if i == 0:
                fmt = title_format
            elif value in sections and len(row) == 1:
                fmt = section_format
            write(readme, i, j, _reference_xlsx_value(value, "string"), fmt)

    used: set[str] = {"lisez-moi"}
    for name, df in tables.items():
        title = re.sub(r"[\[\]:*?/\\]", "_", name)[:31]
        base, i = title, 2
        while title.lower() in used:
            title = f"{base[:28]}_{i}"
            i += 1
        used.add(title.lower())
        ws = wb.add_worksheet(title)
        columns = list(df.columns)
        kinds = {c: _column_kind(df[c]) for c in columns}
        formats = [
            number_format(f) if (f := _number_format(c, kinds[c])) else None for c in columns
        ]
        for j, column in enumerate(columns):
            sample = [len(str(v)) for v in df[column].head(200) if not _is_missing(v)]
            width = max([len(column) + 2, *(min(n, 60) for n in sample)]) + 2
            ws.set_column(j, j, min(width, 60))
        ws.freeze_panes(1, 0)
        if columns:
            ws.autofilter(0, 0, len(df), len(columns) - 1)
        for j, column in enumerate(columns):
            ws.write_string(0, j, column, header)
        column_kinds = [kinds[c] for c in columns]
        for r, values in enumerate(df.itertuples(index=False, name=None), start=1):
            for j, value in enumerate(values):
                write(ws, r, j, _reference_xlsx_value(value, column_kinds[j]), formats[j])
    wb.close()


# ----------------------------------------------------------------------------- frames


def _edge_frames() -> dict[str, pd.DataFrame]:
    """Tables that take the unusual paths: empty, one row, a single written row, the only
    value of a format in the last row, mixed objects, pandas strings, formats by name."""
    n = 9
    day = dt.date(2025, 3, 1)
    return {
        "empty": pd.DataFrame({"a": pd.Series([], dtype=object), "n": pd.Series([], dtype=float)}),
        "one_row": pd.DataFrame({"title": ["=1+1"], "budget_eur": [12.5], "ok": [True]}),
        "one_written_row": pd.DataFrame(
            {"a": [None] * 4 + ["seul"] + [None] * 3, "x": [np.nan] * 8}
        ),
        "formats_late": pd.DataFrame(
            {
                "label": [f"ligne {i}" for i in range(n)],
                "cost_eur": [np.nan] * (n - 1) + [1_500.0],
                "pct_done": [np.nan] * (n - 2) + [12.5, 50.0],
                "when": [None] * (n - 1) + [day],
                "seen_at": pd.to_datetime([None] * (n - 3) + ["2025-01-02 03:04:05"] * 3),
                "response_rate": [0.25] + [np.nan] * (n - 1),
                "mean_relevance": np.linspace(0, 4, n),
                "score": pd.array([1, None, 3, 4, 5, 6, 7, 8, 9], dtype="Int64"),
                "deployment_axis": np.float32(np.linspace(0, 1, n)),
                "n_small": pd.array(range(n), dtype="UInt8"),
                "flag": pd.array([True, None, False] * 3, dtype="boolean"),
                "blank": ["", "x", ""] * 3,
                "empty_list": [[], [""], ["a", "=b"]] * 3,
            }
        ),
        "mixed": pd.DataFrame(
            {
                "anything": ["texte", 3, 2.5, day, True, None, np.int64(7), "-x", float("nan")],
                "dates": [day, None, day.replace(day=2)] * 3,
                "bools": [True, False, None] * 3,
                "pandas_text": pd.array(["a", None, "=b"] * 3, dtype="string"),
            }
        ),
    }


@pytest.fixture(scope="module")
def frames() -> dict[str, pd.DataFrame]:
    return {**publication_frames(600, tricky=True), **_edge_frames()}


# ----------------------------------------------------------------------------- XLSX


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}


def test_workbook_parts_identical_to_cell_by_cell(frames, tmp_path):
    _reference_write_xlsx(frames, tmp_path / "old.xlsx", **XLSX_ARGS)
    write_xlsx(frames, tmp_path / "new.xlsx", **XLSX_ARGS)
    old, new = _parts(tmp_path / "old.xlsx"), _parts(tmp_path / "new.xlsx")
    assert list(old) == list(new)
    assert len([n for n in old if n.startswith("xl/worksheets/sheet")]) == 1 + len(frames)
    for name in old:
        assert old[name] == new[name], name


def test_fast_path_taken_for_generated_tables(frames, monkeypatch, tmp_path):
    """The equality above is not the fallback comparing with itself: every generated table
    (and the edge tables that can) goes through SheetRows."""
    written: list[int] = []
    real = sheets.SheetRows.write

    def spy(self, ws, chunk_rows=5_000):
        written.append(len(self.rows))
        return real(self, ws, chunk_rows=3)  # small chunks: several per sheet

    monkeypatch.setattr(sheets.SheetRows, "write", spy)
    generated = publication_frames(600, tricky=True)
    write_xlsx(generated, tmp_path / "g.xlsx", **XLSX_ARGS)
    assert len(written) == len(generated)
    assert written[2] == len(generated["questionnaire_responses"])
    written.clear()
    edges = _edge_frames()
    write_xlsx(edges, tmp_path / "e.xlsx", **XLSX_ARGS)
    assert written == [9]  # formats_late; the others are cell by cell
    _reference_write_xlsx(edges, tmp_path / "ref.xlsx", **XLSX_ARGS)
    assert _parts(tmp_path / "e.xlsx") == _parts(tmp_path / "ref.xlsx")


def test_workbook_values_types_and_formats(frames, tmp_path):
    write_xlsx(frames, tmp_path / "new.xlsx", **XLSX_ARGS)
    _reference_write_xlsx(frames, tmp_path / "old.xlsx", **XLSX_ARGS)
    new = openpyxl.load_workbook(tmp_path / "new.xlsx")
    old = openpyxl.load_workbook(tmp_path / "old.xlsx")
    assert new.sheetnames == old.sheetnames
    for name in new.sheetnames:
        a = [[(c.value, c.data_type, c.number_format) for c in row] for row in new[name].rows]
        b = [[(c.value, c.data_type, c.number_format) for c in row] for row in old[name].rows]
        assert a == b, name
    late = new["formats_late"]
    assert [c.value for c in late[1]][:4] == ["label", "cost_eur", "pct_done", "when"]
    assert late["B10"].value == 1500 and late["B10"].number_format == '#,##0 "€"'
    assert late["C9"].value == 12.5 and late["C9"].number_format == '0.0" %"'
    assert (
        late["D10"].value == dt.datetime(2025, 3, 1) and late["D10"].number_format == "dd/mm/yyyy"
    )
    assert late["E8"].value == dt.datetime(2025, 1, 2, 3, 4, 5)
    assert late["E8"].number_format == "yyyy-mm-dd hh:mm"
    assert late["F2"].value == 0.25 and late["F2"].number_format == "0.0%"
    assert late["K2"].value is True and late["K3"].value is None and late["K4"].value is False
    assert late["M2"].value is None and late["M4"].value == "a;' =b"
    answers = new["questionnaire_responses"]
    header = [c.value for c in answers[1]]
    texts = [
        r[header.index("actions_text")] for r in answers.iter_rows(min_row=2, values_only=True)
    ]
    tricky = {t for t in texts if isinstance(t, str)}
    assert "'=1+2" in tricky and "'-5 % de conso" in tricky and " espace devant" in tricky
    assert "ctrl fin" in tricky  # control characters dropped
    assert max(map(len, tricky)) == 32_000  # a text longer than a cell is cut


# ----------------------------------------------------------------------------- CSV


@pytest.mark.parametrize("chunk_rows", [20_000, 7])
def test_csv_identical_to_reference(frames, tmp_path, chunk_rows):
    for name, df in frames.items():
        _reference_write_csv(name, df, tmp_path / "old.csv", chunk_rows=chunk_rows)
        write_csv(name, df, tmp_path / "new.csv", chunk_rows=chunk_rows)
        assert (tmp_path / "new.csv").read_bytes() == (tmp_path / "old.csv").read_bytes(), name


def test_csv_direct_text_taken_and_equal_to_pandas(frames):
    """The direct CSV text (not pandas) is what the generated tables get, byte for byte
    pandas' own ``to_csv`` of the same frame; mixed objects are left to pandas."""
    generated = publication_frames(600, tricky=True)
    for name, df in generated.items():
        frame = csv_frame(df)
        text = writers._csv_text(frame, header=True)
        assert text is not None, name
        buffer = io.StringIO(newline="")
        frame.to_csv(buffer, sep=";", decimal=",", index=False, lineterminator="\n",
                     float_format="%.15g")  # fmt: skip
        assert text == buffer.getvalue(), name
    assert writers._csv_text(csv_frame(frames["mixed"]), header=True) is None
    assert writers._csv_text(csv_frame(frames["empty"]), header=True) == "a;n\n"
    assert writers._csv_field('a;"b"') == '"a;""b"""' and writers._csv_field("a\rb") == "a\rb"


def test_csv_cells_real_values(frames):
    df = frames["formats_late"]
    out = csv_frame(df)
    assert out["empty_list"].tolist()[:3] == [None, "", "a;'=b"]
    assert out["flag"].tolist()[:3] == ["oui", None, "non"]
    assert out["when"].iloc[-1] == "2025-03-01"
    assert out["seen_at"].iloc[-1] == "2025-01-02T03:04:05"
    mixed = csv_frame(frames["mixed"])
    assert mixed["anything"].tolist()[:4] == ["texte", 3, 2.5, dt.date(2025, 3, 1)]
    assert mixed["anything"].iloc[7] == "'-x"
    buffer = io.StringIO()
    csv_frame(frames["formats_late"].head(2)).to_csv(
        buffer, sep=";", decimal=",", index=False, float_format="%.15g", lineterminator="\n"
    )
    assert buffer.getvalue().splitlines()[1].startswith("ligne 0;;;;;0,25;0;1;0;0;oui;;")


# ----------------------------------------------------------------------------- Parquet


def test_parquet_identical_to_reference(frames, tmp_path):
    for name, df in frames.items():
        _reference_write_parquet(name, df, tmp_path / "old.parquet")
        write_parquet(name, df, tmp_path / "new.parquet")
        assert (tmp_path / "new.parquet").read_bytes() == (tmp_path / "old.parquet").read_bytes()
        assert pq.read_table(tmp_path / "new.parquet").equals(
            pq.read_table(tmp_path / "old.parquet")
        )


def test_parquet_real_values(frames, tmp_path):
    write_parquet("formats_late", frames["formats_late"], tmp_path / "f.parquet")
    table = pq.read_table(tmp_path / "f.parquet")
    assert str(table.schema.field("when").type) == "date32[day]"
    assert str(table.schema.field("empty_list").type) == "list<element: string>"
    assert table.column("when").to_pylist()[-2:] == [None, dt.date(2025, 3, 1)]
    assert table.column("blank").to_pylist()[:3] == ["", "x", ""]  # not neutralised, not null
    assert table.column("empty_list").to_pylist()[:3] == [[], [""], ["a", "=b"]]


# ----------------------------------------------------------------------------- texts


def test_neutralised_matches_neutralise_on_random_texts():
    """The pre-check never skips a text neutralise() would change."""
    alphabet = ["a", "1", " ", "\t", "\r", ",", ";", "|", "=", "+", "-", "@", "%", ".", "€",
                "\u200b", "\ufeff", "\u00ad", "\uff1d", "\uff0b", "\uff0d", "\uff20", "\n"]  # fmt: skip
    rng = random.Random(19)
    texts = ["".join(rng.choices(alphabet, k=rng.randint(0, 8))) for _ in range(20_000)]
    expected = [neutralise(text) for text in texts]
    assert sum(e != t for e, t in zip(expected, texts, strict=True)) > 1_000  # real work
    for text, neutral in zip(texts, expected, strict=True):
        assert sheets.neutralised(text) == neutral, repr(text)
    assert sheets.neutralise_many(texts) == expected  # joined: one pre-check pass
    assert sheets.neutralise_many([*texts[:50], "\ue000=x"]) == [*expected[:50], "\ue000=x"]


def test_xlsx_texts_match_one_by_one():
    texts = ["=a", "b\x01c", "", "_x0041_", "x" * 40_000, "\ue000 séparateur", "ok,-1", "ok,-x"]
    expected = [sheets.xlsx_text(t) for t in texts]
    assert sheets.xlsx_texts(texts) == expected  # the separator inside a text: one by one
    assert sheets.xlsx_texts(texts[:-3] + texts[-2:]) == expected[:-3] + expected[-2:]
    assert expected[0] == "'=a" and expected[1] == "bc" and len(expected[4]) == 32_000
    assert writers._xlsx_value("ok,=1", "string") == "ok,'=1"
