"""Rectangles turned an angle: decoration laid over a slide, never a box that holds text.

A « scrapbook » template « sticks » each slide's content on with strips of masking tape:
translucent rectangles turned ±35° over the content's corners, drawn last. Read as filled
boxes, their upright extents (90 × 73 pt) cut the progress table's header and first row in
two (« Planification » under a strip, « territoriale » beside it: two cells). No table
cell, panel or band is turned that much: a filled four-cornered shape whose sides run
between 5° and 85° off the page's axes is set aside from the boxes a slide is read by.
(A note turned a degree or two, a rounded box and a disc — Bézier sides — keep their part.)
"""

from __future__ import annotations

import math
from typing import Any

_LEAST = 5.0  # degrees off the axes, at least, for a side to be turned
_SAME = 0.5  # pt: points this close are one


def is_turned_rectangle(shape: dict[str, Any]) -> bool:
    """Is ``shape`` (a pdfplumber-like curve with ``pts``) a rectangle turned an angle?"""
    pts = shape.get("pts")
    if not pts or len(pts) < 4 or _curved(shape):
        return False
    corners = _corners([(float(x), float(y)) for x, y in pts])
    if len(corners) != 4:
        return False
    sides = [
        (corners[(k + 1) % 4][0] - x, corners[(k + 1) % 4][1] - y)
        for k, (x, y) in enumerate(corners)
    ]
    for (ax, ay), (bx, by) in zip(sides, sides[1:] + sides[:1], strict=True):
        la, lb = math.hypot(ax, ay), math.hypot(bx, by)
        if la < 1.0 or lb < 1.0 or abs(ax * bx + ay * by) > 0.05 * la * lb:
            return False  # not a right angle: no rectangle
    angle = math.degrees(math.atan2(abs(sides[0][1]), abs(sides[0][0])))
    return _LEAST <= angle <= 90.0 - _LEAST


def _curved(shape: dict[str, Any]) -> bool:
    """Has the shape a Bézier side (a disc, a rounded box: their ends may make a square)?"""
    if "curved" in shape:  # a PDFium page's (:mod:`sources.pdf.pdfium_paths`)
        return bool(shape["curved"])
    return any(op and op[0] == "c" for op in shape.get("path") or ())


def _corners(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The polygon's corners: repeated points and points on a straight side dropped."""
    out: list[tuple[float, float]] = []
    for p in points:
        if not out or math.dist(out[-1], p) > _SAME:
            out.append(p)
    if len(out) > 1 and math.dist(out[0], out[-1]) <= _SAME:
        out.pop()
    changed = True
    while changed and len(out) > 3:
        changed = False
        for k in range(len(out)):
            a, b, c = out[k - 1], out[k], out[(k + 1) % len(out)]
            cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0])
            if abs(cross) <= _SAME * max(math.dist(a, c), 1.0):
                del out[k]
                changed = True
                break
    return out
