"""Horizontal strokes INSIDE a grid's cells that are no cell border: a paragraph's bottom border
(a hand-filling template's dotted « ligne de saisie » under each value), an underline, the
boxes a character border draws around each line of a run (:func:`text_boxes`). A cell
border runs from column rule to column rule; these stop short of both, by the cell's padding.
pdfplumber's table finder takes any stroke for a row's edge and cuts a step's row where a
paragraph of one of its cells ends (« 2019 » / « - 2020 »): the grid is looked for without
them (they stay on the page for every other reader).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sources.pdf.drop_shadows import shadow_bands
from sources.pdf.line_fills import line_fills

_THIN = 1.5  # pt: a stroke's thickness at most
_SHORT = 1.5  # pt: an end this far from a column rule, at least, stops short of it


def inset_strokes(page: Any) -> list[dict[str, Any]]:
    """The page's horizontal strokes that stop short of a vertical rule at both ends, with a
    vertical rule on each side of them (inside a ruled cell), and touch no other stroke end to
    end (a rule drawn cell by cell)."""
    strokes = [
        o
        for o in (*page.lines, *page.rects)
        if o["bottom"] - o["top"] <= _THIN and o["x1"] - o["x0"] > 3 * _THIN
    ]
    if not strokes:
        return []
    verticals = [
        (float(o["x0"] + o["x1"]) / 2, float(o["top"]), float(o["bottom"]))
        for o in (*page.lines, *page.rects)
        if o["x1"] - o["x0"] <= _THIN and o["bottom"] - o["top"] > 3 * _THIN
    ]
    if len(verticals) < 2:
        return []
    ends: dict[int, list[tuple[float, float]]] = {}  # strokes' ends by their row (1 pt)
    for o in strokes:
        ends.setdefault(round(float(o["top"])), []).append((float(o["x0"]), float(o["x1"])))
    out = []
    for stroke in strokes:
        y = float(stroke["top"] + stroke["bottom"]) / 2
        row = round(float(stroke["top"]))
        beside = [e for r in (row - 1, row, row + 1) for e in ends.get(r, [])]
        if any(abs(b - stroke["x0"]) < _SHORT or abs(a - stroke["x1"]) < _SHORT for a, b in beside):
            continue  # a piece of a longer rule drawn cell by cell, end to end
        xs = [x for x, top, bottom in verticals if top - 1 <= y <= bottom + 1]
        x0, x1 = float(stroke["x0"]), float(stroke["x1"])
        left = [x for x in xs if x <= x0 + 0.5]
        right = [x for x in xs if x >= x1 - 0.5]
        if not left or not right:
            continue
        if x0 - max(left) >= _SHORT and min(right) - x1 >= _SHORT:
            out.append(stroke)
    return out


_BOX_LINES = 2.5  # a boxed run's height at most, in sizes of the text it holds
_SAME = 1.0  # pt: the sides of one box meet its top and bottom strokes within this
_HUG = 0.6  # of the text's size: a run's box stands this close to its text at most


def _strokes(page: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The page's thin horizontal and vertical strokes (lines and rectangles)."""
    objects = (*page.lines, *page.rects)
    across = [o for o in objects if o["bottom"] - o["top"] <= _THIN and o["x1"] - o["x0"] > _THIN]
    down = [o for o in objects if o["x1"] - o["x0"] <= _THIN and o["bottom"] - o["top"] > _THIN]
    return across, down


