"""Writers of one published table or package: CSV, Parquet, XLSX, datapackage.json, HTML.

Formats (contract: ``shared/spec/published_tables.md``) are described in
:mod:`assets.publication.folder`, which calls these writers into the hidden folder it then
swaps in.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import math
import os
import re
import weakref
from collections.abc import Callable, Iterator, Mapping, MutableMapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from assets.publication import csv_blocks, sheet_blocks
from assets.publication.schema import (
    PRIMARY_KEYS,
    TABLE_DESCRIPTIONS,
    column_description,
    table_fields,
)
from assets.publication.sheets import (
    ILLEGAL_XLSX_RE,
    SheetRows,
    Unsupported,
    column_cells,
    matching_texts,
    neutralise_many,
)
from assets.publication.tables import _column_kind, _is_missing, neutralise

_ILLEGAL_XLSX_RE = ILLEGAL_XLSX_RE
LIST_SEPARATOR = ";"


# ----------------------------------------------------------------------------- CSV


def _kind(series: pd.Series) -> str:
    """:func:`_column_kind`, with the common all-text column recognised in one C pass."""
    if series.dtype == object and pd.api.types.infer_dtype(series, skipna=True) == "string":
        return "string"
    return _column_kind(series)


# Column kinds of the last large frames written (id → weak reference, columns and dtypes,
# kinds): the CSV, Parquet and workbook writers of one table ask for the same kinds, and a
# published frame is not modified once prepared.
_KINDS: dict[int, tuple[weakref.ref[pd.DataFrame], str, dict[str, str]]] = {}
_KINDS_KEPT = 16


def frame_kinds(df: pd.DataFrame) -> dict[str, str]:
    """:func:`_kind` of every column of ``df`` (kept for the next writer of a large frame)."""
    signature = repr([(c, str(t)) for c, t in df.dtypes.items()])
    kept = _KINDS.get(id(df))
    if kept is not None and kept[0]() is df and kept[1] == signature:
        return dict(kept[2])
    kinds = {c: _kind(df[c]) for c in df.columns}
    if len(df) >= 5_000:
        for key in [k for k, (r, _, _) in _KINDS.items() if r() is None]:
            del _KINDS[key]
        _KINDS[id(df)] = (weakref.ref(df), signature, dict(kinds))
        while len(_KINDS) > _KINDS_KEPT:
            _KINDS.pop(next(iter(_KINDS)))
    return kinds


# Codes and distinct values of the text columns of large frames (id → weak reference,
# {column: (codes, uniques)}): a grown table's are merged from its kept ones
# (assets.publication.incremental.grown_packed) and given to the Parquet writer, which
# otherwise factorises every text column of 100 000 rows again. ``pd.factorize`` would give
# other codes for the same values: the Arrow column built from them is the same.
_CODES: dict[int, tuple[weakref.ref[pd.DataFrame], dict[str, tuple[np.ndarray, np.ndarray]]]] = {}


def remember_codes(df: pd.DataFrame, codes: Mapping[str, tuple[np.ndarray, np.ndarray]]) -> None:
    """Keep ``codes`` (column → per-row codes, -1 where missing, and distinct values) of
    ``df``, a frame not modified once prepared."""
    for key in [k for k, (r, _) in _CODES.items() if r() is None or k == id(df)]:
        del _CODES[key]
    _CODES[id(df)] = (weakref.ref(df), dict(codes))
    while len(_CODES) > _KINDS_KEPT:
        _CODES.pop(next(iter(_CODES)))


def _codes_of(df: pd.DataFrame, column: str, n: int) -> tuple[np.ndarray, np.ndarray] | None:
    kept = _CODES.get(id(df))
    if kept is None or kept[0]() is not df:
        return None
    found = kept[1].get(column)
    return found if found is not None and len(found[0]) == n else None


def _per_distinct(
    values: Any,
    convert: Callable[[Any], object] | None = None,
    *,
    many: Callable[[list[Any]], list[Any]] | None = None,
) -> np.ndarray:
    """``convert`` of each distinct non-missing value (or ``many`` of them all), spread back
    over the rows (``None`` where missing): a large column repeats its values."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    converted = np.empty(len(uniques) + 1, dtype=object)
    distinct = list(uniques)
    converted[:-1] = many(distinct) if many is not None else [convert(v) for v in distinct]  # type: ignore[misc]
    converted[-1] = None
    return converted[codes]


