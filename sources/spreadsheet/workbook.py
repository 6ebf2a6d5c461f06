"""The neutral structure every reader returns (:class:`Workbook` of :class:`Sheet` rows), the
reading limits and the French reasons shared by the format readers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

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


def excel_serial_to_date(value: float) -> dt.date | None:
    """Excel day serial (1900 system) → date; None outside 1950-2100."""
    if not 18_264 <= value <= 73_051:
        return None
    return (dt.datetime(1899, 12, 30) + dt.timedelta(days=float(value))).date()
