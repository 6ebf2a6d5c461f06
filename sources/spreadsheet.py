"""Safe loading of returned workbooks (xlsx, xlsm, xls, ods, fods, CSV) into a neutral structure.

The questionnaire, recipients and plan readers never touch a spreadsheet library directly:
they get plain rows of cell values from here, whatever office suite saved the file (Excel,
LibreOffice Calc, OnlyOffice, Google Sheets exports).

Values are read by python-calamine (the Rust ``calamine`` crate): one reader for xlsx, xlsm,
xls and ods, about 20× faster than openpyxl and holding a sheet as compact Rust cells, not
Python cell objects; rows reach Python one at a time. openpyxl is kept only where cell details
matter (writing and checking the template's data validations).

Everything from the inbox is untrusted. Before any parser sees a zip container this module
streams through every XML member and refuses zip bombs, DOCTYPE/entity declarations and
encrypted documents; it measures the extent of every sheet from the XML itself and refuses a
workbook beyond the documented limits (:data:`MAX_ROWS`, :data:`MAX_CELLS`, :data:`MAX_AREA`)
with a French reason naming the limit, rather than reading part of it. Macros are never run,
formulas are never evaluated: cached values only, and a formula saved without its value is
reported with its sheet and cell.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import zipfile
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sources import limits as resource_limits
from sources.errors import InputRejected
from sources.records import ParseIssue
from sources.values import fold

MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
_RATIO_MIN_MEMBER_BYTES = 1024 * 1024  # tiny members may legitimately compress very well
# Reading limits (documented in the README). A workbook beyond them is refused with a reason
# naming the limit: never read in part, never silently truncated.
MAX_ROWS = 100_000  # last row holding a value, per sheet
MAX_COLUMNS = 200  # columns kept per row (values further right: warning, not read)
MAX_CELLS = 2_000_000  # cells holding a value, whole workbook
MAX_AREA = 5_000_000  # rows × columns of a sheet's used range (the reader's memory)

ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODS_MIMETYPES = (
    b"application/vnd.oasis.opendocument.spreadsheet",
    b"application/vnd.oasis.opendocument.spreadsheet-template",
)

CORRUPT = "fichier Excel illisible ou tronqué"
CORRUPT_ODS = "classeur OpenDocument (.ods) illisible ou tronqué"
BOMB = "classeur anormalement volumineux (bombe zip ?)"
ENCRYPTED = "classeur protégé par mot de passe"
UNSAFE_XML = "classeur refusé : XML avec déclarations d'entités (DOCTYPE), construction dangereuse"
FORMULA_NO_VALUE = "formule sans valeur calculée"
XLSB = (
    "classeur Excel binaire (.xlsb) non pris en charge : l'enregistrer au format .xlsx "
    "(Fichier > Enregistrer sous)"
)

Cell = object  # str | int | float | bool | datetime | date | time | timedelta | None


@dataclass
class Sheet:
    """One sheet as plain rows; ``rows[i][j]`` is the value of row i+1, column j+1."""

    name: str
    rows: list[list[Cell]]
    state: str = "visible"  # visible | hidden | veryHidden

    @property
    def hidden(self) -> bool:
        return self.state != "visible"

    def cell(self, row: int, column: int) -> Cell:
        """1-based access that tolerates ragged rows."""
        if 1 <= row <= len(self.rows):
            values = self.rows[row - 1]
            if 1 <= column <= len(values):
                return values[column - 1]
        return None


@dataclass
class Workbook:
    """A loaded workbook: sheets in file order, detected format, load-time issues."""

    sheets: list[Sheet]
    file_format: str  # xlsx | xlsm | xls | ods | csv
    issues: list[ParseIssue] = field(default_factory=list)

    def find_sheet(self, name: str) -> Sheet | None:
        """Sheet by tolerant name: fold-equal first, then prefix (``Leviers (2)``); visible first."""
        return next(iter(self.sheets_named(name)), None)

    def sheets_named(self, name: str) -> list[Sheet]:
        """All sheets whose folded name equals or starts with ``name``, best first."""
        key = fold(name)
        scored = []
        for index, sheet in enumerate(self.sheets):
            folded = fold(sheet.name)
            if folded == key:
                rank = 0
            elif folded.startswith(key) or (len(folded) >= 4 and key.startswith(folded)):
                rank = 1
            else:
                continue
            scored.append((rank, sheet.hidden, index, sheet))
        return [item[-1] for item in sorted(scored, key=lambda item: item[:3])]


def column_letter(column: int) -> str:
    """1 → A, 27 → AA (for French error messages)."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column_number(letters: bytes) -> int:
    number = 0
    for char in letters:
        number = number * 26 + (char - 64)
    return number


