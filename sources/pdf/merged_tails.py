"""The text of MERGED CELLS printed UNDER A GRID'S LAST RULE: a sheet's cells merged down over
several steps (one owner for the fiche's steps, one partner for its last two) and aligned to
their BOTTOM, cut by a page break: the printer sets their text at the foot of the part on the
page, below the last row's rule that spans the other columns (« GACdG » and « chambres
consulaires ou / opérateur » under the fourth step, the fifth on the next page). Read as lines
under the table, the merged cells are empty and the text lands in the next heading.

Lines right under a table's bottom (within two of their own heights, before any other line,
nothing but the page's footer under them: the part ends at the page's foot), each segment of
which lies in one column whose cell is merged in the table's last row (read as ``None``:
merged with the one above) — never the step's, four lines at most —, are that column's merged
cell: their text goes to the top row of the column's last run of merged cells, the rows under
it merged with it as read.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from sources.pdf.cells import join_wrapped
from sources.pdf.content import Line, TableBlock

_NEAR = 2.0  # of a line's height: how far under the table the merged text may start
_FOOT = 0.9  # of the page's height: where its footer starts
_MOST_LINES = 4  # lines of a merged cell's text under the rule


def _column(table: TableBlock, x0: float, x1: float) -> str | None:
    """The key of the column holding ``x0``–``x1`` whole, else None."""
    bounds = table.bounds
    if len(bounds) != len(table.keys) + 1:
        return None
    n = bisect_right(bounds, x0 + 1.0) - 1
    if n < 0 or n >= len(table.keys) or x1 > bounds[n + 1] + 1.0:
        return None
    return table.keys[n]


def merged_tails(
    lines: list[Line],
    tables: list[TableBlock],
    height: float,
    is_stop: Callable[[Line], bool] | None = None,
) -> list[Line]:
    """``lines`` without the merged cells' text printed under ``tables`` (put in the cells);
    ``height``: the page's. A heading (``is_stop``: the next fiche's, right under a record
    table whose label column is merged down beside its nested steps table) is never a
    merged cell's text."""
    used: set[int] = set()
    for table in tables:
        if not table.rows or not table.bounds:
            continue
        last = table.rows[-1].cells
        under = sorted(
            (ln for ln in lines if ln.top >= table.bottom - 1.0 and id(ln) not in used),
            key=lambda ln: ln.top,
        )
        texts: dict[str, list[str]] = {}
        taken: list[Line] = []
        bottom = table.bottom
        for line in under:
            if line.top - bottom > _NEAR * max(line.bottom - line.top, 1.0):
                break
            if is_stop is not None and is_stop(line):
                break
            keys = [_column(table, s.x0, s.x1) for s in line.segments]
            if any(k is None or k == "step" or k not in last or last[k] is not None for k in keys):
                break
            if len(taken) >= _MOST_LINES:
                texts = {}  # more text than a merged cell's foot: the page's own lines
                break
            for key, seg in zip(keys, line.segments, strict=True):
                texts.setdefault(str(key), []).append(seg.text)
            taken.append(line)
            bottom = line.bottom
        if not texts:
            continue
        if any(ln.top > bottom and ln.top < _FOOT * height for ln in lines if ln not in taken):
            continue  # text goes on under it: no part cut by the page's foot
        for key, parts in texts.items():
            run = len(table.rows) - 1
            while run > 0 and table.rows[run - 1].cells.get(key, "") is None:
                run -= 1
            table.rows[run].cells[key] = join_wrapped(parts)
        used.update(id(ln) for ln in taken)
    return [ln for ln in lines if id(ln) not in used] if used else lines
