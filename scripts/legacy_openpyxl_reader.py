"""The spreadsheet reader as it was before issue 21 (openpyxl, whole workbook in memory).

Kept only so ``make bench`` can print the old and the new reader side by side on the same
files; the pipeline never imports it. ``load_workbook_openpyxl`` has the same contract as
:func:`sources.spreadsheet.load_workbook` for xlsx/xlsm files.
"""

from __future__ import annotations

import io

from sources.errors import InputRejected
from sources.records import ParseIssue
from sources.spreadsheet import (
    CORRUPT,
    FORMULA_NO_VALUE,
    MAX_COLUMNS,
    MAX_ROWS,
    UNSAFE_XML,
    Cell,
    Sheet,
    Workbook,
    check_openxml_container,
    column_letter,
    load_workbook,
)

_MAX_EMPTY_RUN = 2_000


def load_workbook_openpyxl(data: bytes, filename: str = "") -> Workbook:
    """Old path for xlsx/xlsm (same zip vetting); other formats go through the new reader."""
    if not filename.lower().endswith((".xlsx", ".xlsm")) or not data.startswith(b"PK"):
        return load_workbook(data, filename)
    return _load_openxml(data, filename)


def _load_openxml(data: bytes, filename: str) -> Workbook:
    import openpyxl

    vetting = check_openxml_container(data)
    macro, has_formulas = vetting.macro, vetting.has_formulas
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