def _n(value: int) -> str:
    """French thousands separator for reasons (``1 048 576``)."""
    return f"{value:,}".replace(",", "\u202f")


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


# --------------------------------------------------------------------------- cache

_CACHE: OrderedDict[tuple[str, str], Workbook] = OrderedDict()
_CACHE_SIZE = 4


def load_workbook(data: bytes, filename: str = "") -> Workbook:
    """Load untrusted bytes; raises :class:`InputRejected` with a French reason.

    Small LRU cache by content hash: the type detector and the reader load the same file
    one after the other.
    """
    key = (hashlib.sha256(data).hexdigest(), filename.lower().rsplit(".", 1)[-1])
    cached = _CACHE.get(key)
    if cached is not None:
        _CACHE.move_to_end(key)
        return cached
    workbook = _load_uncached(data, filename)
    _CACHE[key] = workbook
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return workbook


def _load_uncached(data: bytes, filename: str) -> Workbook:
    kind = sniff_format(data, filename)
    if kind in ("xlsx", "xlsm"):
        return _load_openxml(data, filename)
    if kind == "ods":
        return _load_ods(data)
    if kind == "fods":
        return _load_ods(_fods_as_ods(data))
    if kind == "xlsb":
        raise InputRejected(XLSB, "unsupported_format")
    if kind == "xls":
        return _load_xls(data)
    if kind == "csv":
        return load_csv(data, filename)
    raise InputRejected("format non reconnu (ni Excel, ni OpenDocument, ni CSV)", "unknown_format")


# --------------------------------------------------------------------------- zip vetting


@dataclass
class _Extent:
    """Where the values of one sheet lie (0-based), counted from the XML before parsing."""

    name: str
    cells: int = 0
    min_row: int = -1
    max_row: int = -1
    min_col: int = -1
    max_col: int = -1
    slack: int = 0  # cells or rows without a reference: each may push the extent by one
    has_formula: bool = False
    merges: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    formulas: list[tuple[int, int, str]] = field(default_factory=list)  # without cached value

    def add(self, row: int, col: int, rows: int = 1, cols: int = 1) -> None:
        self.cells += rows * cols
        last_row, last_col = row + rows - 1, col + cols - 1
        if self.min_row < 0 or row < self.min_row:
            self.min_row = row
        if self.min_col < 0 or col < self.min_col:
            self.min_col = col
        self.max_row = max(self.max_row, last_row)
        self.max_col = max(self.max_col, last_col)


@dataclass
class ContainerVetting:
    """What the streaming inspection of a zip container found."""

    macro: bool = False
    has_formulas: bool = False
    extents: dict[str, _Extent] = field(default_factory=dict)  # member or table name → extent


_UNSAFE_XML_RE = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_CHUNK = 1 << 20


