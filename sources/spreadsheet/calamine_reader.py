"""python-calamine (the Rust ``calamine`` crate) as the one value reader for xlsx, xls and ods:
rows streamed into plain Python values, merges applied, formulas without a value reported."""

from __future__ import annotations

import datetime as dt
import io

from sources.errors import InputRejected
from sources.records import ParseIssue
from sources.spreadsheet.containers import _check_limits, _Extent
from sources.spreadsheet.workbook import (
    ENCRYPTED,
    FORMULA_NO_VALUE,
    MAX_CELLS,
    MAX_COLUMNS,
    UNSAFE_XML,
    Cell,
    Sheet,
    column_letter,
)

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
