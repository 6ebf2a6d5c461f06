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
"""

from __future__ import annotations

from typing import Any

from sources.pdf.content import Line
from sources.pdf.flow import SideColumns
from sources.pdf.rules import horizontal_rules

_MIN_WIDTH = 40.0  # pt: a grid's row rule
_SAME_END = 2.0  # pt: rules of one grid end together
_MIN_RULES = 3  # row rules of a grid
_MIN_GAP = 8.0  # pt: the gutter between two grids
_OVERLAP = 0.5  # of the shorter grid's height: the two grids side by side


def grid_columns(page: Any, lines: list[Line]) -> SideColumns | None:
    """The side columns of a page holding two ruled grids side by side, else None."""
    boxes = _grids(horizontal_rules(page, _MIN_WIDTH))
    best: SideColumns | None = None
    for left in boxes:
        for right in boxes:
            if right[0] < left[1] + _MIN_GAP:
                continue
            top, bottom = max(left[2], right[2]), min(left[3], right[3])
            shorter = min(left[3] - left[2], right[3] - right[2])
            if shorter <= 0 or bottom - top < _OVERLAP * shorter:
                continue
            split = _split(page, lines, left, right)
            if split is not None and (
                best is None or split.bottom - split.top > best.bottom - best.top
            ):
                best = split
    return best


def _grids(rules: list[tuple[float, float, float]]) -> list[tuple[float, float, float, float]]:
    """Boxes (x0, x1, top, bottom) of the runs of horizontal rules sharing both ends."""
    groups: list[list[tuple[float, float, float]]] = []
    for rule in rules:
        for group in groups:
            if abs(group[0][1] - rule[1]) <= _SAME_END and abs(group[0][2] - rule[2]) <= _SAME_END:
                group.append(rule)
                break
        else:
            groups.append([rule])
    return [
        (g[0][1], g[0][2], min(r[0] for r in g), max(r[0] for r in g))
        for g in groups
        if len(g) >= _MIN_RULES
    ]


def _split(
    page: Any,
    lines: list[Line],
    left: tuple[float, float, float, float],
    right: tuple[float, float, float, float],
) -> SideColumns | None:
    """The side columns of two grids, when no rule nor text crosses their gutter."""
    gutter = (left[1] + right[0]) / 2
    top, bottom = min(left[2], right[2]), max(left[3], right[3])
    for y, x0, x1 in horizontal_rules(page, _MIN_WIDTH):
        if top - 1 <= y <= bottom + 1 and x0 < gutter < x1:
            return None
    for line in lines:
        if line.bottom < top or line.top > bottom:
            continue
        if any(seg.x0 < gutter < seg.x1 for seg in line.segments):
            return None
    # the lines right above the higher grid standing on one side (the steps heading)
    for line in sorted((ln for ln in lines if ln.bottom < top), key=lambda ln: -ln.bottom):
        if top - line.bottom > 1.5 * line.size:
            break
        if line.x0 < gutter < line.x1:
            break
        top = line.top
    return SideColumns(gutter, top - 1, bottom + 1)
