"""A row's last cell DROPPED UNDER the others (floated cells too wide for the row), put back.

A 2000s « tableless » theme draws a table as rows of floated boxes, each cell its own bordered
box; when the boxes' widths (each its column's share plus its padding and borders) add up to
more than the row, the last box no longer fits beside the others and, by the float rules,
DROPS BELOW: under whichever box of the row leaves room for it (« Partenaires envisagés »
under « Porteur », a partner under « Planification » or at the row's left). Read by height,
the dropped box is a row of its own, its value under the wrong column.

A dropped box tells itself: it stands ALONE at its height, right under a box of the row above
(its top at that box's bottom), before the next row starts, while the row's other boxes stand
side by side at one top. On a page where two rows or more drop a box so (the header's too),
each such box and its text are moved back level with its row's top, right of the row's last
box — where the row would have put it had it fitted.
"""

from __future__ import annotations

from typing import Any

from sources.pdf.pdfium_page import forget_edges
from sources.pdf.print_additions import _moved

_LEVEL = 0.8  # pt: boxes whose tops differ by less stand side by side
_TOUCH = 2.0  # pt: boxes this far apart at most are neighbours (across or stacked)
_MIN_WIDTH = 15.0  # pt: a cell box's width at least
_ACROSS = 3  # boxes side by side: a row
_DROPS = 2  # rows with a dropped box on the page, at least
_NARROW = 0.5  # of the row's width: a dropped box is one cell, never wider


def lift_dropped_floats(page: Any) -> None:
    """Move, in place, the boxes a row of floated cells dropped under it, and their text,
    back level with their row (module docstring)."""
    rects = getattr(page, "rects", [])
    boxes = [
        r
        for r in rects
        if r.get("stroke")
        and not r.get("fill")
        and float(r["x1"]) - float(r["x0"]) >= _MIN_WIDTH
        and float(r["bottom"]) - float(r["top"]) >= 4.0
    ]
    if len(boxes) < 2 * (_ACROSS + 1):
        return
    rows = _rows(boxes)
    if len(rows) < _DROPS:
        return
    tops = sorted(float(row[0]["top"]) for row in rows)
    in_rows = {id(b) for row in rows for b in row}
    moves: list[tuple[dict[str, Any], float, float]] = []
    for box in boxes:
        if id(box) in in_rows:
            continue
        top = float(box["top"])
        if any(abs(float(b["top"]) - top) < _LEVEL for b in boxes if b is not box):
            continue  # not alone at its height
        row = _row_above(rows, tops, box)
        if row is None:
            continue
        right = max(float(b["x1"]) for b in row)
        gaps = [float(b["x0"]) - float(a["x1"]) for a, b in zip(row, row[1:], strict=False)]
        gap = sorted(gaps)[len(gaps) // 2] if gaps else 0.0
        dx = right + gap - float(box["x0"])
        dy = float(row[0]["top"]) - top
        moves.append((box, dx, dy))
    if len(moves) < _DROPS:
        return
    for box, dx, dy in moves:
        x0, x1, top, bottom = (float(box[k]) for k in ("x0", "x1", "top", "bottom"))
        for char in page.chars:
            cx = (float(char["x0"]) + float(char["x1"])) / 2
            cy = (float(char["top"]) + float(char["bottom"])) / 2
            if x0 < cx < x1 and top < cy < bottom:
                _moved(char, dx, dy)
        for rect in rects:
            if (
                abs(float(rect["x0"]) - x0) <= _TOUCH
                and abs(float(rect["x1"]) - x1) <= _TOUCH
                and abs(float(rect["top"]) - top) <= _TOUCH
                and abs(float(rect["bottom"]) - bottom) <= _TOUCH
            ):
                _moved(rect, dx, dy)  # (a rect has the same keys)
    forget_edges(page)


def _rows(boxes: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Runs of ``_ACROSS`` boxes or more side by side at one top, each left to right."""
    by_top: dict[float, list[dict[str, Any]]] = {}
    for box in sorted(boxes, key=lambda b: float(b["top"])):
        key = next((t for t in by_top if abs(t - float(box["top"])) < _LEVEL), None)
        by_top.setdefault(float(box["top"]) if key is None else key, []).append(box)
    rows = []
    for group in by_top.values():
        group.sort(key=lambda b: float(b["x0"]))
        run = [group[0]]
        for box in group[1:]:
            if 0 <= float(box["x0"]) - float(run[-1]["x1"]) <= _TOUCH:
                run.append(box)
            else:
                if len(run) >= _ACROSS:
                    rows.append(run)
                run = [box]
        if len(run) >= _ACROSS:
            rows.append(run)
    return rows


def _row_above(
    rows: list[list[dict[str, Any]]], tops: list[float], box: dict[str, Any]
) -> list[dict[str, Any]] | None:
    """The row ``box`` dropped under: the nearest row starting above it, the box within its
    span, its top at the bottom of one of the row's boxes, before the next row's top."""
    top = float(box["top"])
    above = [row for row in rows if float(row[0]["top"]) < top - _LEVEL]
    if not above:
        return None
    row = max(above, key=lambda r: float(r[0]["top"]))
    left, right = float(row[0]["x0"]), max(float(b["x1"]) for b in row)
    if float(box["x0"]) < left - _TOUCH or float(box["x1"]) > right + _TOUCH + 10.0:
        return None
    if float(box["x1"]) - float(box["x0"]) > _NARROW * (right - left):
        return None  # a band across the table (a merged row), no cell of the row above
    later = [t for t in tops if t > float(row[0]["top"]) + _LEVEL]
    if later and top >= min(later) - _LEVEL:
        return None
    # right under a box of the row, or under all of them (its top at the deepest one's
    # bottom, the float placed at the row's left)
    under = any(abs(float(b["bottom"]) - top) <= _TOUCH for b in row)
    return row if under else None


__all__ = ["lift_dropped_floats"]