def _open_zip(data: bytes, corrupt: str = CORRUPT) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    """Open the container and refuse zip bombs from the central directory (nothing inflated)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise InputRejected(corrupt, "corrupt") from exc
    total = 0
    for info in infos:
        total += info.file_size
        if total > MAX_UNCOMPRESSED_BYTES:
            raise InputRejected(BOMB, "too_large")
        if info.file_size >= _RATIO_MIN_MEMBER_BYTES and (
            info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1)
        ):
            raise InputRejected(BOMB, "too_large")
    return archive, infos


def _member_pieces(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """Inflate one member by 1 MB pieces cut after a closing tag, never holding it whole.

    The real inflated size is bounded too: the central directory may lie about it.
    """
    carry, seen = b"", 0
    with archive.open(info) as stream:
        while True:
            block = stream.read(_CHUNK)
            seen += len(block)
            if seen > MAX_UNCOMPRESSED_BYTES:
                raise InputRejected(BOMB, "too_large")
            if not block:
                break
            buffer = carry + block
            cut = buffer.rfind(b"</row>")
            if cut < 0 or len(buffer) - cut > 4 * _CHUNK:
                cut = buffer.rfind(b">")
                cut = cut + 1 if cut >= 0 else 0
            else:
                cut += len(b"</row>")
            if cut == 0 and len(buffer) < 8 * _CHUNK:
                carry = buffer
                continue
            yield buffer[: cut or len(buffer)]
            carry = buffer[cut:] if cut else b""
    if carry:
        yield carry


@contextmanager
def _reading(corrupt: str) -> Iterator[None]:
    """Map zip-level failures while inflating members to the French "unreadable" reason."""
    try:
        yield
    except InputRejected:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
        # truncated member, bad CRC, unsupported compression or encrypted zip entry
        raise InputRejected(corrupt, "corrupt") from exc


# a cell with a value (not self-closing) and its reference; one without any reference
_VALUED_REF_RE = re.compile(rb'<(?:\w+:)?c\s[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"[^>]*(?<!/)>')
_FAST_REF_RE = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"[^>]*(?<!/)>')
_CELL_NO_REF_RE = re.compile(rb"<(?:\w+:)?c(?:>|\s(?![^>]*\br=)[^>]*(?<!/)>)")
_REF_RE = re.compile(rb'\br="([A-Z]{1,3})([0-9]{1,7})"')
_ROW_NO_REF_RE = re.compile(rb"<(?:\w+:)?row(?:\s(?![^>]*\br=)[^>]*)?/?>")
_FORMULA_TAG_RE = re.compile(rb"<(?:\w+:)?f[\s>/]")
_FULL_CELL_RE = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?<!/)>(.*?)</(?:\w+:)?c>", re.DOTALL)
_FORMULA_TEXT_RE = re.compile(rb"<(?:\w+:)?f\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?f>)", re.DOTALL)
_VALUE_RE = re.compile(rb"<(?:\w+:)?v\b[^>]*?>(.+?)</(?:\w+:)?v>", re.DOTALL)
_EMPTY_VALUE_RE = re.compile(rb"<(?:\w+:)?v\b[^>]*?(?:/>|>\s*</(?:\w+:)?v>)")
_STR_TYPE_RE = re.compile(rb'\bt="str"')


def check_openxml_container(data: bytes) -> ContainerVetting:
    """Vet an xlsx/xlsm before parsing: bombs, entities, macros, formulas, sheet extents."""
    archive, infos = _open_zip(data)
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names and not any(
        name.startswith("xl/") and name.endswith("workbook.xml") for name in names
    ):
        raise InputRejected(
            "archive zip qui n'est pas un classeur Excel ni OpenDocument (document Word, "
            "PowerPoint ou autre ?)",
            "not_a_workbook",
        )
    vetting = ContainerVetting(macro="xl/vbaProject.bin" in names)
    with _reading(CORRUPT):
        for info in infos:
            if not info.filename.endswith((".xml", ".rels", ".vml")):
                continue
            is_sheet = info.filename.startswith("xl/worksheets/")
            extent = _Extent(info.filename) if is_sheet else None
            for piece in _member_pieces(archive, info):
                if b"<!" in piece and _UNSAFE_XML_RE.search(piece):
                    raise InputRejected(UNSAFE_XML, "unsafe_xml")
                if info.filename == "[Content_Types].xml" and b"macroEnabled" in piece:
                    vetting.macro = True
                if extent is not None:
                    _scan_sheet_piece(piece, extent)
                    if extent.max_row + extent.slack >= MAX_ROWS:
                        break  # refused anyway (with the sheet's name, by the caller)
            if extent is not None:
                vetting.has_formulas |= extent.has_formula
                vetting.extents[info.filename] = extent
    return vetting


def _scan_sheet_piece(piece: bytes, extent: _Extent) -> None:
    """Extent of the valued cells, and formulas saved without a cached value, in one piece.

    One C-level ``findall`` per piece, then plain min/max: about 0.6 s per million cells.
    """
    if piece.count(b'<c r="') == piece.count(b"<c ") + piece.count(b"<c>") and (
        b":c " not in piece
    ):  # every cell written as <c r="…" …> (Excel, Calc, openpyxl): the fast pattern
        refs = _FAST_REF_RE.findall(piece)
        unreferenced = 0
    else:  # namespace prefixes, r not first, cells without r
        refs = _VALUED_REF_RE.findall(piece)
        unreferenced = len(_CELL_NO_REF_RE.findall(piece))  # position implied: one further each
    if refs:
        rows = [int(number) for _, number in refs]
        columns = [_column_number(letters) for letters in {letters for letters, _ in refs}]
        extent.cells += len(refs)
        low, high = min(rows) - 1, max(rows) - 1
        extent.min_row = low if extent.min_row < 0 else min(extent.min_row, low)
        extent.max_row = max(extent.max_row, high)
        low_col, high_col = min(columns) - 1, max(columns) - 1
        extent.min_col = low_col if extent.min_col < 0 else min(extent.min_col, low_col)
        extent.max_col = max(extent.max_col, high_col)
    extent.cells += unreferenced
    extent.slack += unreferenced
    if piece.count(b'<row r="') != piece.count(b"<row ") + piece.count(b"<row>") or (
        b":row" in piece
    ):
        extent.slack += len(_ROW_NO_REF_RE.findall(piece))
    if _FORMULA_TAG_RE.search(piece) is None:
        return
    extent.has_formula = True
    for match in _FULL_CELL_RE.finditer(piece):
        content = match.group(2)
        formula = _FORMULA_TEXT_RE.search(content)
        if formula is None or _VALUE_RE.search(content) is not None:
            continue
        if _STR_TYPE_RE.search(match.group(1)) and _EMPTY_VALUE_RE.search(content):
            continue  # a text formula whose result is "": Excel writes t="str" and <v></v>
        ref = _REF_RE.search(match.group(1))
        if ref is None:
            continue
        text = _xml_unescape((formula.group(1) or b"").decode("utf-8", "replace"))
        extent.formulas.append(
            (int(ref.group(2)) - 1, _column_number(ref.group(1)) - 1, "=" + text)
        )


def _xml_unescape(text: str) -> str:
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&apos;", "'")
        .replace("&amp;", "&")
    )


def _check_limits(extent: _Extent, sheet: str, total_cells: int) -> None:
    """Refuse, with the limit named, a sheet the reader would have to hold beyond the limits."""
    if extent.max_row >= 0:
        last_row = extent.max_row + extent.slack
        if last_row >= MAX_ROWS:
            raise InputRejected(
                f"feuille « {sheet} » : valeurs jusqu'à la ligne {_n(last_row + 1)} au moins, au-delà de "
                f"la limite de {_n(MAX_ROWS)} lignes lues par feuille : fichier refusé plutôt que "
                "lu en partie",
                "too_large",
            )
        rows = last_row - extent.min_row + 1
        cols = extent.max_col + extent.slack - extent.min_col + 1
        if rows * cols > MAX_AREA:
            raise InputRejected(
                f"feuille « {sheet} » : valeurs réparties sur {_n(rows)} lignes × {_n(cols)} "
                f"colonnes, au-delà de la limite de {_n(MAX_AREA)} cellules par feuille : "
                "fichier refusé",
                "too_large",
            )
    if total_cells > MAX_CELLS:
        raise InputRejected(
            f"classeur de plus de {_n(MAX_CELLS)} cellules remplies (limite de lecture) : "
            "fichier refusé plutôt que lu en partie",
            "too_large",
        )


def _openxml_sheet_members(archive: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet member → sheet name, from workbook.xml and its relationships."""
    from defusedxml import ElementTree

    try:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except Exception:  # noqa: BLE001 - names are for messages only
        return {}
    targets = {}
    for rel in rels:
        target = rel.get("Target", "").lstrip("/")
        targets[rel.get("Id")] = target if target.startswith("xl/") else f"xl/{target}"
    out = {}
    for element in book.iter():
        if element.tag.endswith("}sheet"):
            rid = next((v for k, v in element.attrib.items() if k.endswith("}id")), None)
            if rid in targets:
                out[targets[rid]] = element.get("name", "")
    return out


