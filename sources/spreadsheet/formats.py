"""Which spreadsheet format the bytes hold, decided from content, not from the file name."""

from __future__ import annotations

import io
import zipfile

from sources.spreadsheet.workbook import ODS_MIMETYPES, OLE2_MAGIC, ZIP_MAGIC

# --------------------------------------------------------------------------- format detection


def sniff_format(data: bytes, filename: str = "") -> str:
    """``xlsx`` | ``xlsm`` | ``xlsb`` | ``ods`` | ``fods`` | ``xls`` | ``csv`` | ``other``.

    Decided from content (the name only tells xlsx from xlsm when nothing else does).
    """
    if data.startswith(ZIP_MAGIC):
        return _zip_kind(data, filename)
    if data.startswith(OLE2_MAGIC):
        return "xls"
    if not data.strip():
        return "other"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "csv"  # UTF-16 "texte Unicode" export of Excel
    if _is_flat_ods(data):
        return "fods"
    if b"\x00" in data[:65536] or data.lstrip()[:5] == b"%PDF-":
        return "other"
    return "csv"


def _zip_kind(data: bytes, filename: str) -> str:
    # ODF puts an uncompressed "mimetype" member first: a 30-byte header, then its name
    if data[30:38] == b"mimetype" and any(m in data[38:120] for m in ODS_MIMETYPES):
        return "ods"
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        names = set()
    if "content.xml" in names and not any(name.startswith("xl/") for name in names):
        try:
            mimetype = zipfile.ZipFile(io.BytesIO(data)).read("mimetype")[:100]
        except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
            mimetype = b""
        if any(mimetype.startswith(m) for m in ODS_MIMETYPES):
            return "ods"
    if "xl/workbook.bin" in names:
        return "xlsb"
    return "xlsm" if filename.lower().endswith((".xlsm", ".xltm")) else "xlsx"


def _is_flat_ods(data: bytes) -> bool:
    """Flat OpenDocument spreadsheet (.fods): one XML document with the spreadsheet mimetype."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return (
        head.startswith(b"<?xml")
        and b"office:document" in head
        and any(m + b'"' in head for m in ODS_MIMETYPES)
    )
