"""A grid's leading KEY column, and the rows of a grid that are no step rows.

A spreadsheet holding a whole plan (every fiche's heading, fields and steps one grid, its
header row frozen on every page) often repeats the fiche's code in a first column (« Fiche »,
« Code ») on each of the fiche's rows: that column names no step field, it only ties the row
to its fiche. It is recognised by its meaning — the cells of their own down it (not merged
to the right) are all short codes, some repeated on several rows — and set aside: its cells
are dropped from the step rows and its words from the page's lines.

In such a grid only the rows filling the step columns are steps; a row merged across the
grid (an axis, an objective, a paragraph), a heading row (the code, then one cell across the
rest) or a field row (the code, a label, the value merged over the remaining columns) is
text: the grid is cut around these rows (:attr:`~sources.pdf.content.TableBlock.gaps`),
whose lines stay the page's lines, each row a rule band of its own so that a value
bottom-aligned beside its label (the spreadsheet default) is read as that label's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import Any

from sources.pdf.content import Line, Segment, TableBlock

# « 1.1.1 », « 2.3 », « 12 », « A1 », « AE-2 », « 1.2.a »: a code, never a word nor a sentence
_CODE_RE = re.compile(
    r"^(?:[A-Z]{1,4}\s?[-.]?\s?)?\d{1,3}(?:[.\-]\d{1,3}){0,3}(?:[.\-]?[a-z])?\.?$"
)
_MIN_STEP_CELLS = 3  # a step row fills the step columns: step, description and details


def is_code(text: str | None) -> bool:
    """A short code (« 1.1.1 », « A1 »), the only text of a key column's cells."""
    return bool(_CODE_RE.match(" ".join((text or "").split())))


def own_first(box: Any, right: float) -> bool:
    """Is the row's first cell a cell of its own (not merged over the next columns)?"""
    cells = getattr(box, "cells", None) or []
    return bool(cells) and cells[0] is not None and float(cells[0][2]) <= right + 1


def key_column(
    header: list[str | None],
    body: list[list[str | None]],
    boxes: list[Any],
    xs: list[float],
) -> bool:
    """Is the grid's first column a key column? Its header names no step column
    (``header[0]`` is None), the grid has at least three step columns beside it, and its cells
    of their own that hold text are all codes, at least two, one of them repeated (a fiche's
    code on its several rows; a numbered steps column counts each number once)."""
    if len(xs) < 5 or not header or header[0] is not None:
        return False
    codes = [
        " ".join((raw[0] or "").split())
        for raw, box in zip(body, boxes, strict=False)
        if raw and own_first(box, xs[1])
    ]
    codes = [c for c in codes if c]
    return len(codes) >= 2 and all(is_code(c) for c in codes) and len(set(codes)) < len(codes)


def is_step_row(raw: list[str | None]) -> bool:
    """A row of a keyed grid filling the step columns (its cells of their own, the key cell
    aside, at least :data:`_MIN_STEP_CELLS`); a heading, field or spanning row fills fewer."""
    return sum(1 for c in raw[1:] if c is not None) >= _MIN_STEP_CELLS


def set_aside(
    tables: list[TableBlock], lines: list[Line]
) -> tuple[list[TableBlock], list[Line], list[float]]:
    """The page's tables with every keyed grid cut around its text rows, the page's lines
    without the words set aside (the header rows, the key cells), and the rows' bounds to
    add to the page's rules (each text row its own band). One pass over the lines, a binary
    search each among the rows set aside."""
    keyed = [t for t in tables if t.gaps or t.aside]
    if not keyed:
        return tables, lines, []
    boxes = sorted((box for t in keyed for box in t.aside), key=lambda b: b[1])
    tops = [b[1] - 1 for b in boxes]
    kept: list[Line] = []
    for line in lines:
        mid_y = (line.top + line.bottom) / 2
        at = bisect_right(tops, mid_y)  # the boxes are grid rows, one under the other: the
        # line's row, or the one above it when the line sits on their shared border
        near = [b for b in boxes[max(0, at - 2) : at] if mid_y <= b[3] + 1]
        if not near:
            kept.append(line)
            continue
        segments = [
            s for s in line.segments if not any(b[0] - 1 <= s.x0 and s.x1 <= b[2] + 1 for b in near)
        ]
        if segments:
            kept.append(_with_segments(line, segments))
    out: list[TableBlock] = []
    rules: list[float] = []
    for table in tables:
        if table not in keyed:
            out.append(table)
            continue
        out.extend(_runs(table))
        for top, bottom in table.gaps:
            rules += [top, bottom]
    return out, kept, rules


def _with_segments(line: Line, segments: list[Segment]) -> Line:
    if len(segments) == len(line.segments):
        return line
    return replace(line, segments=segments, x0=segments[0].x0, x1=segments[-1].x1)


def _runs(table: TableBlock) -> list[TableBlock]:
    """The step rows of a keyed grid as one block per run of rows between its text rows,
    each run from the bottom of the text row above it to the top of the one below."""
    runs: list[TableBlock] = []
    gaps = sorted(table.gaps)
    g, start, rows = 0, table.top, []
    for row in sorted(table.rows, key=lambda r: r.top):
        if g < len(gaps) and gaps[g][0] <= row.top:
            if rows:
                runs.append(_run(table, start, gaps[g][0], rows))
                rows = []
            while g < len(gaps) and gaps[g][0] <= row.top:
                start, g = gaps[g][1], g + 1
        rows.append(row)
    if rows:
        runs.append(_run(table, start, gaps[g][0] if g < len(gaps) else table.bottom, rows))
    if runs and runs[0].top > table.top:
        runs[0].header_bottom = 0.0
    if not runs or runs[-1].bottom < table.bottom - 1:  # text rows last: the grid goes on
        # perhaps on the next page, with no header repeated; a block with no row at its foot
        # carries its columns there (:func:`carried`), it is no table of this page
        runs.append(_run(table, table.bottom, table.bottom, []))
    return runs


def carried(tables: list[TableBlock]) -> list[TableBlock]:
    """The page's tables without the row-less blocks that only carry a keyed grid's columns
    to the next page (:func:`_runs`)."""
    return [t for t in tables if t.rows or not t.keyed]


def _run(table: TableBlock, top: float, bottom: float, rows: list[Any]) -> TableBlock:
    return replace(table, top=top, bottom=bottom, rows=rows, gaps=[], aside=[])