# --------------------------------------------------------------------------- calamine


# a Rust panic reaches Python as pyo3's PanicException, a BaseException: catch it, not these
_FATAL = (KeyboardInterrupt, SystemExit, GeneratorExit, MemoryError)


def _calamine_open(data: bytes, corrupt: str):  # noqa: ANN202 - python_calamine type
    """Open with python-calamine; any failure becomes a French reason."""
    import python_calamine as calamine

    try:
        return calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except calamine.PasswordError as exc:
        raise InputRejected(ENCRYPTED, "encrypted") from exc
    except _FATAL:
        raise
    except BaseException as exc:  # noqa: BLE001 - any failure, Rust panics included
        if "entity" in str(exc).lower():
            raise InputRejected(UNSAFE_XML, "unsafe_xml") from exc
        raise InputRejected(corrupt, "corrupt") from exc


_STATES = {"Visible": "visible", "Hidden": "hidden", "VeryHidden": "veryHidden"}


def _state(visible: object) -> str:
    """``SheetVisibleEnum.Hidden`` → ``hidden`` (the enum is neither hashable nor named)."""
    return _STATES.get(str(visible).rsplit(".", 1)[-1], "visible")


def _calamine_sheets(
    book,  # noqa: ANN001 - python_calamine.CalamineWorkbook
    corrupt: str,
    issues: list[ParseIssue],
    extents: dict[str, _Extent] | None = None,
) -> list[Sheet]:
    """Every worksheet as rows of plain values, streamed row by row out of calamine.

    ``extents`` (by sheet name) carries what the XML inspection found: merged ranges when
    the library does not give them (ods), formulas without a cached value.
    """
    import python_calamine as calamine

    sheets: list[Sheet] = []
    cells = 0
    for meta in book.sheets_metadata:
        if meta.typ != calamine.SheetTypeEnum.WorkSheet:
            continue  # chart and dialog sheets hold no cells
        extent = (extents or {}).get(meta.name)
        try:
            source = book.get_sheet_by_name(meta.name)
            start, end = source.start, source.end
            if extents is None and start is not None:  # xls: no XML to measure beforehand
                probe = _Extent(meta.name)
                probe.add(start[0], start[1], end[0] - start[0] + 1, end[1] - start[1] + 1)
                probe.cells = 0
                _check_limits(probe, meta.name, 0)
            rows, kept = _rows_from(source, start, end, meta.name, issues)
        except InputRejected:
            raise
        except _FATAL:
            raise
        except BaseException as exc:  # noqa: BLE001 - a sheet it cannot decode, or a Rust panic
            raise InputRejected(corrupt, "corrupt") from exc
        cells += kept
        if cells > MAX_CELLS:
            _check_limits(_Extent(meta.name), meta.name, cells)
        merges = source.merged_cell_ranges
        if merges is None and extent is not None:
            merges = extent.merges
        _apply_merges(rows, merges or [])
        if extent is not None:
            _report_formulas(rows, extent, meta.name, issues)
        while rows and not any(v is not None for v in rows[-1]):
            rows.pop()
        sheets.append(Sheet(meta.name, rows, _state(meta.visible)))
    return sheets


