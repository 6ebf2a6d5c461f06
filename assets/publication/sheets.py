"""Fast rows of a workbook sheet: XlsxWriter's own cell XML, built once per distinct value.

Writing a large region's workbook cell by cell through ``Worksheet.write`` cost about a minute
(70 000 answer rows × 17 columns plus the actions): every cell went through the type
dispatch, the escaping and the XML element writer of XlsxWriter. Here each column is turned
into cells once per *distinct* value (XlsxWriter's cell tuples: number, string, boolean,
date, blank; a plain ``str`` for a text in the column format), each distinct cell's XML is
made once (numbers and texts in the forms of XlsxWriter's ``_write_cell``, their opening and
closing parts taken from it, texts escaped all at once; anything else rendered by
``_write_cell`` itself), and the sheet's ``<row>`` elements are joined from those fragments
and the cell references, then streamed into the worksheet's constant-memory row file, where
XlsxWriter would have put them. The workbook is byte-for-byte the one the cell-by-cell loop
writes (``tests/assets/publication/test_writers_equivalence.py`` compares them):

- style indexes are assigned in the order the cell-by-cell loop would first use them (XlsxWriter
  numbers a format when the first cell using it is flushed);
- the header row is flushed exactly when the first data row would have flushed it, and the
  last written data row still goes through ``Worksheet.write`` (XlsxWriter keeps it pending
  until ``close``, which also numbers the formats it alone uses);
- anything unusual (a value of another type, a time zone, a ``Decimal``…) sends the whole
  sheet back to the cell-by-cell loop, which stays the reference.

It relies on XlsxWriter internals (pinned version in ``pyproject.toml``): the equivalence tests
fail if an upgrade changes them. Also here: the text helpers shared with the CSV writer
(:func:`neutralise_many`, :func:`matching_texts`), which scan many texts joined at once.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd
from xlsxwriter.utility import _utf16_len, _utf16_truncate, xl_col_to_name
from xlsxwriter.worksheet import (
    CellBlankTuple,
    CellBooleanTuple,
    CellDatetimeTuple,
    CellNumberTuple,
    CellStringTuple,
)
from xlsxwriter.xmlwriter import re_control_chars_1, re_control_chars_2

from assets.publication.tables import neutralise

# Characters a spreadsheet cell cannot hold (dropped from texts, as ``_xlsx_value`` does).
ILLEGAL_XLSX_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
# What :func:`neutralise` may act on (a superset of its two rules: a trigger after a
# separator, or at the start after invisible characters); a text without it comes back
# unchanged, so neutralise() runs only where this matches.
_INVISIBLE = "\\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff"
_AFTER_SEPARATOR = f"[,;\t|][{_INVISIBLE}]*[=@+\\-\uff1d\uff20\uff0b\uff0d]"
_AT_START = f"[{_INVISIBLE}]*[=+\\-@\t\r\uff1d\uff0b\uff0d\uff20]"
_FORMULA_CHARS_RE = re.compile(f"{_AFTER_SEPARATOR}|^{_AT_START}")
# Joins many texts so one regular-expression pass treats them all (a private-use character:
# the joined form is used only when no text contains it). The same pre-check over joined
# texts: a text starts at the start or after a separator (neither rule can span one).
_SEP = "\ue000"
# Split in two for speed: the first starts with a character set (a fast scan over joined
# texts), the second is tried at the start of each text only.
_AFTER_SEPARATOR_RE = re.compile(_AFTER_SEPARATOR)
_AT_START_RE = re.compile(_AT_START)


def _joined(texts: list[str]) -> str | None:
    big = _SEP.join(texts)
    return big if big.count(_SEP) == max(len(texts) - 1, 0) else None


def neutralised(text: str) -> str:
    """:func:`neutralise`, skipped (same result) for a text without any formula character."""
    return neutralise(text) if _FORMULA_CHARS_RE.search(text) else text


def matching_texts(pattern: re.Pattern[str], texts: list[str], big: str | None = None) -> set[int]:
    """Indexes of the ``texts`` where ``pattern`` (which must not match the private-use
    separator) finds something, by one scan of their joined form (``big``, if known)."""
    big = _joined(texts) if big is None else big
    if big is None:  # a text holds the separator: one scan per text
        return {i for i, v in enumerate(texts) if pattern.search(v)}
    found = [m.start() for m in pattern.finditer(big)]
    if not found:
        return set()
    starts = np.cumsum([0, *(len(v) + 1 for v in texts[:-1])])
    return set((np.searchsorted(starts, found, side="right") - 1).tolist())


def neutralise_many(texts: list[str], big: str | None = None) -> list[str]:
    """:func:`neutralise` of many texts (``big``: their :func:`_joined` form, if known): one
    pre-check pass over them all, neutralise() only on the texts it flags."""
    flagged = matching_texts(_AFTER_SEPARATOR_RE, texts, big)
    flagged.update(i for i, v in enumerate(texts) if _AT_START_RE.match(v))
    out = list(texts)
    for i in flagged:
        out[i] = neutralise(texts[i])
    return out


def xlsx_text(value: str) -> str:
    """``_xlsx_value`` of a text: control characters dropped, neutralised, 32 000 at most."""
    return neutralise(ILLEGAL_XLSX_RE.sub("", value))[:32_000]


def xlsx_texts(texts: list[str]) -> list[str]:
    """:func:`xlsx_text` of many texts: one pass over them all, :func:`neutralise` only where
    a formula character occurs."""
    big = _joined(texts)
    if big is None or not texts:
        return [xlsx_text(v) for v in texts]
    big = ILLEGAL_XLSX_RE.sub("", big)
    cleaned = neutralise_many(big.split(_SEP), big)
    return [v if len(v) <= 32_000 else v[:32_000] for v in cleaned]


# Cell values of one column: distinct XlsxWriter cell tuples and, per row, the index of its
# cell in that list (-1: nothing written).
Cells = tuple[np.ndarray, list[Any]]
# ``number_format(fmt)``: the workbook's shared Format for a number format string.
NumberFormat = Callable[[str], Any]


class Unsupported(Exception):
    """A value the fast path does not handle: the sheet is written cell by cell."""


def _string_cell(text: str, fmt: Any) -> Any:
    """What ``Worksheet.write`` stores for a text: blank/nothing when empty, else inline."""
    if text == "":
        return CellBlankTuple(fmt) if fmt is not None else None
    if len(text) > 32_767 // 2 and _utf16_len(text) > 32_767:
        text = _utf16_truncate(text, 32_767)
    return CellStringTuple(text, fmt)


class _Column:
    """Turns the values of one column into cell tuples, one per distinct value."""

    def __init__(self, ws: Any, fmt: Any, number_format: NumberFormat) -> None:
        self.ws = ws
        self.fmt = fmt
        self.number_format = number_format
        self.cells: list[Any] = []

    def add(self, cell: Any) -> int:
        if cell is None:
            return -1
        self.cells.append(cell)
        return len(self.cells) - 1

    def add_texts(self, texts: list[str]) -> list[int]:
        """Add text cells, a plain ``str`` each (a string cell in the column format)."""
        start = len(self.cells)
        self.cells.extend(texts)
        codes = list(range(start, start + len(texts)))
        for i, text in enumerate(texts):
            if text == "" or len(text) > 32_767 // 2:
                cell = _string_cell(text, self.fmt)
                self.cells[start + i] = cell if cell is not None else ""
                if cell is None:
                    codes[i] = -1
        return codes

    def date_cell(self, value: dt.date) -> Any:
        """``write()`` of a date or datetime: the column format, else an ISO-like default."""
        fmt = self.fmt
        if fmt is None:
            is_datetime = isinstance(value, dt.datetime)
            fmt = self.number_format("yyyy-mm-dd hh:mm" if is_datetime else "yyyy-mm-dd")
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            raise Unsupported("datetime with a time zone")
        return CellDatetimeTuple(self.ws._convert_date_time(value), fmt)

    def value_cell(self, value: object) -> Any:
        """The cell ``write(ws, r, c, value, fmt)`` stores for an ``_xlsx_value`` result."""
        t = type(value)
        if value is None:
            return None
        if t is str:
            return _string_cell(value, self.fmt)  # type: ignore[arg-type]
        if t is bool:
            return CellBooleanTuple(1 if value else 0, self.fmt)
        if t is int:
            return CellNumberTuple(value, self.fmt)
        if t is float:
            return CellNumberTuple(value, self.fmt) if math.isfinite(value) else None  # type: ignore[arg-type]
        if t is dt.datetime or t is dt.date:
            return self.date_cell(value)  # type: ignore[arg-type]
        raise Unsupported(f"type {t.__name__}")


def _factorized(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    return np.asarray(codes, dtype=np.int64), np.asarray(uniques, dtype=object)


def _remap(codes: np.ndarray, cell_codes: Sequence[int]) -> np.ndarray:
    """Row codes of distinct source values → row codes of cells (-1 stays -1)."""
    table = np.asarray([*cell_codes, -1], dtype=np.int64)
    return table[codes]  # code -1 picks the trailing -1


def column_cells(
    ws: Any,
    s: pd.Series,
    kind: str,
    fmt: Any,
    number_format: NumberFormat,
) -> Cells:
    """The cells ``write_xlsx`` writes for column ``s`` (``kind`` from ``_column_kind``)."""
    col = _Column(ws, fmt, number_format)
    n = len(s)
    dtype = s.dtype
    if kind == "list":
        return _list_cells(col, s)
    if isinstance(dtype, np.dtype) and dtype.kind == "f":
        x = s.to_numpy(dtype=np.float64)
        valid = np.isfinite(x)
        bits, rows = np.unique(x[valid].view(np.int64), return_inverse=True)
        codes = np.full(n, -1, dtype=np.int64)
        codes[valid] = rows.reshape(-1)
        for v in bits.view(np.float64).tolist():
            col.add(CellNumberTuple(v, fmt))
        return codes, col.cells
    if isinstance(dtype, np.dtype) and dtype.kind in "iu":
        uniq, rows = np.unique(s.to_numpy(), return_inverse=True)
        for v in uniq.tolist():
            col.add(CellNumberTuple(v, fmt))
        return rows.reshape(-1).astype(np.int64), col.cells
    if isinstance(dtype, np.dtype) and dtype.kind == "b":
        x = s.to_numpy()
        for v in (0, 1):
            col.add(CellBooleanTuple(v, fmt))
        return x.astype(np.int64), col.cells
    if isinstance(dtype, pd.BooleanDtype | pd.Int8Dtype | pd.Int16Dtype | pd.Int32Dtype):
        return _masked_cells(col, s)
    if isinstance(dtype, pd.Int64Dtype | pd.UInt8Dtype | pd.UInt16Dtype | pd.UInt32Dtype):
        return _masked_cells(col, s)
    if isinstance(dtype, np.dtype) and dtype.kind == "M":
        x = s.to_numpy()
        valid = ~np.isnat(x)
        uniq, rows = np.unique(x[valid], return_inverse=True)
        codes = np.full(n, -1, dtype=np.int64)
        codes[valid] = rows.reshape(-1)
        for v in uniq:
            col.add(col.date_cell(pd.Timestamp(v).to_pydatetime()))
        return codes, col.cells
    if isinstance(dtype, np.dtype) and dtype.kind == "O":
        return _object_cells(col, s)
    raise Unsupported(f"dtype {dtype}")


def _masked_cells(col: _Column, s: pd.Series) -> Cells:
    """Nullable booleans and integers: python ``bool``/``int`` per distinct value."""
    mask = s.isna().to_numpy()
    values = s.to_numpy(dtype=object, na_value=None)
    codes, uniques = _factorized(np.where(mask, None, values))
    cell_codes = [col.add(col.value_cell(_plain(v))) for v in uniques]
    return _remap(codes, cell_codes), col.cells


def _plain(value: object) -> object:
    return value.item() if isinstance(value, np.generic) else value


def _list_cells(col: _Column, s: pd.Series) -> Cells:
    """``"; "``-joined, neutralised lists (no control-character strip, no 32 000 cut)."""
    joined: list[str | None] = []
    for v in s.to_numpy(dtype=object):
        if v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v)):
            joined.append(None)
        elif not isinstance(v, list | tuple | np.ndarray):
            raise Unsupported("list column with a scalar")
        else:
            joined.append("; ".join(v) if len(v) else None)
    codes, uniques = _factorized(np.asarray(joined, dtype=object))
    cell_codes = col.add_texts(neutralise_many([str(v) for v in uniques]))
    return _remap(codes, cell_codes), col.cells


def _object_cells(col: _Column, s: pd.Series) -> Cells:
    values = s.to_numpy(dtype=object)
    if pd.api.types.infer_dtype(values, skipna=True) == "string":
        # Text only (missing values aside): one conversion per distinct text.
        codes, uniques = _factorized(values)
        texts = xlsx_texts([str(v) for v in uniques])
        cell_codes = col.add_texts(texts)
        return _remap(codes, cell_codes), col.cells
    if pd.api.types.infer_dtype(values, skipna=True) == "date":
        # Plain dates only: one cell per distinct date, in order of first appearance, as the
        # loop below adds them (a datetime or Timestamp among them: the loop).
        codes, uniques = _factorized(values)
        if all(type(v) is dt.date for v in uniques):
            return _remap(codes, [col.add(col.value_cell(v)) for v in uniques]), col.cells
    # Mixed or non-text objects (dates, booleans): one conversion per distinct (type, value).
    seen: dict[tuple[type, object], int] = {}
    codes = np.full(len(values), -1, dtype=np.int64)
    for i, v in enumerate(values):
        t = type(v)
        if v is None or v is pd.NA or v is pd.NaT:
            continue
        if t is float:
            if math.isnan(v):
                continue
            codes[i] = col.add(col.value_cell(v))  # no cache: 0.0 and -0.0 compare equal
            continue
        if isinstance(v, np.generic):
            v = v.item()
            t = type(v)
            if t is float:
                codes[i] = -1 if math.isnan(v) else col.add(col.value_cell(v))
                continue
        elif isinstance(v, pd.Timestamp):
            v = v.to_pydatetime()
            t = type(v)
        if t is str:
            v = xlsx_text(v)  # type: ignore[arg-type]
        elif t not in (bool, int, dt.date, dt.datetime):
            raise Unsupported(f"type {t.__name__}")
        key = (t, v)
        code = seen.get(key)
        if code is None:
            code = seen[key] = col.add(col.value_cell(v))
        codes[i] = code
    return codes, col.cells


class SheetRows:
    """The data rows of one table sheet, planned column by column, then written at once."""

    def __init__(self, columns: list[Cells], formats: list[Any]) -> None:
        self.columns = columns
        self.formats = formats  # the column formats (of the plain ``str`` cells)
        written = np.zeros(len(columns[0][0]) if columns else 0, dtype=bool)
        for codes, _ in columns:
            written |= codes >= 0
        self.rows = np.flatnonzero(written)

    @property
    def last_row(self) -> int:
        """Index (0-based, data rows) of the last row with a written cell."""
        return int(self.rows[-1])

    def _assign_styles(self, bulk_end: int) -> None:
        """Number the formats in the order the cell-by-cell loop first flushes them."""
        first_use: list[tuple[int, int, Any]] = []
        for j, (codes, cells) in enumerate(self.columns):
            fmt_of_column = self.formats[j]
            head = codes[:bulk_end]
            used, first = np.unique(head[head >= 0], return_index=True)
            rows = np.flatnonzero(head >= 0)[first] if len(used) else []
            seen: dict[int, int] = {}
            for code, row in zip(used.tolist(), list(rows), strict=True):
                cell = cells[code]
                fmt = fmt_of_column if type(cell) is str else cell.format
                if fmt is not None and (id(fmt) not in seen or row < seen[id(fmt)]):
                    seen[id(fmt)] = row
                    first_use.append((int(row), j, fmt))
        for _, _, fmt in sorted(first_use, key=lambda t: (t[0], t[1])):
            fmt._get_xf_index()

    def write(self, ws: Any, chunk_rows: int = 5_000) -> int:
        """Write every written row but the last into ``ws``; returns that last row's index.

        The caller writes the last row through ``Worksheet.write`` (see the module docstring).
        """
        last = self.last_row
        bulk = self.rows[self.rows < last]
        # Writing the first data cell is what flushes the header row (row 0).
        ws._write_single_row(int(bulk[0]) + 1)
        self._assign_styles(last)
        # Only cells of the rows written here are rendered: rendering numbers a format, and
        # one used in the last row alone must be numbered when XlsxWriter flushes that row.
        fragments = []
        for j, (codes, cells) in enumerate(self.columns):
            head = codes[:last]
            needed = np.zeros(len(cells), dtype=bool)
            needed[head[head >= 0]] = True
            fragments.append(_Renderer(ws, j).tails(cells, self.formats[j], needed))
        letters = [f'<c r="{xl_col_to_name(j)}' for j in range(len(self.columns))]
        fh = ws.fh
        for start in range(0, len(bulk), chunk_rows):
            part = bulk[start : start + chunk_rows]
            refs = (part + 2).astype(str).astype(object)
            per_column = []
            for (codes, _), tails, letter in zip(self.columns, fragments, letters, strict=True):
                picked = codes[part]
                cells = np.where(picked >= 0, letter + refs, "") + tails[picked]
                per_column.append(cells.tolist())
            fh.write(
                "".join(
                    '<row r="' + r + '">' + "".join(cells) + "</row>"
                    for r, cells in zip(refs.tolist(), zip(*per_column, strict=True), strict=True)
                )
            )
        # The rows are written: what remains pending is the last one, written by the caller.
        ws.previous_row = int(bulk[-1]) + 1
        ws.table.clear()
        return last


class _Renderer:
    """Each distinct cell's XML after its reference (``<c r="B7`` is added per row).

    Numbers, dates and texts follow the forms XlsxWriter's ``_write_cell`` writes (their
    opening and closing parts are taken from it once per format); texts are escaped all at
    once; anything else (booleans, blanks, rich-looking texts) is rendered by ``_write_cell``.
    """

    def __init__(self, ws: Any, col: int) -> None:
        self.ws = ws
        self.col = col
        self.marker = f'<c r="{xl_col_to_name(col)}1'
        self.buffer = io.StringIO()
        self.parts: dict[tuple[str, int], tuple[str, str]] = {}

    def render(self, cell: Any) -> str:
        """``_write_cell`` of ``cell``, without ``<c r="A1``."""
        ws, buffer = self.ws, self.buffer
        saved = ws.fh
        ws.fh = buffer
        try:
            buffer.seek(0)
            buffer.truncate()
            ws._write_cell(0, self.col, cell)
        finally:
            ws.fh = saved
        text = buffer.getvalue()
        if not text.startswith(self.marker):  # pragma: no cover - XlsxWriter changed
            raise AssertionError(f"unexpected cell XML {text[:40]!r}")
        return text[len(self.marker) :]

    def _around(self, kind: str, fmt: Any) -> tuple[str, str]:
        """What XlsxWriter writes before and after a number or a text in this format."""
        key = (kind, id(fmt))
        if key not in self.parts:
            if kind == "number":
                head, _, foot = self.render(CellNumberTuple(0, fmt)).partition("<v>0</v>")
                self.parts[key] = (head + "<v>", "</v>" + foot)
            else:
                head, _, foot = self.render(CellStringTuple("a", fmt)).partition("<t>a</t>")
                self.parts[key] = (head, foot)
        return self.parts[key]

    def tails(self, cells: list[Any], fmt: Any, needed: np.ndarray) -> np.ndarray:
        """Tails of the ``needed`` cells (``""`` for the others) as an object array, plus a
        trailing ``""`` (code -1)."""
        out: list[str] = [""] * (len(cells) + 1)
        text_rows: list[int] = []
        texts: list[str] = []
        text_formats: list[Any] = []
        for i in np.flatnonzero(needed).tolist():
            cell = cells[i]
            kind = type(cell)
            if kind is str:
                text_rows.append(i)
                texts.append(cell)
                text_formats.append(fmt)
            elif kind is CellNumberTuple or kind is CellDatetimeTuple:
                head, foot = self._around("number", cell.format)
                out[i] = f"{head}{cell.number:.16G}{foot}"
            elif kind is CellStringTuple:
                text_rows.append(i)
                texts.append(cell.string)
                text_formats.append(cell.format)
            else:
                out[i] = self.render(cell)
        for i, tail in zip(text_rows, self._text_tails(texts, text_formats), strict=True):
            out[i] = tail
        return np.asarray(out, dtype=object)

    def _text_tails(self, texts: list[str], formats: list[Any]) -> list[str]:
        if not texts:
            return []
        big = _joined(texts)
        if big is None:
            return [self.render(CellStringTuple(s, f)) for s, f in zip(texts, formats, strict=True)]
        # XlsxWriter's _escape_control_characters, then _escape_data, on every text at once.
        big = re_control_chars_1.sub(r"_x005F\1", big)
        big = re_control_chars_2.sub(lambda m: f"_x{ord(m.group(1)):04X}_", big)
        big = big.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
        big = big.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        escaped = big.split(_SEP)
        parts: dict[int, tuple[str, str, str]] = {}
        tails = []
        for esc, fmt in zip(escaped, formats, strict=True):
            key = id(fmt)
            if key not in parts:
                head, foot = self._around("text", fmt)
                parts[key] = (head + "<t>", head + '<t xml:space="preserve">', "</t>" + foot)
            plain, preserve, close = parts[key]
            opening = preserve if esc[:1].isspace() or esc[-1:].isspace() else plain
            tails.append(opening + esc + close)
        if "&lt;r&gt;" in big:  # a text XlsxWriter takes for a rich string: its own rendering
            for i, esc in enumerate(escaped):
                if esc.startswith("&lt;r&gt;") and esc.endswith("&lt;/r&gt;"):
                    tails[i] = self.render(CellStringTuple(texts[i], formats[i]))
        return tails
