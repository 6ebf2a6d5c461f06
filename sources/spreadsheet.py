"""Safe loading of returned workbooks (xlsx, xlsm, xls, CSV) into a neutral structure.

The questionnaire and recipients readers never touch openpyxl/xlrd/csv directly: they get
plain rows of cell values from here. Everything that comes from the inbox is untrusted, so
this module refuses zip bombs, XML entity tricks and encrypted containers before any parser
sees them, never runs macros, and reads formulas through their cached values only.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import zipfile
from collections import OrderedDict
from dataclasses import dataclass, field

from sources import limits as resource_limits
from sources.errors import InputRejected
from sources.records import ParseIssue
from sources.values import fold

MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
_RATIO_MIN_MEMBER_BYTES = 1024 * 1024  # tiny members may legitimately compress very well
MAX_ROWS = 100_000
MAX_COLUMNS = 200
_MAX_EMPTY_RUN = 2_000  # stop after this many consecutive empty rows (formatted blanks)

ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

CORRUPT = "fichier Excel illisible ou tronqué"
BOMB = "classeur anormalement volumineux (bombe zip ?)"
ENCRYPTED = "classeur protégé par mot de passe"
UNSAFE_XML = "classeur refusé : XML avec déclarations d'entités (DOCTYPE), construction dangereuse"
FORMULA_NO_VALUE = "formule sans valeur calculée"

Cell = object  # str | int | float | bool | datetime | date | None


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
    file_format: str  # xlsx | xlsm | xls | csv
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


# --------------------------------------------------------------------------- format detection


def sniff_format(data: bytes, filename: str = "") -> str:
    """``xlsx`` | ``xlsm`` | ``xls`` | ``csv`` | ``other`` from content (name only breaks ties)."""
    if data.startswith(ZIP_MAGIC):
        return "xlsm" if filename.lower().endswith((".xlsm", ".xltm")) else "xlsx"
    if data.startswith(OLE2_MAGIC):
        return "xls"
    if not data.strip():
        return "other"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "csv"  # UTF-16 "texte Unicode" export of Excel
    if b"\x00" in data[:65536] or data.lstrip()[:5] == b"%PDF-":
        return "other"
    return "csv"


# --------------------------------------------------------------------------- cache

_CACHE: OrderedDict[tuple[str, str], Workbook] = OrderedDict()
_CACHE_SIZE = 4


def load_workbook(data: bytes, filename: str = "") -> Workbook:
    """Load untrusted bytes; raises :class:`InputRejected` with a French reason.

    Small LRU cache by content hash: the type detector and the reader load the same file
    one after the other, and openpyxl parsing is the expensive part.
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
    if kind == "xls":
        return _load_xls(data)
    if kind == "csv":
        return load_csv(data, filename)
    raise InputRejected("format non reconnu (ni Excel, ni CSV)", "unknown_format")


# --------------------------------------------------------------------------- xlsx / xlsm


