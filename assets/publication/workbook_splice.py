"""The workbook of an incremental publication: only the sheets of changed tables are written.

A large region's workbook holds ~1.4 M cells, 1.2 M of them in the answers sheet, and writing
it (cells, XML, deflate) was the largest cost of a publication after one new file. Its sheets
are self-contained (texts are inline, there is no shared-strings part): a sheet's
``xl/worksheets/sheetN.xml`` depends only on its table and on the numbering of the formats in
``xl/styles.xml``. So a new workbook is written with an empty sheet (same title, same filter)
for each table whose content hash did not change, its formats numbered where its rows
numbered them (:class:`assets.publication.writers.StyleTrace`, recorded in the manifest), and
those sheets' compressed entries are then copied from the previous workbook into the new zip
without being inflated again.

Only when it is safe; otherwise the whole workbook is written, as before:

- the previous workbook still has the sha256 the manifest recorded (not edited by hand), was
  written by the same XlsxWriter version, with the same sheet titles in the same order;
- the carried sheet's table has the same content hash and its format trace is recorded;
- the new ``xl/styles.xml`` is byte-identical to the previous one (every style index a copied
  sheet refers to means the same format);
- the previous zip is plain (deflated or stored entries, no data descriptor, no ZIP64).

The result equals a full write: same entries, same bytes in every sheet and in ``styles.xml``
(``tests/assets/publication/test_workbook_splice.py``); only the zip entries' own metadata
and ``docProps/core.xml`` (its creation time) differ, as between two full writes.
"""

from __future__ import annotations

import os
import struct
import zipfile
from collections.abc import Callable, Mapping, MutableMapping
from pathlib import Path
from typing import Any

import pandas as pd

from assets.publication import cache as pc
from assets.publication.writers import sheet_titles, write_xlsx

__all__ = ["SHEETS_KEY", "write_workbook"]

# Key of the manifest holding, per workbook file, the record of its table sheets.
SHEETS_KEY = "sheets"
_STYLES = "xl/styles.xml"
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_LIMIT = 0xFFFFFFFF


def _xlsxwriter_version() -> str:
    import xlsxwriter

    return str(xlsxwriter.__version__)


def _sheet_entry(position: int) -> str:
    """Zip entry of the table sheet at ``position`` (« Lisez-moi » is ``sheet1.xml``)."""
    return f"xl/worksheets/sheet{position + 2}.xml"


def carried_sheets(
    previous: Mapping[str, Any],
    book: Path,
    xlsx_name: str,
    names: list[str],
    hashes: Mapping[str, str],
) -> dict[str, list[list[str]]]:
    """Tables whose sheet can be taken from the previous workbook ``book``: name → the format
    trace to replay (empty when the previous workbook cannot be used)."""
    layout = previous.get(SHEETS_KEY, {}).get(xlsx_name) if previous else None
    if not isinstance(layout, dict) or layout.get("xlsxwriter") != _xlsxwriter_version():
        return {}
    sheets = layout.get("tables")
    titles = sheet_titles(names)
    if not isinstance(sheets, list) or len(sheets) != len(names):
        return {}
    if [s.get("table") for s in sheets] != names or [s.get("title") for s in sheets] != titles:
        return {}
    carried = {}
    for sheet in sheets:
        name, styles = sheet["table"], sheet.get("styles")
        if sheet.get("hash") != hashes[name] or not _valid_styles(styles):
            continue
        carried[name] = styles
    if not carried:
        return {}
    sha = previous.get("files", {}).get(xlsx_name)
    try:
        if not sha or not book.is_file() or book.is_symlink() or pc.file_sha256(book) != sha:
            return {}  # missing or edited by hand: written again
    except OSError:
        return {}
    return carried


def _valid_styles(styles: object) -> bool:
    return (
        isinstance(styles, list)
        and len(styles) == 2
        and all(isinstance(part, list) and all(isinstance(n, str) for n in part) for part in styles)
    )


