"""Rounded boxes: the sides of a rectangle drawn with arcs at its corners, run to its corners.

A table styled with rounded corners (``border-radius`` on a web page printed by a browser, a
design system's card, a slide's rounded rectangle) has its outer border drawn as ONE path:
four straight sides joined by short arcs. Each side stops short of its corners by the radius,
so the grid's corner cells (the first and last cells of the first and last rows) have no
point where their rules meet: pdfplumber's ``lines`` finder drops them, and a corner cell of
an unfilled last row is read as merged with the cell above (its text lost or run into the
row before). The box's sides, run on to the corners of its bounding box, close those cells as
a square border would. Only a path that is nothing but a rectangle's four sides and its
corner arcs counts: a chart's line, a pill-shaped button or a free shape gives nothing.
"""

from __future__ import annotations

from typing import Any

MAX_RADIUS = 16.0  # pt: 20 px, the roundest corner of a table or card
_TOL = 0.6  # pt: a point on a side's line


def _sides(points: list[tuple[float, float]], box: tuple[float, float, float, float]) -> bool:
    """Is the path ``points`` a rectangle ``box`` (x0, top, x1, bottom) with rounded corners:
    a straight segment along each of its four sides, stopping short of both corners by at most
    :data:`MAX_RADIUS`, and every other point in a corner's arc?"""
    x0, top, x1, bottom = box
    radius = min(MAX_RADIUS, (x1 - x0) / 2 - _TOL, (bottom - top) / 2 - _TOL)
    if radius <= _TOL:
        return False
    spans: dict[str, list[float]] = {"left": [], "right": [], "top": [], "bottom": []}
    for (ax, ay), (bx, by) in zip(points, points[1:], strict=False):
        if abs(ax - bx) < 1e-6 and abs(ay - by) > _TOL:
            for name, x in (("left", x0), ("right", x1)):
                if abs(ax - x) <= _TOL:
                    spans[name] += [ay, by]
        elif abs(ay - by) < 1e-6 and abs(ax - bx) > _TOL:
            for name, y in (("top", top), ("bottom", bottom)):
                if abs(ay - y) <= _TOL:
                    spans[name] += [ax, bx]
    if not all(spans.values()):
        return False
    for name, (start, end) in (
        ("left", (top, bottom)),
        ("right", (top, bottom)),
        ("top", (x0, x1)),
        ("bottom", (x0, x1)),
    ):
        inset = (min(spans[name]) - start, end - max(spans[name]))
        if not all(_TOL < gap <= radius + _TOL for gap in inset):
            return False  # a square corner (nothing to close) or no rectangle
    for x, y in points:
        on_side = min(abs(x - x0), abs(x - x1), abs(y - top), abs(y - bottom)) <= _TOL
        in_corner = min(x - x0, x1 - x) <= radius + _TOL and min(y - top, bottom - y) <= (
            radius + _TOL
        )
        if not (on_side or in_corner):
            return False
    return True


def _edge(x0: float, top: float, x1: float, bottom: float, shift: float) -> dict[str, Any]:
    return {
        "object_type": "rounded_edge",
        "orientation": "v" if x0 == x1 else "h",
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": top + shift,
        "width": x1 - x0,
        "height": bottom - top,
    }


def rounded_box_sides(page: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The four sides of each rounded box of ``page``, run to its corners, as pdfplumber
    edges: (vertical, horizontal), for a table finder's explicit lines."""
    from sources.pdf.line_fills import line_fills

    verticals: list[dict[str, Any]] = []
    horizontals: list[dict[str, Any]] = []
    curves = getattr(page, "curves", None) or []  # an OCR'd page has its rules only
    highlights = {id(o) for o in line_fills(page)} if curves else set()
    for curve in curves:
        if id(curve) in highlights:
            continue  # a highlight behind a line of text: no box of the grid's
        points = [(float(x), float(y)) for x, y in curve.get("pts") or []]
        if len(points) < 8:  # four sides and four arcs
            continue
        box = (
            min(x for x, _ in points),
            min(y for _, y in points),
            max(x for x, _ in points),
            max(y for _, y in points),
        )
        if not _sides(points, box):
            continue
        x0, top, x1, bottom = box
        shift = float(curve.get("doctop", curve["top"])) - float(curve["top"])  # page offset
        verticals += [_edge(x0, top, x0, bottom, shift), _edge(x1, top, x1, bottom, shift)]
        horizontals += [_edge(x0, top, x1, top, shift), _edge(x0, bottom, x1, bottom, shift)]
    return verticals, horizontals
