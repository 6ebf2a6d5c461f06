"""Zip containers vetted before any parser sees them: bombs, entity declarations, limits.

Members are inflated piece by piece; sheet extents are measured so a workbook beyond the
reading limits is refused with the limit named, never read in part.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sources.errors import InputRejected
from sources.spreadsheet.workbook import (
    _RATIO_MIN_MEMBER_BYTES,
    BOMB,
    CORRUPT,
    MAX_AREA,
    MAX_CELLS,
    MAX_COMPRESSION_RATIO,
    MAX_ROWS,
    MAX_UNCOMPRESSED_BYTES,
    _n,
)

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