def _csv_list(value: object) -> str | None:
    return None if _is_missing(value) or not len(value) else LIST_SEPARATOR.join(value)


def csv_frame(df: pd.DataFrame, kinds: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The text a CSV cell shows: lists ``;``-joined, ``oui``/``non``, ISO dates, neutralised.

    Each distinct value is formatted (and neutralised) once; a list is joined per cell.
    """
    out = df.copy()
    for column in out.columns:
        kind = kinds[column] if kinds is not None else _kind(out[column])
        s = out[column]
        if kind == "list":
            joined = np.fromiter(map(_csv_list, s.to_numpy(dtype=object)), object, len(s))
            out[column] = _per_distinct(joined, many=neutralise_many)
        elif kind == "boolean":
            out[column] = _per_distinct(s.to_numpy(dtype=object), lambda v: "oui" if v else "non")
        elif kind == "date":
            out[column] = _per_distinct(s.to_numpy(dtype=object), lambda v: v.isoformat())
        elif kind == "datetime":
            out[column] = _per_distinct(s, lambda v: v.strftime("%Y-%m-%dT%H:%M:%S"))
        elif kind == "string":
            values = s.to_numpy(dtype=object)
            if pd.api.types.infer_dtype(values, skipna=True) == "string":
                texts = _per_distinct(values, many=neutralise_many)
                missing = pd.isna(values)
                texts[missing] = values[missing]  # None stays None, NaN stays NaN
                out[column] = texts
            else:
                out[column] = s.map(lambda v: neutralise(v) if isinstance(v, str) else v)
    return out


CSV_CHUNK_ROWS = 20_000


def _chunk_csv(frame: pd.DataFrame, kinds: Mapping[str, str], *, header: bool) -> str:
    """CSV text of consecutive rows of a table (``kinds`` from its whole columns)."""
    frame = csv_frame(frame, kinds)
    text = _csv_text(frame, header=header)
    if text is None:  # a column the direct writer does not know: pandas writes it
        buffer = io.StringIO(newline="")
        frame.to_csv(
            buffer, sep=";", decimal=",", index=False, lineterminator="\n",
            float_format="%.15g", header=header,
        )  # fmt: skip
        text = buffer.getvalue()
    return text


def write_csv(
    name: str,
    df: pd.DataFrame,
    path: Path,
    chunk_rows: int = CSV_CHUNK_ROWS,
    blocks: MutableMapping[str, Any] | None = None,
) -> None:
    """UTF-8 with BOM, ``;`` separator, ``,`` decimal mark, minimal quoting.

    Written in chunks of ``chunk_rows`` rows (the cell texts of a large answer table are never
    all copied at once); column kinds come from the whole column so every chunk is formatted
    alike, and the bytes are those of a one-shot write. Each chunk is formatted into memory
    and encoded in one write (not one per row).

    ``blocks``: texts kept between publications (:mod:`assets.publication.csv_blocks`); a
    large table is then written block by block, only the blocks not kept being formatted.
    """
    kinds = frame_kinds(df)
    if blocks is not None and len(df) >= csv_blocks.MIN_ROWS:
        csv_blocks.write(name, df, path, kinds, blocks, _chunk_csv)
        return
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        for start in range(0, max(len(df), 1), chunk_rows):
            frame = df.iloc[start : start + chunk_rows]
            handle.write(_chunk_csv(frame, kinds, header=start == 0))


_CSV_QUOTE_RE = re.compile('[;"\n]')


def _csv_field(text: str) -> str:
    """A field as Python's ``csv`` writes it (``;`` separator, ``\\n`` line end, minimal
    quoting): quoted when it holds ``;``, ``"`` or a line feed, quotes doubled."""
    if ";" in text or '"' in text or "\n" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def _csv_fields(texts: list[Any]) -> list[str]:
    """:func:`_csv_field` of many texts: one scan of them all for the characters that need
    quoting (most texts have none)."""
    texts = [str(v) for v in texts]
    for i in matching_texts(_CSV_QUOTE_RE, texts):
        texts[i] = _csv_field(texts[i])
    return texts


