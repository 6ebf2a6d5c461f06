"""OpenDocument spreadsheets (.ods, flat .fods): vet the package, measure tables, read values."""

from __future__ import annotations

import io
import re
import zipfile

from sources.errors import InputRejected
from sources.records import ParseIssue
from sources.spreadsheet.calamine_reader import _calamine_open, _calamine_sheets
from sources.spreadsheet.containers import (
    _UNSAFE_XML_RE,
    ContainerVetting,
    _check_limits,
    _Extent,
    _member_pieces,
    _open_zip,
    _reading,
)
from sources.spreadsheet.workbook import (
    BOMB,
    CORRUPT_ODS,
    ENCRYPTED,
    MAX_UNCOMPRESSED_BYTES,
    ODS_MIMETYPES,
    UNSAFE_XML,
    Workbook,
)

# --------------------------------------------------------------------------- ods / fods

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_MAX_REPEAT = 1 << 31


def _repeat(element, attribute: str) -> int:  # noqa: ANN001 - ElementTree element
    try:
        return min(max(int(element.get(_TABLE + attribute) or 1), 1), _MAX_REPEAT)
    except ValueError:
        return 1


# parts a reader parses; Calc's Basic/dialog modules and OpenOffice 2 manifests carry an
# inert DOCTYPE (a public DTD, never parsed): only entity declarations are refused there
_ODS_PARSED_PARTS = frozenset({"content.xml", "styles.xml", "settings.xml", "meta.xml"})
_ENTITY_RE = re.compile(rb"<!\s*ENTITY", re.IGNORECASE)


def _unsafe_ods_xml(piece: bytes, parsed: bool) -> bool:
    return bool((_UNSAFE_XML_RE if parsed else _ENTITY_RE).search(piece))


def check_ods_container(data: bytes) -> ContainerVetting:
    """Vet an OpenDocument spreadsheet: bombs, entities, encryption, macros, table extents."""
    archive, infos = _open_zip(data, CORRUPT_ODS)
    names = {info.filename for info in infos}
    if "content.xml" not in names:
        raise InputRejected(CORRUPT_ODS, "corrupt")
    vetting = ContainerVetting(macro=any(name.startswith(("Basic/", "Scripts/")) for name in names))
    with _reading(CORRUPT_ODS):
        for info in infos:
            if not info.filename.endswith((".xml", ".rdf")):
                continue
            parsed = info.filename in _ODS_PARSED_PARTS
            for piece in _member_pieces(archive, info):
                if b"<!" in piece and _unsafe_ods_xml(piece, parsed):
                    raise InputRejected(UNSAFE_XML, "unsafe_xml")
                if info.filename == "META-INF/manifest.xml" and b"encryption-data" in piece:
                    raise InputRejected(ENCRYPTED, "encrypted")
        with archive.open("content.xml") as stream:
            vetting.extents = _scan_ods_tables(stream)
    vetting.has_formulas = any(extent.has_formula for extent in vetting.extents.values())
    return vetting


