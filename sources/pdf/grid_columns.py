"""Two ruled grids SIDE BY SIDE: the page read column by column across their band.

A landscape fiche laid out with a borderless layout table (Word/Writer: the fields as a
ruled grid in the left third, the steps heading and the steps as a ruled grid in the right
two thirds) puts a field's lines level with a step row's: read as page lines, « Contexte |
Sur la base… » and « Modalités de mise en oeuvre » become one line, and every field line
level with the steps grid is taken for a line of that grid.

Two grids are told by their rules: each a run of horizontal rules sharing their ends (a
grid's row rules), the two side by side with a gutter between them that no rule and no
text crosses over their common band. The band reaches up over the lines right above the
higher grid's top that stand on one side of the gutter (the steps heading over its grid).
ONE table whose columns stand apart (a template's empty spacer columns, each cell ruled under
on its own) gives such runs too: a header line naming a steps table with labels on both
sides of the gutter, in the band or right over it, tells it (no split).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sources.pdf.columns import column_key, is_header
from sources.pdf.content import Line
from sources.pdf.flow import SideColumns

_MIN_WIDTH = 40.0  # pt: a grid's row rule
_SAME_END = 2.0  # pt: rules of one grid end together
_MIN_RULES = 3  # row rules of a grid
_MIN_GAP = 8.0  # pt: the gutter between two grids
_OVERLAP = 0.5  # of the shorter grid's height: the two grids side by side


def grid_columns(page: Any, lines: list[Line]) -> SideColumns | None:
    """The side columns of a page holding two ruled grids side by side, else None."""
    runs = _grid_runs(_rules_apart(page), _verticals(page))
    grids = {box for box, count in runs if count >= _MIN_RULES}
    # a grid of one row (two rules: a table's last row atop the page) beside a whole one
    boxes = [box for box, count in runs if count >= 2]
    found: list[SideColumns] = []
    for left in boxes:
        for right in boxes:
            if right[0] < left[1] + _MIN_GAP or not (left in grids or right in grids):
                continue
            top, bottom = max(left[2], right[2]), min(left[3], right[3])
            shorter = min(left[3] - left[2], right[3] - right[2])
            if shorter <= 0 or bottom - top < _OVERLAP * shorter:
                continue
            split = _split(page, lines, left, right)
            if split is not None:
                found.append(split)
    # the tallest band, then every other band clear of those kept (one per fiche)
    kept: list[SideColumns] = []
    for split in sorted(found, key=lambda s: s.top - s.bottom):
        if all(split.bottom < k.top or split.top > k.bottom for k in kept):
            kept.append(split)
    if not kept:
        return None
    kept.sort(key=lambda s: s.top)
    return replace(kept[0], more=tuple(kept[1:]))


def _rules_apart(page: Any) -> list[tuple[float, float, float]]:
    """:func:`~sources.pdf.rules.horizontal_rules`, but rules level with each other merged
    only where they touch: two grids whose rows share their heights (a spreadsheet's fields
    and steps on the same rows, a narrow empty column between them) keep their rules apart."""
    rules = sorted(
        (float(e["top"]), float(e["x0"]), float(e["x1"]))
        for e in page.edges
        if e.get("orientation") == "h" and e["x1"] - e["x0"] >= _MIN_WIDTH
    )
    merged: list[tuple[float, float, float]] = []
    for y, x0, x1 in rules:
        for k in range(len(merged) - 1, -1, -1):
            other = merged[k]
            if y - other[0] >= 1.5:
                merged.append((y, x0, x1))
                break
            if x0 <= other[2] + 1.0 and other[1] <= x1 + 1.0:
                merged[k] = (other[0], min(other[1], x0), max(other[2], x1))
                break
        else:
            merged.append((y, x0, x1))
    return sorted(merged)


def _verticals(page: Any) -> list[tuple[float, float, float]]:
    """The page's vertical strokes and rectangle edges: (x, top, bottom)."""
    return [
        (float(e["x0"]), float(e["top"]), float(e["bottom"]))
        for e in page.edges
        if e.get("orientation") == "v"
    ]