def _csv_column(s: pd.Series) -> list[str] | None:
    """The CSV fields of one column of :func:`csv_frame` exactly as ``DataFrame.to_csv``
    writes them (missing: empty; floats ``%.15g`` with a decimal comma), formatted once per
    distinct value; ``None`` for a column of another kind."""
    dtype = s.dtype
    if isinstance(dtype, np.dtype) and dtype.kind == "O":
        values = s.to_numpy(dtype=object)
        if pd.api.types.infer_dtype(values, skipna=True) not in ("string", "empty"):
            return None  # other objects: str()/repr() by the csv module, left to pandas
        fields = _per_distinct(values, many=_csv_fields)
    elif isinstance(dtype, np.dtype) and dtype.kind == "f":
        x = s.to_numpy().astype(np.float64)  # float32: the same double as pandas' `%`
        bits, rows = np.unique(x.view(np.int64), return_inverse=True)  # keeps -0.0 apart
        texts = [("%.15g" % v).replace(".", ",", 1) for v in bits.view(np.float64).tolist()]  # noqa: UP031 - pandas' float_format
        fields = np.asarray(texts, dtype=object)[rows.reshape(-1)]
        fields[np.isnan(x)] = None
    elif isinstance(dtype, np.dtype) and dtype.kind in "iu":
        fields = _per_distinct(s.to_numpy(), str)
    elif isinstance(dtype, pd.Int8Dtype | pd.Int16Dtype | pd.Int32Dtype | pd.Int64Dtype):
        fields = _per_distinct(s.to_numpy(dtype=object, na_value=None), str)
    else:
        return None
    return [v if v is not None else "" for v in fields.tolist()]


def _csv_text(frame: pd.DataFrame, *, header: bool) -> str | None:
    """The CSV text ``to_csv`` writes for ``frame`` (one line per row), or ``None`` when a
    column is of a kind :func:`_csv_column` leaves to pandas."""
    if frame.shape[1] < 2 or not all(isinstance(c, str) for c in frame.columns):
        return None  # a lone empty field is quoted by the csv module: pandas handles it
    columns = []
    for column in frame.columns:
        fields = _csv_column(frame[column])
        if fields is None:
            return None
        columns.append(fields)
    lines = [";".join(_csv_field(c) for c in frame.columns)] if header else []
    lines += map(";".join, zip(*columns, strict=True))
    return "\n".join(lines) + "\n" if lines else ""


# ----------------------------------------------------------------------------- Parquet