def _rows_from(
    source,  # noqa: ANN001 - python_calamine.CalamineSheet
    start: tuple[int, int] | None,
    end: tuple[int, int] | None,
    name: str,
    issues: list[ParseIssue],
) -> tuple[list[list[Cell]], int]:
    """Rows with absolute positions (calamine starts at the first used column)."""
    if start is None or end is None:
        return [], 0
    width = end[1] + 1
    rows: list[list[Cell]] = []
    kept = 0
    beyond = False
    datetime_type, date_type = dt.datetime, dt.date
    for values in source.iter_rows():
        row: list[Cell] = [None] * (width - len(values)) if len(values) < width else []
        for value in values:
            kind = type(value)
            if kind is str:
                if value:
                    row.append(value)
                    kept += 1
                else:
                    row.append(None)
            elif kind is float:
                row.append(int(value) if value.is_integer() and abs(value) < 1e15 else value)
                kept += 1
            elif kind is date_type:  # openpyxl gave datetimes: keep one type for readers
                row.append(datetime_type(value.year, value.month, value.day))
                kept += 1
            else:
                row.append(value)
                kept += 1
        if len(row) > MAX_COLUMNS:
            if any(v is not None for v in row[MAX_COLUMNS:]):
                beyond = True
            del row[MAX_COLUMNS:]
        rows.append(row)
    offset = end[0] + 1 - len(rows)
    if offset > 0:
        rows[:0] = [[] for _ in range(offset)]
    if beyond:
        issues.append(
            ParseIssue(
                "warning",
                f"valeurs au-delà de la colonne {column_letter(MAX_COLUMNS)} non lues "
                f"(limite de {MAX_COLUMNS} colonnes)",
                sheet=name,
            )
        )
    return rows, kept