def _grids(
    rules: list[tuple[float, float, float]],
    verticals: list[tuple[float, float, float]],
    least: int = _MIN_RULES,
) -> list[tuple[float, float, float, float]]:
    """Boxes (x0, x1, top, bottom) of the runs of horizontal rules sharing both ends, each
    run cut where no vertical rule at its left end joins two rules (two grids of the same
    width one under the other: a fiche's, then the next fiche's)."""
    return [box for box, count in _grid_runs(rules, verticals) if count >= least]


def _grid_runs(
    rules: list[tuple[float, float, float]], verticals: list[tuple[float, float, float]]
) -> list[tuple[tuple[float, float, float, float], int]]:
    """:func:`_grids`' boxes with the count of rules of each."""
    by_x: dict[int, list[tuple[float, float]]] = {}
    for x, top, bottom in verticals:
        by_x.setdefault(round(x), []).append((top, bottom))
    groups: list[list[tuple[float, float, float]]] = []
    for rule in rules:
        for group in groups:
            if abs(group[0][1] - rule[1]) <= _SAME_END and abs(group[0][2] - rule[2]) <= _SAME_END:
                if _joined(group[-1], rule, by_x):
                    group.append(rule)
                    break
        else:
            groups.append([rule])
    return [
        ((g[0][1], g[0][2], min(r[0] for r in g), max(r[0] for r in g)), len(g)) for g in groups
    ]


def _joined(
    upper: tuple[float, float, float],
    lower: tuple[float, float, float],
    by_x: dict[int, list[tuple[float, float]]],
) -> bool:
    """Does a vertical rule at the rules' left end run from ``upper`` down to ``lower``
    (pieces of it, cell by cell, count together)? Rules with no vertical rule at that end
    anywhere on the page are joined."""
    x, top, bottom = upper[1], upper[0], lower[0]
    at_end = [
        span for k in range(round(x) - 2, round(x) + 3) for span in by_x.get(k, ())
    ]  # (the verticals within about _SAME_END of x, by their rounded x)
    if not at_end:
        return True  # grids of row rules only (no frame): nothing tells two grids apart
    spans = sorted((t, b) for t, b in at_end if b > top)
    reach = top
    for t, b in spans:
        if t > reach + _SAME_END:
            break
        reach = max(reach, b)
    return reach >= bottom - _SAME_END


def _split(
    page: Any,
    lines: list[Line],
    left: tuple[float, float, float, float],
    right: tuple[float, float, float, float],
) -> SideColumns | None:
    """The side columns of two grids, when no rule nor text crosses their gutter."""
    gutter = (left[1] + right[0]) / 2
    top, bottom = min(left[2], right[2]), max(left[3], right[3])
    for y, x0, x1 in _rules_apart(page):
        if top - 1 <= y <= bottom + 1 and x0 < gutter < x1:
            return None
    for line in lines:
        if line.bottom < top or line.top > bottom:
            continue
        if any(seg.x0 < gutter < seg.x1 for seg in line.segments):
            return None
    if _header_across(lines, gutter, top, bottom):
        return None  # one table's columns, spaced apart: its header names them across
    # the lines right above the higher grid standing on one side (the steps heading)
    for line in sorted((ln for ln in lines if ln.bottom < top), key=lambda ln: -ln.bottom):
        if top - line.bottom > 1.5 * line.size:
            break
        if line.x0 < gutter < line.x1:
            break
        top = line.top
    return SideColumns(gutter, top - 1, bottom + 1)


def _header_across(lines: list[Line], gutter: float, top: float, bottom: float) -> bool:
    """A line of column labels naming a steps table with labels on both sides of the gutter,
    in the band or in the lines right over it: ONE table whose columns stand apart (a template's empty
    spacer columns between them, each cell ruled under on its own), not two grids."""
    above = sorted((ln for ln in lines if ln.bottom < top), key=lambda ln: -ln.bottom)
    reach = top  # up over the lines right above the band, one under the other (the header)
    for line in above:
        if reach - line.bottom > 1.5 * line.size:
            break
        reach = line.top
    for line in lines:
        if line.top > bottom or line.top < reach:
            continue
        keys = [column_key(s.text) for s in line.segments]
        sides = (
            [k for s, k in zip(line.segments, keys, strict=True) if s.x1 <= gutter],
            [k for s, k in zip(line.segments, keys, strict=True) if s.x0 >= gutter],
        )
        if not all(any(side) for side in sides):
            continue  # column labels on one side only (a fields grid's label beside them)
        if is_header(keys):
            return True
    return False