def _check_zip(data: bytes) -> tuple[zipfile.ZipFile, bool, bool]:
    """Open the container and vet it; returns (zip, is_macro_enabled, has_formulas)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise InputRejected(CORRUPT, "corrupt") from exc
    total = 0
    for info in infos:
        total += info.file_size
        if total > MAX_UNCOMPRESSED_BYTES:
            raise InputRejected(BOMB, "too_large")
        if info.file_size >= _RATIO_MIN_MEMBER_BYTES and (
            info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1)
        ):
            raise InputRejected(BOMB, "too_large")
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names and not any(
        name.startswith("xl/") and name.endswith("workbook.xml") for name in names
    ):
        raise InputRejected(
            "archive zip qui n'est pas un classeur Excel (document Word, PowerPoint ou autre ?)",
            "not_a_workbook",
        )
    macro = "xl/vbaProject.bin" in names
    has_formulas = False
    try:
        for info in infos:
            if not info.filename.endswith((".xml", ".rels", ".vml")):
                continue
            content = archive.read(info)
            head = content[:4096].upper()
            if b"<!DOCTYPE" in head or b"<!ENTITY" in content.upper():
                raise InputRejected(UNSAFE_XML, "unsafe_xml")
            if info.filename == "[Content_Types].xml" and b"macroEnabled" in content:
                macro = True
            if info.filename.startswith("xl/worksheets/") and (
                b"<f>" in content or b"<f " in content or b":f>" in content
            ):
                has_formulas = True
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
        # truncated member, bad CRC, unsupported compression or encrypted zip entry
        raise InputRejected(CORRUPT, "corrupt") from exc
    return archive, macro, has_formulas


def _load_openxml(data: bytes, filename: str) -> Workbook:
    import openpyxl

    _, macro, has_formulas = _check_zip(data)
    issues: list[ParseIssue] = []
    if not openpyxl.DEFUSEDXML:  # pragma: no cover - defusedxml is a pinned dependency
        issues.append(
            ParseIssue("info", "defusedxml absent : seule la vérification DOCTYPE protège le XML")
        )
    values = _openpyxl_open(data, data_only=True)
    formulas = _openpyxl_open(data, data_only=False) if has_formulas else None
    sheets: list[Sheet] = []
    for ws in values.worksheets:
        formula_ws = formulas[ws.title] if formulas is not None else None
        sheets.append(_sheet_from_openpyxl(ws, formula_ws, issues))
    file_format = "xlsm" if macro or filename.lower().endswith(".xlsm") else "xlsx"
    if macro:
        issues.append(
            ParseIssue("info", "classeur avec macros (VBA) : macros ignorées, jamais exécutées")
        )
    return Workbook(sheets, file_format, issues)


def _openpyxl_open(data: bytes, *, data_only: bool):  # noqa: ANN202 - openpyxl type
    import openpyxl

    try:
        from defusedxml import DefusedXmlException
    except ImportError:  # pragma: no cover
        DefusedXmlException = ValueError  # noqa: N806

    try:
        return openpyxl.load_workbook(
            io.BytesIO(data), read_only=False, keep_vba=False, data_only=data_only, keep_links=False
        )
    except DefusedXmlException as exc:
        raise InputRejected(UNSAFE_XML, "unsafe_xml") from exc
    except InputRejected:
        raise
    except Exception as exc:  # noqa: BLE001 - any openpyxl failure means an unusable file
        cause: BaseException | None = exc
        while cause is not None:  # openpyxl wraps parser errors in a ValueError
            if isinstance(cause, DefusedXmlException):
                raise InputRejected(UNSAFE_XML, "unsafe_xml") from exc
            cause = cause.__cause__ or cause.__context__
        raise InputRejected(CORRUPT, "corrupt") from exc


def _sheet_from_openpyxl(ws, formula_ws, issues: list[ParseIssue]) -> Sheet:  # noqa: ANN001
    rows: list[list[Cell]] = []
    empty_run = 0
    max_col = min(ws.max_column or 1, MAX_COLUMNS)
    for values in ws.iter_rows(min_row=1, max_col=max_col, values_only=True):
        row = list(values)
        if any(v is not None and (not isinstance(v, str) or v.strip()) for v in row):
            empty_run = 0
        else:
            empty_run += 1
            if empty_run > _MAX_EMPTY_RUN:
                break
        rows.append(row)
        if len(rows) >= MAX_ROWS:
            issues.append(
                ParseIssue("warning", f"feuille tronquée à {MAX_ROWS} lignes", sheet=ws.title)
            )
            break
    # merged cells: the top-left value applies to the whole range
    for merged in list(getattr(ws, "merged_cells", None) and ws.merged_cells.ranges or []):
        top = _get(rows, merged.min_row, merged.min_col)
        for r in range(merged.min_row, min(merged.max_row, len(rows)) + 1):
            for c in range(merged.min_col, min(merged.max_col, max_col) + 1):
                if (r, c) != (merged.min_row, merged.min_col):
                    _set(rows, r, c, top)
    if formula_ws is not None:
        for frow in formula_ws.iter_rows(max_row=len(rows), max_col=max_col):
            for cell in frow:
                if cell.data_type == "f" and _get(rows, cell.row, cell.column) is None:
                    issues.append(
                        ParseIssue(
                            "warning",
                            FORMULA_NO_VALUE
                            + " (classeur enregistré sans recalcul) : cellule lue comme vide",
                            sheet=ws.title,
                            row=cell.row,
                            column=column_letter(cell.column),
                            value=str(cell.value)[:200],
                        )
                    )
    while rows and not any(v is not None and v != "" for v in rows[-1]):
        rows.pop()
    state = getattr(ws, "sheet_state", "visible") or "visible"
    return Sheet(ws.title, rows, state)


def _get(rows: list[list[Cell]], r: int, c: int) -> Cell:
    if 1 <= r <= len(rows) and 1 <= c <= len(rows[r - 1]):
        return rows[r - 1][c - 1]
    return None


def _set(rows: list[list[Cell]], r: int, c: int, value: Cell) -> None:
    row = rows[r - 1]
    if len(row) < c:
        row.extend([None] * (c - len(row)))
    row[c - 1] = value


# --------------------------------------------------------------------------- xls (BIFF)


def _load_xls(data: bytes) -> Workbook:
    if "EncryptedPackage".encode("utf-16-le") in data or (
        "EncryptionInfo".encode("utf-16-le") in data
    ):
        raise InputRejected(ENCRYPTED, "encrypted")
    import xlrd

    book = None
    for formatting in (True, False):
        try:
            book = xlrd.open_workbook(
                file_contents=data, formatting_info=formatting, on_demand=False
            )
            break
        except xlrd.biffh.XLRDError as exc:
            text = str(exc).lower()
            if "encrypt" in text or "password" in text:
                raise InputRejected(ENCRYPTED, "encrypted") from exc
            if "workbook" in text and "ole2" in text:
                raise InputRejected(
                    "document OLE2 qui n'est pas un classeur Excel (Word 97 ?)", "not_a_workbook"
                ) from exc
            if not formatting:
                raise InputRejected(CORRUPT, "corrupt") from exc
        except NotImplementedError:
            continue  # formatting_info unsupported for this file
        except Exception as exc:  # noqa: BLE001 - any xlrd failure means an unusable file
            if not formatting:
                raise InputRejected(CORRUPT, "corrupt") from exc
    if book is None:
        raise InputRejected(CORRUPT, "corrupt")
    sheets = []
    for sheet in book.sheets():
        rows: list[list[Cell]] = []
        for r in range(min(sheet.nrows, MAX_ROWS)):
            row: list[Cell] = []
            for c in range(min(sheet.ncols, MAX_COLUMNS)):
                cell = sheet.cell(r, c)
                row.append(_xls_value(cell, book.datemode))
            rows.append(row)
        for rlo, rhi, clo, chi in getattr(sheet, "merged_cells", []) or []:
            top = _get(rows, rlo + 1, clo + 1)
            for r in range(rlo + 1, min(rhi, len(rows)) + 1):
                for c in range(clo + 1, chi + 1):
                    if (r, c) != (rlo + 1, clo + 1):
                        _set(rows, r, c, top)
        state = {0: "visible", 1: "hidden", 2: "veryHidden"}.get(sheet.visibility, "visible")
        sheets.append(Sheet(sheet.name, rows, state))
    return Workbook(sheets, "xls", [])


def _xls_value(cell, datemode: int) -> Cell:  # noqa: ANN001 - xlrd type
    import xlrd

    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate_as_datetime(cell.value, datemode)
        except Exception:  # noqa: BLE001 - bad date serial: keep the number
            return cell.value
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(cell.value, "#ERREUR")
    if cell.ctype == xlrd.XL_CELL_NUMBER and float(cell.value).is_integer():
        return int(cell.value) if abs(cell.value) < 1e15 else cell.value
    return cell.value


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
