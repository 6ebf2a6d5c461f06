"""Workbook sheet of a large table written by row blocks kept deflated between publications.

After one new questionnaire the answers sheet (~115 000 rows, ~100 MB of XML) was built,
escaped and deflated again whole: about 3 s of a 7 s publication. Here a large table's rows are
cut into the content-defined blocks of :mod:`assets.publication.csv_blocks`, and each block's
``<row>`` elements are kept between publications already deflated (a raw deflate stream of its
own, ended by a sync flush: streams made that way join into one valid stream), with their CRC
and length. The sheet's zip entry is then the deflated head of the sheet (as XlsxWriter writes
it with the header row only), the blocks and the deflated tail; its CRC is combined from the
parts' (:func:`crc32_combine`). Only blocks not kept are rendered and deflated.

For a block to be position-independent its rows and cells carry no ``r`` attribute (optional
in SpreadsheetML: a row follows the previous one, a cell the previous cell); a missing cell
followed by others in its row is an empty ``<c/>``. Cell values, types and formats are those
of :mod:`assets.publication.sheets` (XlsxWriter's own cell XML): a reader sees the same cells
(``scripts/compare_publications.py``, openpyxl). A block's XML also holds the workbook's style
indexes: it is kept with the indexes of the formats it uses and rendered again when they
differ. Formats are numbered in the order the rows first use them, as the cell-by-cell writer
does.

The entry's bytes do not depend on which blocks were kept: a sheet written from kept blocks
equals one written from scratch (``tests/assets/publication/test_sheet_blocks.py``). Tables
of fewer than :data:`MIN_ROWS` rows keep the plain writer.
"""

from __future__ import annotations

import copy
import hashlib
import os
import zipfile
import zlib
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from assets.publication.cache import row_hashes
from assets.publication.csv_blocks import MIN_ROWS, _frame_key, block_bounds
from assets.publication.sheets import Unsupported, _Renderer, column_cells

__all__ = ["MIN_ROWS", "Part", "crc32_combine", "insert_rows", "keep", "plan_rows"]

LEVEL = 1  # deflate level of the blocks (the level a full write used for large parts)
_LIST = "sheetblocks:"
_BLOCK = "sheetblock:"
_END = b"</sheetData>"


@dataclass(frozen=True)
class Part:
    """Raw deflate bytes (sync-flushed) of some uncompressed bytes, their CRC and length."""

    data: bytes
    crc: int
    size: int


def deflate(raw: bytes, *, final: bool = False) -> Part:
    """``raw`` as a raw deflate stream of its own (no history): sync-flushed so parts join,
    finished when ``final``."""
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    data = compressor.compress(raw) + compressor.flush(
        zlib.Z_FINISH if final else zlib.Z_SYNC_FLUSH
    )
    return Part(data, zlib.crc32(raw), len(raw))


# ----------------------------------------------------------------------------- CRC


_POLY = 0xEDB88320


def _multmodp(a: int, b: int) -> int:
    """``a * b`` modulo the CRC-32 polynomial (reflected), as zlib's ``multmodp``."""
    m = 1 << 31
    p = 0
    while True:
        if a & m:
            p ^= b
            if a & (m - 1) == 0:
                break
        m >>= 1
        b = (b >> 1) ^ _POLY if b & 1 else b >> 1
    return p


def _x2n_table() -> list[int]:
    table, p = [], 1 << 30  # x^1
    for _ in range(32):
        table.append(p)
        p = _multmodp(p, p)
    return table


_X2N = _x2n_table()


def crc32_combine(crc1: int, crc2: int, len2: int) -> int:
    """CRC-32 of ``A + B`` from ``crc32(A)``, ``crc32(B)`` and ``len(B)`` (zlib's
    ``crc32_combine``, which Python's ``zlib`` does not expose)."""
    p, k, n = 1 << 31, 3, len2  # x^0, times x^(8 * len2)
    while n:
        if n & 1:
            p = _multmodp(_X2N[k & 31], p)
        n >>= 1
        k += 1
    return _multmodp(p, crc1) ^ crc2


# ----------------------------------------------------------------------------- rows


