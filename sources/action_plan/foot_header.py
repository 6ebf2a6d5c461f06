"""A steps table whose column labels are its LAST row (a « pied de tableau »), not its first.

A WordPress table plug-in (TablePress: « La dernière ligne du tableau est le pied de tableau »
ticked, the first row not made a header) prints the labels UNDER the last step, and Chromium
repeats that foot row at the foot of every page the table crosses. The table reader finds a
header with no row under it; the steps above it are left as plain lines.

Here a header table with no body row takes the lines right above it as its rows: lines of
the same page, under a heading or another stop, each segment starting inside the header's
columns, one line at least holding three cells or more. A record is a run of lines closer
than the widest line spacing inside records allows (a row's padding parts two records); each
word goes to the column it starts in (a cell's text running close to the next cell's is
read as one segment), a column's lines joined as a wrapped cell.
"""

from __future__ import annotations

from collections.abc import Callable

from sources.pdf.cells import join_wrapped
from sources.pdf.content import Line, TableBlock, TableRow

_ALIGN = 2.0  # pt: a segment starts this far left of its column's boundary at most
_RECORD = 1.35  # of the closest line spacing: a wider one parts two records
_UNDER = 3.0  # of a font size: the last line stands this close above the labels at most


def _column(bounds: list[float], x0: float) -> int | None:
    if x0 < bounds[0] - _ALIGN or x0 > bounds[-1]:
        return None
    return max(i for i, b in enumerate(bounds[:-1]) if b - _ALIGN <= x0)


def _fits(line: Line, bounds: list[float]) -> bool:
    cols = [_column(bounds, s.x0) for s in line.segments]
    return None not in cols and cols == sorted(set(c for c in cols if c is not None))


def foot_headers(
    lines: list[Line], tables: list[TableBlock], is_stop: Callable[[Line], bool]
) -> tuple[list[Line], list[TableBlock]]:
    """The page's lines and tables, each rowless header table given the lines right above
    it as its rows (module docstring)."""
    used: set[int] = set()
    out: list[TableBlock] = []
    for table in tables:
        bounds = list(table.bounds)
        if table.rows or not table.has_header or len(bounds) != len(table.keys) + 1:
            out.append(table)
            continue
        above = [ln for ln in lines if ln.page == table.page and ln.bottom <= table.top + 1.0]
        run: list[Line] = []
        for line in reversed(above):
            if id(line) in used or is_stop(line) or not _fits(line, bounds):
                break
            if run and run[0].top - line.bottom > _UNDER * line.size:
                break
            if not run and table.top - line.bottom > _UNDER * line.size:
                break
            run.insert(0, line)
        if not any(len(ln.segments) >= 3 for ln in run):
            out.append(table)
            continue
        used |= {id(ln) for ln in run}
        out.append(_with_rows(table, run, bounds))
    if not used:
        return lines, tables
    return [ln for ln in lines if id(ln) not in used], out


def _with_rows(table: TableBlock, run: list[Line], bounds: list[float]) -> TableBlock:
    steps = [b.top - a.top for a, b in zip(run, run[1:], strict=False)]
    pitch = min(steps, default=0.0)
    records: list[list[Line]] = []
    for index, line in enumerate(run):
        if records and line.top - run[index - 1].top <= _RECORD * pitch:
            records[-1].append(line)
        else:
            records.append([line])
    block = TableBlock(table.page, run[0].top, table.bottom, list(table.keys), True)
    block.bounds, block.ncols = list(bounds), table.ncols or len(table.keys)
    block.header_labels = list(table.header_labels)
    block.open_at_bottom = table.open_at_bottom
    for record in records:
        parts: dict[str, list[str]] = {}
        for line in record:
            for seg in line.segments:  # a segment running into the next column is cut
                pieces: dict[int, list[str]] = {}
                for x0, _, word in seg.words or [(seg.x0, seg.x1, seg.text)]:
                    col = _column(bounds, x0)
                    if col is not None:
                        pieces.setdefault(col, []).append(word)
                for col, words in pieces.items():
                    parts.setdefault(table.keys[col], []).append(" ".join(words))
        cells: dict[str, str | None] = {k: join_wrapped(parts.get(k, [])) for k in table.keys}
        block.rows.append(TableRow(table.page, record[0].top, cells))
    return block