def _apply_merges(
    rows: list[list[Cell]], merges: list[tuple[tuple[int, int], tuple[int, int]]]
) -> None:
    """Merged cells: the top-left value applies to the whole range (0-based inclusive)."""
    for (r0, c0), (r1, c1) in merges:
        if r0 >= len(rows) or c0 >= MAX_COLUMNS:
            continue
        top = _get(rows, r0 + 1, c0 + 1)
        if top is None:
            continue
        for r in range(r0 + 1, min(r1 + 1, len(rows)) + 1):
            for c in range(c0 + 1, min(c1 + 1, MAX_COLUMNS) + 1):
                if (r, c) != (r0 + 1, c0 + 1):
                    _set(rows, r, c, top)


def _report_formulas(
    rows: list[list[Cell]], extent: _Extent, name: str, issues: list[ParseIssue]
) -> None:
    for row, col, formula in extent.formulas:
        if _get(rows, row + 1, col + 1) is not None:
            continue  # a merge or the library found a value after all
        issues.append(
            ParseIssue(
                "warning",
                FORMULA_NO_VALUE + " (classeur enregistré sans recalcul) : cellule lue comme vide",
                sheet=name,
                row=row + 1,
                column=column_letter(col + 1),
                value=formula[:200],
            )
        )


def _get(rows: list[list[Cell]], r: int, c: int) -> Cell:
    if 1 <= r <= len(rows) and 1 <= c <= len(rows[r - 1]):
        return rows[r - 1][c - 1]
    return None


def _set(rows: list[list[Cell]], r: int, c: int, value: Cell) -> None:
    row = rows[r - 1]
    if len(row) < c:
        row.extend([None] * (c - len(row)))
    row[c - 1] = value


# --------------------------------------------------------------------------- xlsx / xlsm


