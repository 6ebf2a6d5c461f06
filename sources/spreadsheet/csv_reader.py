"""CSV exports: encoding and delimiter sniffed, one-sheet workbook of text values."""

from __future__ import annotations

import csv
import io
import re

from sources import limits as resource_limits
from sources.errors import InputRejected
from sources.records import ParseIssue
from sources.spreadsheet.workbook import MAX_COLUMNS, MAX_UNCOMPRESSED_BYTES, Cell, Sheet, Workbook

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