def _keys(df: pd.DataFrame, kinds: Mapping[str, str]) -> tuple[list[tuple[int, int]], list[str]]:
    hashes = row_hashes(df)
    frame_key = b"sheet\0" + _frame_key(df, kinds)
    bounds = block_bounds(hashes)
    keys = [
        _BLOCK + hashlib.sha256(frame_key + hashes[a:b].tobytes()).hexdigest() for a, b in bounds
    ]
    return bounds, keys


def _uses(
    columns: Sequence[tuple[np.ndarray, list[Any]]],
    formats: Sequence[Any],
    names: Mapping[int, str],
) -> list[list[Any]]:
    """The formats a block's cells use, each at its first ``(row, column)``, in that order."""
    first: dict[str, tuple[int, int]] = {}
    for j, (codes, cells) in enumerate(columns):
        written = codes >= 0
        if not written.any():
            continue
        used, at = np.unique(codes[written], return_index=True)
        rows = np.flatnonzero(written)[at]
        for code, row in zip(used.tolist(), rows.tolist(), strict=True):
            cell = cells[code]
            fmt = formats[j] if type(cell) is str else cell.format
            if fmt is None:
                continue
            name = names.get(id(fmt))
            if name is None:  # a format the workbook does not name: the plain writer
                raise Unsupported("format sans nom")
            if name not in first or (row, j) < first[name]:
                first[name] = (row, j)
    return [[r, j, name] for name, (r, j) in sorted(first.items(), key=lambda t: t[1])]


def _render(
    ws: Any, columns: Sequence[tuple[np.ndarray, list[Any]]], formats: Sequence[Any]
) -> bytes:
    """The block's ``<row>`` elements without references (see the module docstring)."""
    n = len(columns[0][0])
    present = np.stack([codes >= 0 for codes, _ in columns])
    last = np.where(present.any(axis=0), len(columns) - 1 - np.argmax(present[::-1], axis=0), -1)
    pieces = []
    for j, (codes, cells) in enumerate(columns):
        needed = np.zeros(len(cells), dtype=bool)
        needed[codes[codes >= 0]] = True
        tails = _Renderer(ws, j).tails(cells, formats[j], needed)
        own = np.asarray(["<c" + t[1:] if t else "" for t in tails.tolist()], dtype=object)
        piece = own[codes]  # code -1 picks the trailing ""
        piece[(codes < 0) & (j < last)] = "<c/>"
        pieces.append(piece.tolist())
    rows = map("".join, zip(*pieces, strict=True)) if n else iter(())
    return ("<row>" + "</row><row>".join(rows) + "</row>").encode("utf-8")


def plan_rows(
    ws: Any,
    df: pd.DataFrame,
    kinds: Sequence[str],
    formats: Sequence[Any],
    number_format: Callable[[str], Any],
    named_format: Callable[[str], Any],
    format_names: Callable[[], Mapping[int, str]],
    blocks: MutableMapping[str, Any],
    name: str,
) -> list[Part]:
    """The deflated parts of ``df``'s data rows, the formats they use numbered in the order of
    their first use; kept blocks taken from ``blocks``, the others rendered and kept.

    Raises :class:`~assets.publication.sheets.Unsupported` (nothing kept) when a value is
    one the fast cells do not handle: the caller writes the sheet cell by cell.
    """
    frame_kinds = dict(zip(df.columns, kinds, strict=True))
    bounds, keys = _keys(df, frame_kinds)
    found: list[dict[str, Any] | None] = []
    for key in keys:
        entry = blocks.get(key)
        found.append(entry if _valid(entry) else None)
    cells: dict[int, list[tuple[np.ndarray, list[Any]]]] = {}

    def block_cells(i: int) -> list[tuple[np.ndarray, list[Any]]]:
        if i not in cells:
            a, b = bounds[i]
            cells[i] = [
                column_cells(ws, df.iloc[a:b, j], kinds[j], formats[j], number_format)
                for j in range(len(df.columns))
            ]
        return cells[i]

    uses: list[list[list[Any]]] = []
    for i, entry in enumerate(found):
        if entry is None:
            uses.append(_uses(block_cells(i), formats, format_names()))
        else:
            uses.append(entry["uses"])
    for block in uses:  # numbered in the order of first use (XlsxWriter keeps the first)
        for _, _, fmt_name in block:
            named_format(fmt_name)._get_xf_index()
    indexes: dict[str, int] = {}
    parts: list[Part] = []
    new: dict[str, dict[str, Any]] = {}
    for i, entry in enumerate(found):
        wanted = {}
        for _, _, fmt_name in uses[i]:
            if fmt_name not in indexes:
                indexes[fmt_name] = named_format(fmt_name)._get_xf_index()
            wanted[fmt_name] = indexes[fmt_name]
        if entry is not None and entry["xf"] == wanted:
            parts.append(Part(entry["data"], entry["crc"], entry["size"]))
            continue
        part = deflate(_render(ws, block_cells(i), formats))
        parts.append(part)
        new[keys[i]] = {
            "uses": uses[i], "xf": wanted, "data": part.data, "crc": part.crc, "size": part.size,
        }  # fmt: skip
        cells.pop(i, None)
    for key, entry in new.items():
        blocks[key] = entry
    blocks[_LIST + name] = keys
    return parts