def _load_openxml(data: bytes, filename: str) -> Workbook:
    vetting = check_openxml_container(data)
    names: dict[str, str] = {}
    total = sum(extent.cells for extent in vetting.extents.values())
    needs_names = total > MAX_CELLS or any(
        extent.formulas
        or extent.max_row + extent.slack >= MAX_ROWS
        or (extent.max_row - extent.min_row + 1) * (extent.max_col - extent.min_col + 1)
        > MAX_AREA // 2
        for extent in vetting.extents.values()
    )
    if needs_names:
        archive, _ = _open_zip(data)
        names = _openxml_sheet_members(archive)
    by_name: dict[str, _Extent] = {}
    for member, extent in vetting.extents.items():
        sheet = names.get(member, member.rsplit("/", 1)[-1])
        _check_limits(extent, sheet, total)
        by_name[sheet] = extent
    issues: list[ParseIssue] = []
    book = _calamine_open(data, CORRUPT)
    try:
        sheets = _calamine_sheets(book, CORRUPT, issues, by_name)
    finally:
        book.close()
    file_format = "xlsm" if vetting.macro or filename.lower().endswith(".xlsm") else "xlsx"
    if vetting.macro:
        issues.append(
            ParseIssue("info", "classeur avec macros (VBA) : macros ignorées, jamais exécutées")
        )
    return Workbook(sheets, file_format, issues)


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


# --------------------------------------------------------------------------- CSV


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text export: UTF-8 (BOM or not), UTF-16 with BOM, else cp1252 (Excel FR)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    """``;`` ``,`` or tab: the one giving the most lines with the same (>1) number of fields."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    best, best_score = ";", (-1, -1)
    for delimiter in (";", "\t", ","):
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        multi = [n for n in counts if n > 1]
        if not multi:
            continue
        modal = max(set(multi), key=multi.count)
        score = (multi.count(modal), modal)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def load_csv(data: bytes, filename: str = "") -> Workbook:
    """One-sheet workbook from a CSV; values stay text (readers parse numbers and dates)."""
    if len(data) > MAX_UNCOMPRESSED_BYTES:
        raise InputRejected("fichier CSV anormalement volumineux", "too_large")
    text, encoding = decode_text(data)
    if "\x00" in text:
        raise InputRejected("format non reconnu (ni Excel, ni CSV)", "unknown_format")
    delimiter = sniff_delimiter(text)
    rows: list[list[Cell]] = []
    limits = resource_limits.current()
    n_cells, wide = 0, 0
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            # never truncated silently: over a limit the whole file is refused (issue 15)
            if len(rows) >= limits.csv_max_rows:
                raise resource_limits.csv_rows_exceeded(limits)
            n_cells += len(row)
            if n_cells > limits.csv_max_cells:
                raise resource_limits.csv_cells_exceeded(limits)
            wide = max(wide, len(row))
            rows.append([value if value.strip() else None for value in row[:MAX_COLUMNS]])
    except csv.Error as exc:
        raise InputRejected(f"fichier CSV illisible : {exc}", "corrupt") from exc
    while rows and not any(v is not None for v in rows[-1]):
        rows.pop()
    name = re.sub(r"\.[^.]*$", "", filename.rsplit("/", 1)[-1]) or "CSV"
    issues = [
        ParseIssue(
            "info",
            f"CSV lu en {encoding}, séparateur « {'tabulation' if delimiter == chr(9) else delimiter} »",
        )
    ]
    if wide > MAX_COLUMNS:
        issues.append(
            ParseIssue(
                "warning",
                f"CSV de {wide} colonnes : seules les {MAX_COLUMNS} premières sont lues",
            )
        )
    return Workbook([Sheet(name, rows)], "csv", issues)


def excel_serial_to_date(value: float) -> dt.date | None:
    """Excel day serial (1900 system) → date; None outside 1950-2100."""
    if not 18_264 <= value <= 73_051:
        return None
    return (dt.datetime(1899, 12, 30) + dt.timedelta(days=float(value))).date()
