"""Horizontal strokes INSIDE a grid's cells that are no cell border: a paragraph's bottom border
(a hand-filling template's dotted « ligne de saisie » under each value), an underline. A cell
border runs from column rule to column rule; these stop short of both, by the cell's padding.
pdfplumber's table finder takes any stroke for a row's edge and cuts a step's row where a
paragraph of one of its cells ends (« 2019 » / « - 2020 »): the grid is looked for without
them (they stay on the page for every other reader).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sources.pdf.drop_shadows import shadow_bands

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


@contextmanager
def without_inset_strokes(page: Any) -> Iterator[Any]:
    """``page`` as the table finder should see it: without :func:`inset_strokes` nor a
    table's drop shadow (:func:`sources.pdf.drop_shadows.shadow_bands`) (a PDFium page for
    the time of the block, a pdfplumber page as a filtered view)."""
    from sources.pdf.pdfium_page import PdfiumPage, forget_edges

    pdfium = isinstance(page, PdfiumPage)
    found = [*inset_strokes(page), *shadow_bands(page)] if pdfium or hasattr(page, "filter") else []
    if not found:  # (a view of a page with no filter of its own is read as it is)
        yield page
        return
    drop = {id(o) for o in found}
    if not pdfium:
        yield page.filter(lambda o: id(o) not in drop)
        return
    paths = page._path_objects()
    kept = {kind: list(objects) for kind, objects in paths.items()}
    for kind in ("line", "rect"):
        paths[kind] = [o for o in paths[kind] if id(o) not in drop]
    forget_edges(page)
    try:
        yield page
    finally:
        paths.update(kept)
        forget_edges(page)
