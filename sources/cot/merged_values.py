"""IDENTICAL NUMBERS MERGED: a progress table whose column writes a run of equal values ONCE,
in one cell merged down the rows of the run (« Fusionner les cellules »), the value centred in
its height. Read as printed, the value stands between two rows' lines (or on one of them) and
the other rows of the run have that cell empty.

Where a drawn cell (a filled or bordered box of the slide, one of a column of such boxes)
spans two rows' label lines or more — rows another column draws as cells of their own, not the
wrapped lines of one row's label — and holds exactly one value (a number, with its « % »), the value is the cell's for
every row whose line runs through it: a copy of the value is set on each such line, in the
cell, and the value's own place is left (a line of values only is no row). A cell holding
text, or several values, is left alone.
"""

from __future__ import annotations

from dataclasses import replace

from sources.cot.pages import _group_lines, _Page, _Word
from sources.values import parse_french_number

_MAX_WIDTH = 0.35  # of the slide's width: a table cell at most (wider: a panel)
_COLUMN_CELLS = 3  # boxes of the same width and place at least: a table's column of cells


def _value_words(words: list[_Word]) -> list[_Word] | None:
    """The words of one value (« 30 », « 30 » « % »), or None."""
    numbers = [w for w in words if parse_french_number(w.text) is not None]
    rest = [w for w in words if w not in numbers]
    if len(numbers) != 1 or any(w.text != "%" for w in rest) or len(rest) > 1:
        return None
    return sorted(words, key=lambda w: w.x0)


def _rows_apart(rects: set[tuple[float, float, float, float]], cell: tuple[float, ...]) -> bool:
    """Another column of the grid cuts ``cell``'s height into two cells or more: the rows it
    spans are rows of the grid (a row whose label wraps is as tall in every column)."""
    x0, top, x1, bottom = cell
    by_column: dict[tuple[int, int], int] = {}
    for a, t, b, u in rects:
        if (round(a), round(b)) == (round(x0), round(x1)):
            continue
        if t >= top - 1 and u <= bottom + 1 and 6 <= u - t < bottom - top - 2:  # (a bar's
            # 4 pt track in a cell is no cell)
            by_column[round(a), round(b)] = by_column.get((round(a), round(b)), 0) + 1
    return any(n >= 2 for n in by_column.values())


def _labelled(line: list[_Word], x0: float) -> bool:
    """A row's line: label words (letters) left of the cell."""
    return any(w.x1 < x0 and any(ch.isalpha() for ch in w.text) for w in line)


def with_merged_values(page: _Page) -> _Page:
    """``page`` with each merged cell's value set on every row line the cell spans."""
    if not page.rects:
        return page
    lines = page.lines
    centre = [(ln[0].top + max(w.bottom for w in ln)) / 2 if ln else 0.0 for ln in lines]
    drop: set[int] = set()
    added: list[_Word] = []
    rects = set(page.rects)
    spans: dict[tuple[int, int], int] = {}
    for x0, _, x1, _ in rects:
        spans[round(x0), round(x1)] = spans.get((round(x0), round(x1)), 0) + 1
    for x0, top, x1, bottom in rects:
        if x1 - x0 > _MAX_WIDTH * page.width or bottom - top < 12:
            continue
        if spans[round(x0), round(x1)] < _COLUMN_CELLS:
            continue  # a box alone (a badge, a call-out): no cell of a table's column
        if not _rows_apart(rects, (x0, top, x1, bottom)):
            continue  # every column as tall: one row whose label wraps, no merged cell
        inside = [
            w
            for w in page.words
            if x0 - 0.5 <= w.x0
            and w.x1 <= x1 + 0.5
            and top <= (w.top + w.bottom) / 2 <= bottom
        ]
        value = _value_words(inside) if inside else None
        if value is None:
            continue
        rows = [
            i
            for i, ln in enumerate(lines)
            if top < centre[i] < bottom and _labelled(ln, x0)
        ]
        if len(rows) < 2:
            continue
        drop |= {id(w) for w in value}
        for i in rows:
            level = min(w.top for w in lines[i] if w.x1 < x0)
            shift = level - value[0].top
            added += [replace(w, top=w.top + shift, bottom=w.bottom + shift) for w in value]
    if not added:
        return page
    words = [w for w in page.words if id(w) not in drop] + added
    words.sort(key=lambda w: (w.top, w.x0))
    return replace(page, words=words, lines=_group_lines(words))
