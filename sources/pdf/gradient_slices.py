"""A gradient fill drawn as SLICES: hundreds of hair-thin filled rectangles side by side.

LibreOffice prints a spreadsheet's conditional-format DATA BAR (a gradient from the cell's
left edge) as one filled rectangle per shade, each a fraction of a point wide, their edges a
few tenths of a point apart. To the grid finder every slice is a vertical edge; edges closer
than its snapping tolerance chain into one cluster, which is snapped to its mean: a real
column rule inside the chain moves to the middle of the bar, in every grid of the page
(« Planification » cut at 369 pt where its rule stands at 354). The slices carry no text and
no rule: they are set aside before anything reads the page, both engines alike.

A run of slices is :data:`MIN_SLICES` filled rectangles at most :data:`THIN` wide (or high, a
vertical gradient), sharing their top and bottom (left and right), each starting within
:data:`STEP` of the one before.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sources.pdf.watermark import without_objects

MIN_SLICES = 8
THIN = 1.0  # pt
STEP = 1.5  # pt


def _runs(items: list[tuple[float, int]]) -> list[list[int]]:
    items.sort()
    runs: list[list[int]] = []
    last = None
    for x, ident in items:
        if last is None or x - last > STEP:
            runs.append([])
        runs[-1].append(ident)
        last = x
    return [r for r in runs if len(r) >= MIN_SLICES]


def slice_ids(rects: list[dict[str, Any]]) -> set[int]:
    """``id`` of every rectangle that is a slice of a gradient (see the module's doc)."""
    across: dict[tuple[float, float], list[tuple[float, int]]] = defaultdict(list)
    down: dict[tuple[float, float], list[tuple[float, int]]] = defaultdict(list)
    for r in rects:
        if not r.get("fill"):
            continue
        w, h = r["x1"] - r["x0"], r["bottom"] - r["top"]
        if w < THIN <= h:
            across[(round(r["top"], 1), round(r["bottom"], 1))].append((r["x0"], id(r)))
        elif h < THIN <= w:
            down[(round(r["x0"], 1), round(r["x1"], 1))].append((r["top"], id(r)))
    out: set[int] = set()
    for groups in (across, down):
        for items in groups.values():
            if len(items) >= MIN_SLICES:
                for run in _runs(items):
                    out.update(run)
    return out


def without_gradient_slices(page: Any) -> Any:
    """``page`` without the slices of its gradient fills (the page itself when none)."""
    rects = page.rects
    if len(rects) < MIN_SLICES:
        return page
    return without_objects(page, slice_ids(rects))
