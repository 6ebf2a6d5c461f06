"""Spreadsheets printed with their grid (Calc's « Imprimer : Grille », Excel's gridlines).

The printed grid draws every cell of a sheet's used area, empty ones included: a heading or
a field label typed in column A is a grid row of its own whose other cells are empty (not
merged), and an empty row between blocks is a row of empty cells. Such rows are no body
rows of a table: a header further down the same grid is still the table's header. A whole
plan kept on ONE sheet prints as one grid holding every fiche: each steps header starts a
table of its own (:func:`sources.pdf.ruled_tables._sheet_parts`) and each steps table ends
at the next heading typed in column A (:func:`end_at_stops`).
"""

from __future__ import annotations

from collections.abc import Callable

from sources.pdf.content import Line, TableBlock


def first_cell_only(row: list[str | None]) -> bool:
    """Does a grid row hold text in its first cell at most, every other cell empty (``''``,
    or ``None`` where the first cell's text overflows into it)?"""
    return not any((cell or "").strip() for cell in row[1:])


def cut_at_stops(
    tables: list[TableBlock], lines: list[Line], is_stop: Callable[[Line], bool]
) -> list[TableBlock]:
    """Tables going on from the page before (no header of their own), each ended at the
    row holding its first stop line in the first column (a fiche or objective heading, a
    field label…): a spreadsheet prints each sheet's whole used area as ONE grid, so the grid
    at the top of a new sheet's page has the column count of the steps table the page before
    ended on, and would read as its rest. That row and those below are left to the page's
    lines; a table left without a row is dropped."""
    kept: list[TableBlock] = []
    for table in tables:
        if table.has_header or not table.rows:
            kept.append(table)
            continue
        left = table.bounds[0] - 2 if table.bounds else float("-inf")
        right = table.bounds[1] if len(table.bounds) > 1 else float("inf")
        stops = [
            ln.top
            for ln in lines
            if table.top - 1 <= ln.top <= table.bottom and left <= ln.x0 < right and is_stop(ln)
        ]
        if not stops:
            kept.append(table)
            continue
        first = min(stops)
        rows = sorted(table.rows, key=lambda r: r.top)
        holder = max((i for i, r in enumerate(rows) if r.top <= first + 1), default=0)
        if holder == 0:
            continue
        table.rows = rows[:holder]
        table.bottom = rows[holder].top
        kept.append(table)
    return kept


def end_at_stops(
    tables: list[TableBlock], lines: list[Line], is_stop: Callable[[Line], bool]
) -> list[TableBlock]:
    """Ruled tables under a header of their own, each ended at its first row holding a stop
    line in the first column (a fiche heading, an objective line) and no text in its other
    cells: a sheet printed as ONE grid goes on under a steps table with the next fiche's or
    objective's rows (:func:`sources.pdf.ruled_tables._sheet_parts`), which are no steps.
    That row and those below are left to the page's lines. A step row (text in its other
    cells) is never an end, whatever its first cell says."""
    for table in tables:
        if not table.has_header or not table.rows_ruled or not table.rows or table.keyed:
            continue
        left = table.bounds[0] - 2 if table.bounds else float("-inf")
        right = table.bounds[1] if len(table.bounds) > 1 else float("inf")
        above = table.header_bottom - 1
        stops = sorted(
            ln.top
            for ln in lines
            if above <= ln.top <= table.bottom and left <= ln.x0 < right and is_stop(ln)
        )
        rows = sorted(table.rows, key=lambda r: r.top)
        for stop in stops:
            holder = max((i for i, r in enumerate(rows) if r.top <= stop + 1), default=None)
            if holder is None or not _first_only(rows[holder].cells, table.keys):
                continue
            table.rows, cut = rows[:holder], rows[holder:]
            table.bottom = rows[holder].top
            # a heading overflowing across the grid was counted as a row across the columns
            merged = sum(1 for r in cut if all(r.cells.get(k) is None for k in table.keys[1:]))
            table.spanning_rows = max(0, table.spanning_rows - merged)
            break
    return tables


def _first_only(cells: dict[str, str | None], keys: list[str]) -> bool:
    """A read row's text in its first column at most (the row of a heading typed in A)."""
    return not any((cells.get(key) or "").strip() for key in keys[1:])
