"""Where a progress table drawn on a slide ends on the right, and which words beside it are
no cells.

A slide may set a shape right of a narrowed table (a comment panel, a call-out) whose lines
fall level with the table's rows: read as cells they would glue remarks to the row labels or
end the table early (a remark holding a year reads as a number). Two geometric facts tell
them apart, never their words:

* the table's drawn extent: the filled boxes under its three numeric header labels and every
  fill touching them (header cells, banded body rows) form one drawn table; a word starting
  at or right of its right edge is outside it;
* a filled shape of its own: a word wholly inside a filled box that starts right of the
  rightmost numeric header label and is tall enough for two lines belongs to that shape (a
  table without fills next to a panel); a one-line badge holding a value (a gauge's marker
  sliding along its track, right of the label) stays a cell.
"""

from __future__ import annotations

Box = tuple[float, float, float, float]  # x0, top, x1, bottom

_TOUCH = 2.0  # pt: fills this close are drawn as one table (cell borders, hairline gaps)


def _touch(a: Box, b: Box) -> bool:
    return (
        a[0] <= b[2] + _TOUCH
        and b[0] <= a[2] + _TOUCH
        and a[1] <= b[3] + _TOUCH
        and b[1] <= a[3] + _TOUCH
    )


def drawn_right_edge(
    rects: list[Box], centres: list[float], top: float, bottom: float
) -> float | None:
    """Right edge of the drawn table whose header row runs from ``top`` to ``bottom`` and
    whose numeric columns have their middles at ``centres``; None unless every column's
    header lies on a fill and those fills are one drawn table (a fill under one column only
    tells nothing of the others)."""
    seeds: list[int] = []
    for x in centres:
        under = [
            i for i, r in enumerate(rects) if r[0] <= x <= r[2] and r[1] < bottom and r[3] > top
        ]
        if not under:
            return None
        seeds.extend(under)
    group = set(seeds)
    frontier = list(group)
    while frontier:
        box = rects[frontier.pop()]
        for i, other in enumerate(rects):
            if i not in group and _touch(box, other):
                group.add(i)
                frontier.append(i)
    component = [rects[i] for i in group]
    if not all(any(r[0] <= x <= r[2] for r in component) for x in centres):
        return None
    return max(r[2] for r in component)


def beside_table(
    x0: float,
    x1: float,
    top: float,
    bottom: float,
    size: float,
    edge: float | None,
    keys_right: float,
    rects: list[Box],
) -> bool:
    """Whether a word (its box, its font size) lies outside the table: starting at or right
    of its drawn right edge ``edge``, or wholly inside a filled shape at least two lines tall
    starting right of ``keys_right``, the right end of the rightmost numeric header label."""
    if edge is not None and x0 >= edge - 0.5:
        return True
    return any(
        r[0] > keys_right
        and r[3] - r[1] >= 2.0 * size
        and r[0] - 0.5 <= x0
        and x1 <= r[2] + 0.5
        and r[1] - 0.5 <= top
        and bottom <= r[3] + 0.5
        for r in rects
    )