def _valid(entry: object) -> bool:
    return (
        isinstance(entry, dict)
        and isinstance(entry.get("uses"), list)
        and isinstance(entry.get("xf"), dict)
        and isinstance(entry.get("data"), bytes)
        and isinstance(entry.get("crc"), int)
        and isinstance(entry.get("size"), int)
    )


def keep(name: str, blocks: MutableMapping[str, Any]) -> None:
    """A sheet carried over unchanged: keep its blocks for the next change (unread)."""
    keys = blocks.get(_LIST + name)
    marker = getattr(blocks, "keep", None)
    if isinstance(keys, list) and marker is not None:
        marker([_LIST + name, *keys])


# ----------------------------------------------------------------------------- zip


def insert_rows(path: Path, rows: Mapping[str, Sequence[Part]]) -> None:
    """Rewrite the workbook ``path`` with each entry of ``rows`` (a sheet written with its
    header row only) holding those parts before its ``</sheetData>``; other entries are
    copied as they are (never inflated)."""
    from assets.publication.workbook_splice import (
        _LIMIT,
        _LOCAL,
        _copy_entry,
        _plain,
        _write_central_directory,
    )

    with zipfile.ZipFile(path) as book:
        infos = book.infolist()
        xml = {name: book.read(name) for name in rows}
    if not all(_plain(info) for info in infos):
        raise ValueError(f"{path.name} : archive inattendue")
    tmp = path.with_name(f".{path.name}.rows")
    try:
        with path.open("rb") as fh, tmp.open("wb") as out:
            central = []
            for info in infos:
                offset = out.tell()
                if info.filename not in rows:
                    _copy_entry(fh, info, out)
                    central.append((info, offset))
                    continue
                head, end, tail = xml[info.filename].rpartition(_END)
                if not end:
                    raise ValueError(f"{info.filename} : pas de sheetData")
                parts = [deflate(head), *rows[info.filename], deflate(end + tail, final=True)]
                crc, size = parts[0].crc, parts[0].size
                for part in parts[1:]:
                    crc = crc32_combine(crc, part.crc, part.size)
                    size += part.size
                compressed = sum(len(p.data) for p in parts)
                if size >= _LIMIT or compressed >= _LIMIT or offset >= _LIMIT:
                    raise ValueError(f"{info.filename} : trop grand pour une archive simple")
                entry = copy.copy(info)
                entry.compress_type = zipfile.ZIP_DEFLATED
                entry.CRC, entry.compress_size, entry.file_size = crc, compressed, size
                dostime = info.date_time[3] << 11 | info.date_time[4] << 5 | info.date_time[5] // 2
                dosdate = (
                    (info.date_time[0] - 1980) << 9 | info.date_time[1] << 5 | info.date_time[2]
                )
                name = info.filename.encode("utf-8" if info.flag_bits & 0x800 else "ascii")
                out.write(
                    _LOCAL.pack(
                        b"PK\x03\x04",
                        entry.extract_version,
                        entry.reserved,
                        entry.flag_bits,
                        entry.compress_type,
                        dostime,
                        dosdate,
                        crc,
                        compressed,
                        size,
                        len(name),
                        0,
                    )  # fmt: skip
                    + name
                )
                for part in parts:
                    out.write(part.data)
                central.append((entry, offset))
            _write_central_directory(out, central)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