def _scan_ods_tables(stream) -> dict[str, _Extent]:  # noqa: ANN001 - binary file object
    """Extent, merged ranges and value-less formulas of every table, in one streaming pass.

    Each row is dropped once measured, so memory stays flat whatever the table size;
    repeated rows/columns (how Calc stores blank or identical cells) are counted, not expanded.
    DOCTYPE was refused before, so ElementTree never meets an entity declaration.
    """
    from xml.etree.ElementTree import iterparse

    table_tag, row_tag = _TABLE + "table", _TABLE + "table-row"
    cell_tags = (_TABLE + "table-cell", _TABLE + "covered-table-cell")
    value_type, formula_attr = _OFFICE + "value-type", _TABLE + "formula"
    extents: dict[str, _Extent] = {}
    stack: list = []
    current = _Extent("")
    depth = row = total = 0
    for event, element in iterparse(stream, events=("start", "end")):
        tag = element.tag
        if event == "start":
            stack.append(element)
            if tag == table_tag:
                depth += 1
                if depth == 1:
                    name = element.get(_TABLE + "name") or f"Feuille{len(extents) + 1}"
                    current = extents[name] = _Extent(name)
                    row = 0
            continue
        stack.pop()
        if tag == row_tag and depth == 1:
            repeat = _repeat(element, "number-rows-repeated")
            col = 0
            for cell in element:
                if cell.tag not in cell_tags:
                    continue
                count = _repeat(cell, "number-columns-repeated")
                typed = cell.get(value_type) is not None
                if typed or len(cell):
                    current.add(row, col, repeat, count)
                    total += repeat * count
                    _check_limits(current, current.name, total)
                formula = cell.get(formula_attr)
                if formula is not None:
                    current.has_formula = True
                    if not typed:
                        current.formulas.append((row, col, _ods_formula(formula)))
                spans = (
                    _repeat(cell, "number-rows-spanned"),
                    _repeat(cell, "number-columns-spanned"),
                )
                if spans != (1, 1):
                    current.merges.append(((row, col), (row + spans[0] - 1, col + spans[1] - 1)))
                col += count
            row += repeat
            if stack:
                stack[-1].remove(element)  # measured: drop it, memory stays flat
        elif tag == table_tag:
            depth -= 1
            if depth == 0 and stack:
                stack[-1].remove(element)
    return extents


def _ods_formula(formula: str) -> str:
    """``of:=SUM([.B2:.B4])`` → ``=SUM(B2:B4)`` for the report."""
    text = re.sub(r"^\w+:", "", formula)
    text = re.sub(r"\[\$?([^\]]*?)\]", lambda m: m.group(1).replace(".", "", 1), text)
    return text if text.startswith("=") else "=" + text


_PRETTY_GAP_RE = re.compile(rb">[ \t\r]*\n\s*<")


def _compact(xml: bytes) -> bytes:
    """Drop the indentation of a pretty-printed ODF document, which calamine cannot read.

    Only whitespace runs holding a line break between two tags go: Calc never writes those
    inside a paragraph, and ODF collapses them to nothing meaningful anyway.
    """
    return _PRETTY_GAP_RE.sub(b"><", xml)


def _compacted_ods(data: bytes) -> bytes | None:
    """The same package with content.xml compacted, or ``None`` when it was not indented."""
    source = zipfile.ZipFile(io.BytesIO(data))
    content = source.read("content.xml")
    compact = _compact(content)
    if compact == content:
        return None
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            payload = compact if info.filename == "content.xml" else source.read(info)
            target.writestr(info.filename, payload)
    return buffer.getvalue()


def _load_ods(data: bytes) -> Workbook:
    vetting = check_ods_container(data)
    issues: list[ParseIssue] = []
    try:
        book = _calamine_open(data, CORRUPT_ODS)
    except InputRejected as exc:
        # LibreOffice saves indented XML when "optimise size" is off: retry compacted
        compacted = _compacted_ods(data) if exc.code == "corrupt" else None
        if compacted is None:
            raise
        book = _calamine_open(compacted, CORRUPT_ODS)
    try:
        sheets = _calamine_sheets(book, CORRUPT_ODS, issues, vetting.extents)
    finally:
        book.close()
    if vetting.macro:
        issues.append(
            ParseIssue("info", "classeur avec macros (Basic) : macros ignorées, jamais exécutées")
        )
    return Workbook(sheets, "ods", issues)


def _fods_as_ods(data: bytes) -> bytes:
    """A flat .fods is an ODS content.xml on its own: wrap it so one reader serves both."""
    if len(data) > MAX_UNCOMPRESSED_BYTES:
        raise InputRejected(BOMB, "too_large")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", ODS_MIMETYPES[0], compress_type=zipfile.ZIP_STORED)
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
            '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type='
            '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
            'manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
        )
        archive.writestr("content.xml", _compact(data), compress_type=zipfile.ZIP_STORED)
    return buffer.getvalue()