def write_workbook(
    tables: Mapping[str, pd.DataFrame],
    path: Path,
    *,
    previous: Mapping[str, Any],
    previous_book: Path,
    hashes: Mapping[str, str],
    region_code: str,
    descriptions: Mapping[str, str],
    config: Mapping[str, Any] | None,
    published_at: str,
    writer: Callable[..., list[dict[str, Any]]] = write_xlsx,
    blocks: MutableMapping[str, Any] | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """Write the workbook at ``path``, carrying unchanged sheets over from ``previous_book``.

    ``writer``: :func:`~assets.publication.writers.write_xlsx` (the caller's, so a test can
    make it fail). ``blocks``: kept row blocks of large sheets
    (:mod:`assets.publication.sheet_blocks`), given to the writer. Returns the layout to record in the manifest (under :data:`SHEETS_KEY`) and the tables
    whose sheet was carried over.
    """
    names = list(tables)
    options: dict[str, Any] = {
        "region_code": region_code,
        "descriptions": descriptions,
        "config": config,
        "published_at": published_at,
    }
    if blocks is not None:
        options["blocks"] = blocks
    carried = carried_sheets(previous, previous_book, path.name, names, hashes)
    if carried:
        partial = path.with_name(f".{path.name}.part")
        try:
            records = writer(tables, partial, carried=carried, **options)
            spliced = _splice(partial, previous_book, path, [names.index(n) for n in carried])
        finally:
            partial.unlink(missing_ok=True)
        if spliced:
            return _layout(records, hashes), [n for n in names if n in carried]
        path.unlink(missing_ok=True)
    records = writer(tables, path, **options)
    return _layout(records, hashes), []


def _layout(records: list[dict[str, Any]], hashes: Mapping[str, str]) -> dict[str, Any]:
    tables = [{**record, "hash": hashes[record["table"]]} for record in records]
    return {"xlsxwriter": _xlsxwriter_version(), "tables": tables}


def _splice(new: Path, old: Path, target: Path, positions: list[int]) -> bool:
    """Write ``target``: the entries of ``new``, the carried sheets' taken raw from ``old``.

    ``False`` (nothing left at ``target``) when the styles differ or a zip is not a plain one.
    """
    try:
        with zipfile.ZipFile(new) as new_zip, zipfile.ZipFile(old) as old_zip:
            if new_zip.read(_STYLES) != old_zip.read(_STYLES):
                return False
            wanted = {_sheet_entry(p) for p in positions}
            old_infos = {i.filename: i for i in old_zip.infolist() if i.filename in wanted}
            new_infos = new_zip.infolist()
        if set(old_infos) != wanted or not wanted <= {i.filename for i in new_infos}:
            return False
        sources = [(old_infos.get(i.filename, i), i.filename in wanted) for i in new_infos]
        if not all(_plain(info) for info, _ in sources):
            return False
        with new.open("rb") as new_fh, old.open("rb") as old_fh, target.open("wb") as out:
            central = []
            for info, from_old in sources:
                offset = out.tell()
                _copy_entry(old_fh if from_old else new_fh, info, out)
                central.append((info, offset))
            _write_central_directory(out, central)
    except (KeyError, zipfile.BadZipFile, _NotPlain):
        target.unlink(missing_ok=True)
        return False
    return True


class _NotPlain(Exception):
    """A zip this module does not copy (then the whole workbook is written)."""


def _plain(info: zipfile.ZipInfo) -> bool:
    """An entry that can be copied as is: deflated or stored, no data descriptor, no ZIP64,
    not encrypted."""
    return (
        info.compress_type in (zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED)
        and not info.flag_bits & 0x09
        and info.file_size < _LIMIT
        and info.compress_size < _LIMIT
        and info.header_offset < _LIMIT
        and not info.extra
    )


def _copy_entry(fh: Any, info: zipfile.ZipInfo, out: Any) -> None:
    """Copy one entry's local header and compressed bytes (never inflated)."""
    fh.seek(info.header_offset)
    header = fh.read(_LOCAL.size)
    if len(header) != _LOCAL.size or out.tell() > _LIMIT:
        raise _NotPlain(info.filename)
    fields = _LOCAL.unpack(header)
    # signature, flags, method, CRC and sizes as the central directory says
    if fields[0] != b"PK\x03\x04" or fields[3:5] != (info.flag_bits, info.compress_type):
        raise _NotPlain(info.filename)
    if fields[7:10] != (info.CRC, info.compress_size, info.file_size):
        raise _NotPlain(info.filename)
    name_length, extra_length = fields[-2], fields[-1]
    name = fh.read(name_length)
    fh.seek(extra_length, os.SEEK_CUR)
    out.write(_LOCAL.pack(*fields[:-1], 0) + name)  # the local extra field is not needed
    remaining = info.compress_size
    while remaining:
        block = fh.read(min(remaining, 1 << 20))
        if not block:
            raise _NotPlain(info.filename)
        out.write(block)
        remaining -= len(block)


def _write_central_directory(out: Any, entries: list[tuple[zipfile.ZipInfo, int]]) -> None:
    start = out.tell()
    for info, offset in entries:
        dostime = info.date_time[3] << 11 | info.date_time[4] << 5 | info.date_time[5] // 2
        dosdate = (info.date_time[0] - 1980) << 9 | info.date_time[1] << 5 | info.date_time[2]
        name = info.filename.encode("utf-8" if info.flag_bits & 0x800 else "ascii")
        comment = info.comment
        out.write(
            _CENTRAL.pack(
                b"PK\x01\x02",
                info.create_version,
                info.create_system,
                info.extract_version,
                info.reserved,
                info.flag_bits,
                info.compress_type,
                dostime,
                dosdate,
                info.CRC,
                info.compress_size,
                info.file_size,
                len(name),
                0,
                len(comment),
                0,
                info.internal_attr,
                info.external_attr,
                offset,
            )  # fmt: skip
            + name
            + comment
        )
    size = out.tell() - start
    if len(entries) > 0xFFFF or start > _LIMIT or size > _LIMIT:
        raise _NotPlain("central directory")
    out.write(_END.pack(b"PK\x05\x06", 0, 0, len(entries), len(entries), size, start, 0))