def write_parquet(name: str, df: pd.DataFrame, path: Path) -> None:
    """Typed Parquet: list columns as ``list<string>``, nullable integers and booleans.

    Text and date columns are handed to Arrow as whole arrays (missing values as ``None``);
    ``Table.from_pandas`` is not used: it would add pandas metadata to the file.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    fields = []
    arrays = []
    kinds = frame_kinds(df)
    for column in df.columns:
        kind = kinds[column]
        s = df[column]
        if kind == "list":
            arr = pa.array(
                [None if _is_missing(v) else list(v) for v in s], type=pa.list_(pa.string())
            )
        elif kind in ("string", "date"):
            values = s.to_numpy(dtype=object)
            plain = kind == "date" or pd.api.types.infer_dtype(values, skipna=True) == "string"
            target = pa.string() if kind == "string" else pa.date32()
            if plain:
                # each distinct value converted once, then taken per row (missing: null)
                known = _codes_of(df, column, len(values))
                codes, uniques = known or pd.factorize(values, use_na_sentinel=True)
                indices = pa.array(codes, mask=codes < 0)
                arr = pa.array(np.asarray(uniques, dtype=object), type=target).take(indices)
            else:
                values = [None if _is_missing(v) else str(v) for v in values]
                arr = pa.array(values, type=target)
        else:
            arr = pa.Array.from_pandas(s)
        fields.append(pa.field(column, arr.type))
        arrays.append(arr)
    table = pa.Table.from_arrays(arrays, schema=pa.schema(fields))
    pq.write_table(table, path)


# ----------------------------------------------------------------------------- XLSX


def _xlsx_value(value: object, kind: str) -> object:
    if _is_missing(value):
        return None
    if kind == "list":
        return neutralise("; ".join(value)) if len(value) else None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, str):
        value = neutralise(_ILLEGAL_XLSX_RE.sub("", value))
        return value[:32_000]
    return value


def _number_format(column: str, kind: str) -> str | None:
    if column.endswith("_eur"):
        return '#,##0 "€"'
    if column == "response_rate":
        return "0.0%"
    if column.startswith("pct_"):
        return '0.0" %"'
    if column.startswith(("mean_", "score")) or column.endswith("_axis"):
        return "0.00"
    if kind == "date":
        return "dd/mm/yyyy"
    if kind == "integer":
        return "0"
    return None


def _readme_rows(
    region_code: str,
    tables: Mapping[str, pd.DataFrame],
    descriptions: Mapping[str, str],
    config: Mapping[str, Any] | None,
    published_at: str,
) -> list[list[object]]:
    rows: list[list[object]] = [
        [f"Diagnostic régional de la COP — région {region_code}"],
        [f"Publié le {published_at[:10]} (données de la dernière actualisation)."],
        [],
        ["Contenu"],
        ["Table (onglet)", "Description", "Nombre de lignes"],
    ]
    for name, df in tables.items():
        rows.append([name, descriptions.get(name, TABLE_DESCRIPTIONS.get(name, "")), len(df)])
    rows += [
        [],
        ["Conventions"],
        ["Montants", "en euros (nombres)"],
        ["Pourcentages", "colonnes pct_* : de 0 à 100 ; response_rate : ratio de 0 à 1"],
        ["Échelles", "pertinence de 0 (nulle) à 4 (très forte) ; déploiement de 0 (non) à 3 (oui, à grande échelle) ; « Ne sait pas » = vide"],
        ["Listes", "valeurs séparées par « ; »"],
        ["Formules", "un texte commençant par = + - @ (même après des espaces ou caractères invisibles, ou après une virgule, un point-virgule ou une tabulation) est précédé d'une apostrophe pour ne jamais être exécuté"],
        ["Données personnelles", "nom, fonction et courriel des répondants ne sont jamais publiés ; courriels, numéros de téléphone et noms de personnes cités dans les textes et les noms de fichiers sont masqués ([courriel masqué], [téléphone masqué], [nom masqué])"],
        ["Fichiers", "chaque table existe aussi en CSV (UTF-8, séparateur « ; », décimale « , ») et en Parquet ; datapackage.json décrit les CSV"],
    ]  # fmt: skip
    if config:
        rows += [[], ["Paramètres du diagnostic"], ["Paramètre", "Valeur"]]
        rows += [
            [k, json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v]
            for k, v in config.items()
        ]
    rows += [[], ["Dictionnaire des colonnes"], ["Table", "Colonne", "Description"]]
    for name, df in tables.items():
        for column in df.columns:
            rows.append([name, column, column_description(name, column)])
    return rows


def write_xlsx(
    tables: Mapping[str, pd.DataFrame],
    path: Path,
    *,
    region_code: str,
    descriptions: Mapping[str, str],
    config: Mapping[str, Any] | None,
    published_at: str,
    carried: Mapping[str, Sequence[Sequence[str]]] | None = None,
    blocks: MutableMapping[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """One workbook: « Lisez-moi » then a sheet per table (frozen header, filter, formats).

    XlsxWriter in constant-memory mode streams rows to disk; a table's rows are made once per
    distinct value and written a sheet at a time (:mod:`assets.publication.sheets`, the same
    bytes as the cell-by-cell loop kept below for the last row and unusual sheets). Strings
    are never turned into formulas or links (text from inputs is also neutralised by
    :func:`neutralise`).

    Returns one record per table sheet: its title and the formats its rows number, in order
    (:class:`StyleTrace`). A table in ``carried`` (name → such a record's ``styles``) gets an
    empty sheet of the same title and filter, its formats numbered where its rows would have
    numbered them: the sheet's XML is then taken from the previous workbook
    (:mod:`assets.publication.workbook_splice`) and the styles are those of a full write.

    A table of :data:`sheet_blocks.MIN_ROWS` rows or more has its data rows written by blocks
    (:mod:`assets.publication.sheet_blocks`): those kept in ``blocks`` (texts kept between
    publications, as for the CSV) are not rendered nor deflated again.
    """
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
    trace = StyleTrace()
    header = trace.watch(
        wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E79"}), "header"
    )
    title_format = trace.watch(wb.add_format({"bold": True, "font_size": 14}), "title")
    section_format = trace.watch(wb.add_format({"bold": True, "font_size": 12}), "section")
    number_formats: dict[str, Any] = {}

    def number_format(fmt: str) -> Any:
        if fmt not in number_formats:
            number_formats[fmt] = trace.watch(wb.add_format({"num_format": fmt}), "num:" + fmt)
        return number_formats[fmt]

    def named_format(name: str) -> Any:
        fixed = {"header": header, "title": title_format, "section": section_format}
        return fixed[name] if name in fixed else number_format(name.removeprefix("num:"))

    def format_names() -> dict[int, str]:
        fixed = {"header": header, "title": title_format, "section": section_format}
        names = {id(f): "num:" + s for s, f in number_formats.items()}
        return {**names, **{id(f): n for n, f in fixed.items()}}

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
    trace.on_close(readme, None, [])  # always written: not recorded
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
            write(readme, i, j, _xlsx_value(value, "string"), fmt)

    carried = carried or {}
    records: list[dict[str, Any]] = []
    block_rows: dict[str, list[sheet_blocks.Part]] = {}
    for position, ((name, df), title) in enumerate(
        zip(tables.items(), sheet_titles(list(tables)), strict=True)
    ):
        ws = wb.add_worksheet(title)
        columns = list(df.columns)
        if name in carried:
            if blocks is not None and len(df) >= sheet_blocks.MIN_ROWS:
                sheet_blocks.keep(name, blocks)
            # Rows taken from the previous workbook: same filter (a defined name of the
            # workbook), the formats numbered as its rows numbered them.
            if columns:
                ws.autofilter(0, 0, len(df), len(columns) - 1)
            bulk, last = carried[name]
            trace.segment = None  # not part of the sheet written before
            trace.replay([named_format(n) for n in bulk])
            trace.on_close(ws, None, [named_format(n) for n in last])
            records.append({"table": name, "title": title, "styles": [list(bulk), list(last)]})
            continue
        bulk_seen, last_seen = trace.record()
        trace.on_close(ws, last_seen, [])
        records.append({"table": name, "title": title, "styles": [bulk_seen, last_seen]})
        kinds = frame_kinds(df)
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
        if columns and len(df) >= sheet_blocks.MIN_ROWS:
            try:
                parts = sheet_blocks.plan_rows(
                    ws, df, column_kinds, formats, number_format, named_format, format_names,
                    blocks if blocks is not None else {}, name,
                )  # fmt: skip
            except Unsupported:
                parts = None
            if parts is not None:  # rows put in after close, the dimension is theirs
                ws.dim_rowmax = max(ws.dim_rowmax or 0, len(df))
                block_rows[f"xl/worksheets/sheet{position + 2}.xml"] = parts
                continue
        # Every written row but the last at once (assets.publication.sheets); the rest, or
        # the whole sheet when the fast path declines, cell by cell.
        plan = _sheet_rows(ws, df, column_kinds, formats, number_format)
        first = 1 if plan is None else plan.write(ws) + 1
        rest = df.iloc[first - 1 :].itertuples(index=False, name=None)
        for r, values in enumerate(rest, start=first):
            for j, value in enumerate(values):
                write(ws, r, j, _xlsx_value(value, column_kinds[j]), formats[j])
    trace.segment = None
    with _fast_deflate_for_large_parts():
        wb.close()
    if block_rows:
        sheet_blocks.insert_rows(path, block_rows)
    for record in records:
        record["styles"] = [list(names) for names in record["styles"]]
    return records


# A workbook part larger than this (uncompressed) is deflated at level 1 instead of zlib's
# default 6: the answers sheet of a large region (~100 MB of XML) compresses in a third of the
# time for a file ~20 % larger. Smaller parts keep the default level.
FAST_DEFLATE_BYTES = 32 * 1024 * 1024


@contextlib.contextmanager
def _fast_deflate_for_large_parts() -> Iterator[None]:
    """While XlsxWriter zips the workbook (``Workbook.close``), large parts are deflated at
    level 1 (its zip file class is swapped for one choosing the level by size)."""
    import zipfile

    import xlsxwriter.workbook as xw

    class _Zip(zipfile.ZipFile):
        def write(self, filename, arcname=None, compress_type=None, compresslevel=None):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN202
            if compresslevel is None and os.path.getsize(filename) > FAST_DEFLATE_BYTES:
                compresslevel = 1
            return super().write(filename, arcname, compress_type, compresslevel)

    original = xw.ZipFile
    xw.ZipFile = _Zip
    try:
        yield
    finally:
        xw.ZipFile = original


def sheet_titles(names: Sequence[str]) -> list[str]:
    """The sheet title of each table: forbidden characters replaced, 31 characters, unique
    (case-insensitively, « Lisez-moi » included)."""
    used: set[str] = {"lisez-moi"}
    titles = []
    for name in names:
        title = re.sub(r"[\[\]:*?/\\]", "_", name)[:31]
        base, i = title, 2
        while title.lower() in used:
            title = f"{base[:28]}_{i}"
            i += 1
        used.add(title.lower())
        titles.append(title)
    return titles


class StyleTrace:
    """The formats each table sheet numbers, in the order it first numbers them.

    XlsxWriter numbers a format (its index in ``styles.xml``, which every cell refers to) when
    the first cell using it is flushed: while a sheet is written for all its rows but the last,
    and at ``close`` for each sheet's last row, in sheet order. A sheet whose XML is carried
    over from the previous workbook must number its formats at the same moments for the
    workbook's styles to be those of a full write: each sheet's two lists (names such as
    ``header`` or ``num:0.00``) are recorded while it is written and replayed when it is not.
    """

    def __init__(self) -> None:
        self.segment: dict[str, None] | None = None

    def watch(self, fmt: Any, name: str) -> Any:
        """Record, in the current segment, every numbering of ``fmt`` (an instance attribute
        over ``Format._get_xf_index``, which XlsxWriter calls for every flushed cell)."""
        original = fmt._get_xf_index

        def traced() -> int:
            segment = self.segment
            if segment is not None and name not in segment:
                segment[name] = None
            return original()

        fmt._get_xf_index = traced
        return fmt

    def replay(self, formats: Sequence[Any]) -> None:
        """Number ``formats`` in this order, as the rows of a carried sheet did."""
        for fmt in formats:
            fmt._get_xf_index()

    def record(self) -> tuple[dict[str, None], dict[str, None]]:
        """Segments of a sheet about to be written: its rows (recorded from now on) and its
        last row (see :meth:`on_close`); read them after ``close``."""
        self.segment = {}
        return self.segment, {}

    def on_close(self, ws: Any, segment: dict[str, None] | None, formats: Sequence[Any]) -> None:
        """At ``close``, when XlsxWriter flushes the last row of ``ws`` (``_opt_reopen`` comes
        just before, sheet after sheet): record into ``segment``, number ``formats``."""
        original = ws._opt_reopen

        def reopen() -> None:
            self.segment = segment
            self.replay(formats)
            original()

        ws._opt_reopen = reopen


def _sheet_rows(
    ws: Any,
    df: pd.DataFrame,
    kinds: list[str],
    formats: list[Any],
    number_format: Callable[[str], Any],
) -> SheetRows | None:
    """The fast writer of a table's rows (:mod:`assets.publication.sheets`), or ``None``
    when the sheet has fewer than two written rows or a value it does not handle."""
    if not len(df.columns) or len(df) < 2:
        return None
    try:
        columns = [
            column_cells(ws, df.iloc[:, j], kinds[j], formats[j], number_format)
            for j in range(len(df.columns))
        ]
    except Unsupported:
        return None
    plan = SheetRows(columns, formats)
    return plan if len(plan.rows) >= 2 else None


# ----------------------------------------------------------------------------- datapackage


def datapackage_descriptor(
    region_code: str,
    tables: Mapping[str, pd.DataFrame],
    descriptions: Mapping[str, str],
    config: Mapping[str, Any] | None,
    published_at: str,
    *,
    hashes: Mapping[str, str] | None = None,
    cache: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Frictionless Data Package: one tabular resource per CSV with its Table Schema.

    ``hashes`` (content hash per table) and ``cache``: a table's resource depends on its
    content and description alone; one kept in ``cache`` under the same hash is used as is.
    """
    resources = []
    for name, df in tables.items():
        cache_key = None
        if hashes is not None and cache is not None and name in hashes:
            description = descriptions.get(name)
            cache_key = "resource:" + json.dumps(
                [name, hashes[name], description], ensure_ascii=False
            )
            found = cache.get(cache_key)
            if isinstance(found, dict):
                resources.append(json.loads(json.dumps(found)))
                continue
        schema: dict[str, Any] = {
            "fields": table_fields(df, name, frame_kinds(df)),
            "missingValues": [""],
        }
        key = PRIMARY_KEYS.get(name)
        if key and set(key) <= set(df.columns) and len(df):
            if df[key].notna().all().all() and not df.duplicated(key).any():
                schema["primaryKey"] = key
        resources.append(
            {
                "name": name,
                "path": f"{name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig",
                "title": descriptions.get(name, TABLE_DESCRIPTIONS.get(name, name)),
                "description": descriptions.get(name, TABLE_DESCRIPTIONS.get(name, "")),
                "dialect": {
                    "delimiter": ";",
                    "quoteChar": '"',
                    "doubleQuote": True,
                    "header": True,
                },
                "schema": schema,
            }
        )
        if cache_key is not None and cache is not None:
            cache[cache_key] = json.loads(json.dumps(resources[-1], default=str))
    package: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": f"copdiag-diagnostic-{region_code.lower()}",
        "title": f"Diagnostic régional de la COP — région {region_code}",
        "description": (
            "Tables du diagnostic régional de la COP (planification écologique) : actions des "
            "plans, objectifs des contrats, réponses au questionnaire des collectivités, état "
            "des lieux par levier, familles de leviers, thèmes prioritaires, projets exemplaires "
            "et actions candidates. CSV en UTF-8, séparateur « ; », décimale « , »."
        ),
        "created": published_at,
        "resources": resources,
    }
    if config:
        package["copdiag_config"] = config
    return package


def write_datapackage(descriptor: Mapping[str, Any], path: Path) -> None:
    path.write_text(
        json.dumps(descriptor, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
    )


def write_html(html: str, path: Path) -> None:
    path.write_text(html, encoding="utf-8")
