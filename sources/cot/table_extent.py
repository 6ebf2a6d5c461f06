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
  sliding along its track, right of the label) stays a cell;
* a shape laid OVER the table (a call-out bubble, « Priorité 2021 », over a cell's empty
  part): a filled shape crossing a cell's fill (neither holding the other) whose sides no
  other fill shares — a table's fills tile it along its column edges, a laid-on shape
  stands anywhere — and holding words (a gauge's marker holding its value stays a cell):
  a word wholly inside it is none of the table's (:func:`floating_shapes`).
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
    extent = drawn_extent(rects, centres, top, bottom)
    return extent[1] if extent is not None else None


def drawn_extent(
    rects: list[Box], centres: list[float], top: float, bottom: float
) -> tuple[float, float] | None:
    """(left, right) edges of the drawn table (:func:`drawn_right_edge`), or None."""
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
    return min(r[0] for r in component), max(r[2] for r in component)


def beside_left(
    x0: float,
    x1: float,
    top: float,
    bottom: float,
    size: float,
    edge: float | None,
    rects: list[Box],
) -> bool:
    """Whether a word lies in a filled shape at least two lines tall that stands wholly left
    of the table's drawn left edge ``edge`` (a slide's title in a band down its left side,
    the table beside it): no cell of the table. Cells of a table of labels set beside the
    numbers' table are one line tall each: kept."""
    if edge is None or x1 > edge + 0.5:
        return False
    return any(
        r[2] <= edge + 0.5
        and r[3] - r[1] >= 2.0 * size
        and r[0] - 0.5 <= x0
        and x1 <= r[2] + 0.5
        and r[1] - 0.5 <= top
        and bottom <= r[3] + 0.5
        for r in rects
    )


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


def _shares_edges(box: Box, rects: list[Box]) -> int:
    """How many other fills start or end where ``box`` starts or ends (its column edges)."""
    return sum(
        1
        for r in rects
        if r is not box and (abs(r[0] - box[0]) <= 1.0 or abs(r[2] - box[2]) <= 1.0)
    )


def floating_shapes(rects: list[Box]) -> list[Box]:
    """The filled shapes laid over a table: each crossing another fill (overlapping it by
    more than a hairline, neither holding the other), its sides shared by fewer other fills
    than the one it crosses (module doc)."""
    out: list[Box] = []
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            dx = min(a[2], b[2]) - max(a[0], b[0])
            dy = min(a[3], b[3]) - max(a[1], b[1])
            if dx <= _TOUCH or dy <= _TOUCH:
                continue
            holds_b = (
                a[0] <= b[0] + 1 and b[2] <= a[2] + 1 and a[1] <= b[1] + 1 and b[3] <= a[3] + 1
            )
            holds_a = (
                b[0] <= a[0] + 1 and a[2] <= b[2] + 1 and b[1] <= a[1] + 1 and a[3] <= b[3] + 1
            )
            if holds_a or holds_b:
                continue
            area_a = (a[2] - a[0]) * (a[3] - a[1])
            area_b = (b[2] - b[0]) * (b[3] - b[1])
            ea, eb = _shares_edges(a, rects), _shares_edges(b, rects)
            # (a laid-on shape is about a cell's size: never a slide's ground crossing a shape
            # that bleeds off the slide)
            if ea < eb and area_a <= 3.0 * area_b and a not in out:
                out.append(a)
            elif eb < ea and area_b <= 3.0 * area_a and b not in out:
                out.append(b)
    return out


def inside_floating(x0: float, x1: float, top: float, bottom: float, floats: list[Box]) -> bool:
    """Whether a word's box lies wholly inside one of :func:`floating_shapes`."""
    return any(
        f[0] - 0.5 <= x0 and x1 <= f[2] + 0.5 and f[1] - 0.5 <= top and bottom <= f[3] + 0.5
        for f in floats
    )
