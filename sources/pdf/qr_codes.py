"""QR CODES printed beside a heading (« Flashez ce code pour consulter la fiche en ligne »):
a square of a few hundred small dark squares on a grid, over a caption in small print.

Read as drawing, a QR code's squares are hundreds of tiny cells and rules for the table
finders; its caption, set small beside the heading, runs into the value the text wraps
around (« Flashez ce code … fiche-1-1-1 L'agglomération mène … »). A QR code is told by its
geometry alone: forty dark squares or more of one size, each on the grid of that size from
the group's corner, filling a quarter to three quarters of a square area. The squares and
the small-print lines right under (or over) the code, within its width, are set aside
before the page is read.
"""

from __future__ import annotations

from typing import Any

from sources.pdf.watermark import without_objects

_MIN_MODULES = 40  # dark squares in a code at least (a 21 × 21 code has ~200)
_MODULE = (0.6, 8.0)  # pt: a module's side
_ON_GRID = 0.2  # of a module: a square's corner off the grid by no more
_DENSITY = (0.25, 0.75)  # of the code's area: the dark modules' share
_SMALL = 0.8  # of the page's body size: a caption's size at most
_CAPTION_GAP = 1.6  # of a caption line's size: the gap over it at most


def _module(rect: dict[str, Any]) -> float | None:
    w, h = rect["x1"] - rect["x0"], rect["bottom"] - rect["top"]
    if not rect.get("fill") or not _MODULE[0] <= w <= _MODULE[1] or abs(w - h) > 0.1 * w:
        return None
    return round(w, 1)


def _clusters(squares: list[dict[str, Any]], side: float) -> list[list[dict[str, Any]]]:
    """Squares near each other (three modules at most between two), transitively."""
    squares = sorted(squares, key=lambda r: (r["top"], r["x0"]))
    reach = 3.0 * side
    parent = list(range(len(squares)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(squares):
        for j in range(i + 1, len(squares)):
            b = squares[j]
            if b["top"] - a["top"] > reach:
                break
            if abs(b["x0"] - a["x0"]) <= reach:
                parent[root(j)] = root(i)
    groups: dict[int, list[dict[str, Any]]] = {}
    for i, s in enumerate(squares):
        groups.setdefault(root(i), []).append(s)
    return [g for g in groups.values() if len(g) >= _MIN_MODULES]


def _is_code(group: list[dict[str, Any]], side: float) -> bool:
    x0, x1 = min(r["x0"] for r in group), max(r["x1"] for r in group)
    top, bottom = min(r["top"] for r in group), max(r["bottom"] for r in group)
    width, height = x1 - x0, bottom - top
    if abs(width - height) > 0.15 * max(width, height):
        return False
    for r in group:
        for offset in (r["x0"] - x0, r["top"] - top):
            steps = offset / side
            if abs(steps - round(steps)) > _ON_GRID:
                return False
    cells = round(width / side) * round(height / side)
    return cells > 0 and _DENSITY[0] <= len(group) / cells <= _DENSITY[1]


def _caption(chars: list[dict[str, Any]], box: tuple[float, float, float, float]) -> set[int]:
    """The small-print lines right under and over the code, within about its width."""
    sizes = sorted(float(c.get("size") or 0.0) for c in chars if str(c.get("text", "")).strip())
    if not sizes:
        return set()
    small = _SMALL * sizes[len(sizes) // 2]
    x0, top, x1, bottom = box
    margin = 0.3 * (x1 - x0)
    near = [
        c
        for c in chars
        if float(c.get("size") or 0.0) <= small
        and x0 - margin <= (c["x0"] + c["x1"]) / 2 <= x1 + margin
    ]
    lines: dict[float, list[dict[str, Any]]] = {}
    for c in sorted(near, key=lambda c: c["top"]):
        key = next((k for k in lines if abs(k - c["top"]) <= 1.0), c["top"])
        lines.setdefault(key, []).append(c)
    drop: set[int] = set()
    edge = bottom  # down from the code
    for key in sorted(lines):
        if key < bottom:
            continue
        size = max(float(c.get("size") or 0.0) for c in lines[key])
        if key - edge > _CAPTION_GAP * size:
            break
        drop |= {id(c) for c in lines[key]}
        edge = max(c["bottom"] for c in lines[key])
    edge = top  # up from the code
    for key in sorted(lines, reverse=True):
        line_bottom = max(c["bottom"] for c in lines[key])
        if line_bottom > top:
            continue
        size = max(float(c.get("size") or 0.0) for c in lines[key])
        if edge - line_bottom > _CAPTION_GAP * size:
            break
        drop |= {id(c) for c in lines[key]}
        edge = key
    return drop


def qr_objects(page: Any) -> set[int]:
    """``id`` of the QR codes' squares and their captions' glyphs on ``page`` (empty when
    none)."""
    rects = getattr(page, "rects", ())
    if len(rects) < _MIN_MODULES:
        return set()  # (the cheap test first)
    by_side: dict[float, list[dict[str, Any]]] = {}
    for r in rects:
        side = _module(r)
        if side is not None:
            by_side.setdefault(side, []).append(r)
    drop: set[int] = set()
    for side, squares in by_side.items():
        if len(squares) < _MIN_MODULES:
            continue
        for group in _clusters(squares, side):
            widths = sorted(r["x1"] - r["x0"] for r in group)
            if not _is_code(group, widths[len(widths) // 2]):  # the side as drawn
                continue
            box = (
                min(r["x0"] for r in group),
                min(r["top"] for r in group),
                max(r["x1"] for r in group),
                max(r["bottom"] for r in group),
            )
            drop |= {id(r) for r in group} | _caption(page.chars, box)
    return drop


def without_qr_codes(page: Any) -> Any:
    """The page without its QR codes and their captions (the page itself when none)."""
    return without_objects(page, qr_objects(page))