def text_boxes(page: Any) -> list[dict[str, Any]]:
    """The strokes and fills of BOXED TEXT RUNS inside a ruled cell: a word processor's
    character border (« Bordure » of a character style) draws, for every line of a run, a
    box as wide as the line's text — four strokes and a fill — inside the cell's padding.
    Those strokes are no cell borders: the table finder would cut the step's row at every
    line of its name. A box is taken when its four strokes meet, it holds one line of text
    (at most :data:`_BOX_LINES` times its size high) and hugs it (a nested table's cell is
    wider than its text), its top and bottom strokes touch no
    other stroke end to end (a rule drawn cell by cell), and a vertical rule that is no
    box's side stands beyond each side of it by a padding (it lies in a wider cell)."""
    across, down = _strokes(page)
    framed = [  # a box stroked as one rectangle
        r
        for r in page.rects
        if r.get("stroke") and 3 * _THIN < r["bottom"] - r["top"] <= 40.0 and r["x1"] > r["x0"]
    ]
    if (len(across) < 2 or len(down) < 4) and not framed:
        return []
    by_span: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for o in across:
        by_span.setdefault((round(o["x0"]), round(o["x1"])), []).append(o)
    sides: dict[int, list[dict[str, Any]]] = {}
    for o in down:
        sides.setdefault(round((o["x0"] + o["x1"]) / 2), []).append(o)

    def side(x: float, top: float, bottom: float) -> dict[str, Any] | None:
        for k in (round(x) - 1, round(x), round(x) + 1):
            for o in sides.get(k, ()):
                if abs(o["top"] - top) <= _SAME and abs(o["bottom"] - bottom) <= _SAME:
                    return o
        return None

    boxes: list[tuple[tuple[float, float, float, float], list[dict[str, Any]]]] = []
    for (a, b), group in by_span.items():
        spans = sorted(
            (o for k in ((a, b), (a - 1, b), (a, b + 1), (a + 1, b), (a, b - 1))
             for o in by_span.get(k, ())),
            key=lambda o: o["top"],
        )  # fmt: skip
        tops = [o["top"] for o in spans]
        for top in group:  # (the strokes 40 pt below it at most, by bisection: a grid's rows)
            start = bisect_right(tops, top["top"] + 3 * _THIN)
            end = bisect_right(tops, top["top"] + 40.0)
            for bottom in spans[start:end]:
                height = bottom["top"] - top["top"]
                if not 3 * _THIN < height <= 40.0 or abs(bottom["x0"] - top["x0"]) > _SAME:
                    continue
                y0 = (top["top"] + top["bottom"]) / 2
                y1 = (bottom["top"] + bottom["bottom"]) / 2
                left = side(top["x0"], y0, y1)
                right = side(top["x1"], y0, y1)
                if left is not None and right is not None:
                    box = (float(top["x0"]), float(y0), float(top["x1"]), float(y1))
                    boxes.append((box, [top, bottom, left, right]))
    boxes += [
        ((float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"])), [r]) for r in framed
    ]
    if not boxes:
        return []
    box_sides = {id(o) for _, strokes in boxes for o in strokes[2:]} | {id(r) for r in framed}
    ends: dict[int, list[tuple[float, float]]] = {}
    for o in across:
        ends.setdefault(round(float(o["top"])), []).append((float(o["x0"]), float(o["x1"])))
    for r in framed:
        for y in (r["top"], r["bottom"]):
            ends.setdefault(round(float(y)), []).append((float(r["x0"]), float(r["x1"])))
    sides_x = [((r["x0"], r["top"], r["bottom"]), r) for r in framed] + [
        ((r["x1"], r["top"], r["bottom"]), r) for r in framed
    ]
    chars = sorted(
        (c for c in page.chars if str(c.get("text", "")).strip()),
        key=lambda c: (c["top"] + c["bottom"]) / 2,
    )
    middles = [(c["top"] + c["bottom"]) / 2 for c in chars]
    out: list[dict[str, Any]] = []
    for (x0, y0, x1, y1), strokes in boxes:
        touching = False
        for y in (y0, y1):
            for r in (round(y) - 1, round(y), round(y) + 1):
                for a, b in ends.get(r, ()):
                    if abs(b - x0) < _SHORT and abs(a - x0) >= _SHORT:
                        touching = True
                    if abs(a - x1) < _SHORT and abs(b - x1) >= _SHORT:
                        touching = True
        if touching:
            continue  # a cell of a row drawn cell by cell
        middle = (y0 + y1) / 2
        rules = [
            (o["x0"] + o["x1"]) / 2
            for o in down
            if id(o) not in box_sides and o["top"] - 1 <= middle <= o["bottom"] + 1
        ] + [x for (x, a, b), r in sides_x if r not in strokes and a - 1 <= middle <= b + 1]
        if not (any(x <= x0 - _SHORT for x in rules) and any(x >= x1 + _SHORT for x in rules)):
            continue  # no wider cell around it
        inside = [
            c
            for c in chars[bisect_left(middles, y0) : bisect_right(middles, y1)]
            if x0 <= (c["x0"] + c["x1"]) / 2 <= x1
        ]
        size = max(float(c.get("size") or 0) for c in inside) if inside else 0.0
        if not inside or y1 - y0 > _BOX_LINES * size:
            continue
        left, right = min(c["x0"] for c in inside), max(c["x1"] for c in inside)
        if left - x0 > _HUG * size or x1 - right > _HUG * size:
            continue  # wider than its text: a cell (of a table nested in the cell), no run's box
        out += strokes
        out += [
            r
            for r in page.rects
            if r.get("fill")
            and abs(r["x0"] - x0) <= _SAME + _THIN
            and abs(r["x1"] - x1) <= _SAME + _THIN
            and abs(r["top"] - y0) <= _SAME + _THIN
            and abs(r["bottom"] - y1) <= _SAME + _THIN
        ]
    return out


@contextmanager
def without_inset_strokes(page: Any) -> Iterator[Any]:
    """``page`` as the table finder should see it: without :func:`inset_strokes`, a
    table's drop shadow (:func:`sources.pdf.drop_shadows.shadow_bands`) nor the highlights
    behind lines of text (:func:`sources.pdf.line_fills.line_fills`) (a PDFium page for
    the time of the block, a pdfplumber page as a filtered view)."""
    from sources.pdf.pdfium_page import PdfiumPage, forget_edges

    pdfium = isinstance(page, PdfiumPage)
    found = (
        [*inset_strokes(page), *shadow_bands(page), *text_boxes(page), *line_fills(page)]
        if pdfium or hasattr(page, "filter")
        else []
    )
    if not found:  # (a view of a page with no filter of its own is read as it is)
        yield page
        return
    drop = {id(o) for o in found}
    if not pdfium:
        yield page.filter(lambda o: id(o) not in drop)
        return
    paths = page._path_objects()
    kept = {kind: list(objects) for kind, objects in paths.items()}
    for kind in ("line", "rect", "curve"):
        paths[kind] = [o for o in paths[kind] if id(o) not in drop]
    forget_edges(page)
    try:
        yield page
    finally:
        paths.update(kept)
        forget_edges(page)
