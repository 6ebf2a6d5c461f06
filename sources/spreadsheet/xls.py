"""Legacy Excel 97-2003 (.xls, BIFF in OLE2): refuse encrypted/foreign documents, measure sheets
from the BIFF records before calamine allocates them."""

from __future__ import annotations

from sources.errors import InputRejected
from sources.records import ParseIssue
from sources.spreadsheet.calamine_reader import _calamine_open, _calamine_sheets
from sources.spreadsheet.containers import _check_limits, _Extent
from sources.spreadsheet.workbook import CORRUPT, ENCRYPTED, Workbook

# --------------------------------------------------------------------------- xls (BIFF)


def _load_xls(data: bytes) -> Workbook:
    if "EncryptedPackage".encode("utf-16-le") in data or (
        "EncryptionInfo".encode("utf-16-le") in data
    ):
        raise InputRejected(ENCRYPTED, "encrypted")
    if "Workbook".encode("utf-16-le") not in data and "Book".encode("utf-16-le") not in data:
        # an OLE2 container without a workbook stream: Word 97, PowerPoint 97, msi…
        if "WordDocument".encode("utf-16-le") in data:
            raise InputRejected(
                "document OLE2 qui n'est pas un classeur Excel (Word 97 ?)", "not_a_workbook"
            )
        raise InputRejected(CORRUPT, "corrupt")
    extents = _xls_extents(data)
    if extents is not None:  # measured from the BIFF records: limits before the reader allocates
        total = sum(extent.cells for extent in extents)
        for extent in extents:
            _check_limits(extent, extent.name, total)
    # otherwise the used range is checked once opened (BIFF bounds it to 65 536 × 256 cells)
    issues: list[ParseIssue] = []
    book = _calamine_open(data, CORRUPT)
    try:
        sheets = _calamine_sheets(book, CORRUPT, issues)
    finally:
        book.close()
    return Workbook(sheets, "xls", issues)


# BIFF records holding a cell value, all starting with (row, column) as two uint16
_BIFF_VALUE_CELLS = frozenset({0x0006, 0x00D6, 0x00FD, 0x0203, 0x0204, 0x0205, 0x027E})
_BIFF_BOF, _BIFF_BOUNDSHEET, _BIFF_MULRK, _BIFF_FILEPASS = 0x0809, 0x0085, 0x00BD, 0x002F


def _xls_extents(data: bytes) -> list[_Extent] | None:
    """Where each sheet's values lie, from the BIFF records of the OLE2 ``Workbook`` stream.

    calamine allocates a sheet's whole used range: a few-kB .xls with values in A1 and IV65536
    took 1 GB. ``None`` when the stream cannot be walked (the reader then decides).
    """
    import struct

    import olefile

    try:
        with olefile.OleFileIO(data) as ole:
            name = next((n for n in ("Workbook", "Book") if ole.exists(n)), None)
            if name is None:
                return None
            stream = ole.openstream(name).read()
    except Exception:  # noqa: BLE001 - an unusual container: leave it to the reader
        return None
    names: dict[int, str] = {}
    extents: list[_Extent] = []
    current: _Extent | None = None
    pos, end = 0, len(stream)
    while pos + 4 <= end:
        record, size = struct.unpack_from("<HH", stream, pos)
        body, start = pos + 4, pos
        pos = body + size
        if pos > end:
            break
        if record == _BIFF_FILEPASS:
            raise InputRejected(ENCRYPTED, "encrypted")
        if record == _BIFF_BOUNDSHEET and size >= 8:
            offset, count, flags = struct.unpack_from("<IxxBB", stream, body)
            raw = stream[body + 8 : body + 8 + (count * 2 if flags & 1 else count)]
            names[offset] = raw.decode("utf-16-le" if flags & 1 else "latin-1", "replace")
        elif record == _BIFF_BOF:
            current = None
            if start in names:
                current = _Extent(names[start])
                extents.append(current)
        elif current is not None and size >= 4 and record in _BIFF_VALUE_CELLS:
            row, col = struct.unpack_from("<HH", stream, body)
            current.add(row, col)
        elif current is not None and size >= 6 and record == _BIFF_MULRK:
            row, first = struct.unpack_from("<HH", stream, body)
            (last,) = struct.unpack_from("<H", stream, body + size - 2)
            current.add(row, first, 1, max(last - first + 1, 1))
    return extents
