"""Pull quotes and photo captions floated inside a grid cell, set aside from its text.

A CMS's rich-text editor lets an editor drop a pull quote (« « La transition se construit avec
tous… » — le président ») or a photo with its caption « aligned right / left » into a table
cell; the browser wraps the cell's own text round it. Printed, the float's lines stand BESIDE
the cell's lines at the same heights, and the table reader, reading the cell line by line, runs
them together (« Les actions à développer « La transition se sont les suivantes… »).

A float is told by its TYPE SIZE and its PLACE, never by its words: within one cell, the text
in the size most of the grid's characters have is the cell's own (else the size most of the
cell's have); a run of another size (two
lines or more, a dozen characters at least) is a float when the cell's own text beside it, at
its heights, stands on ONE side of it only and never crosses its width — text wrapped round it.
A run of another size that touches a float from above or below within its width (a quote's
attribution under it), or that stands under a picture the cell's own text wraps round (a
photo's caption), goes with it. A superscript (a few characters, one line, text on both sides)
or a second size across the whole cell (a title over a description) is never a float.

The float's characters are set aside from the cell (its text is the editor's decoration, not the
step's value); the cell is read again from the characters left.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from typing import Any

from sources.pdf.small_print import cell_text

Char = dict[str, Any]
Box = tuple[float, float, float, float]

_MIN_CHARS = 12  # a float holds this many characters at least
_SIZE_STEP = 0.25  # pt: sizes closer than this are one size
_SIZE_RATIO = 1.12  # a float's size differs from the cell's own by this ratio at least
_PICTURE = 18.0  # pt: a picture is this wide and high at least
_TOUCH = 1.6  # font sizes: a caption or attribution this close to its float or picture


def _size(c: Char) -> float:
    return round(float(c.get("size", 0.0)) / _SIZE_STEP) * _SIZE_STEP


def _box(chars: list[Char]) -> Box:
    return (
        min(c["x0"] for c in chars),
        min(c["top"] for c in chars),
        max(c["x1"] for c in chars),
        max(c["bottom"] for c in chars),
    )


def _lines(chars: list[Char]) -> int:
    tops: list[float] = []
    for c in sorted(chars, key=lambda c: c["top"]):
        if not tops or c["top"] - tops[-1] > 0.5 * c.get("size", 1.0):
            tops.append(c["top"])
    return len(tops)


def _wrapped_round(box: Box, own: list[Char]) -> bool:
    """The cell's own characters beside ``box`` (at its heights) all stand on one side of it
    and none within its width; at least one does."""
    x0, top, x1, bottom = box
    beside = [c for c in own if c["bottom"] > top + 1 and c["top"] < bottom - 1]
    if not beside:
        return False
    left = all(c["x1"] <= x0 + 0.5 for c in beside)
    right = all(c["x0"] >= x1 - 0.5 for c in beside)
    return left or right


def _touches(box: Box, other: Box, size: float) -> bool:
    """``box`` stands right above or under ``other``, overlapping its width."""
    overlap = min(box[2], other[2]) - max(box[0], other[0])
    gap = max(other[1] - box[3], box[1] - other[3])
    return overlap > 0 and gap < _TOUCH * size


def floats_in(chars: list[Char], pictures: list[Box], grid_size: float | None = None) -> set[int]:
    """Indices (in ``chars``, one cell's characters) of the characters of its floats.
    ``grid_size``: the size most of the grid's characters have, the cell's own when the cell
    holds it (a one-line value beside a longer caption is still the cell's own)."""
    printed = [i for i, c in enumerate(chars) if c["text"].strip()]
    sizes = Counter(_size(chars[i]) for i in printed)
    if len(sizes) < 2:
        return set()
    own_size = grid_size if grid_size in sizes else sizes.most_common(1)[0][0]
    own = [chars[i] for i in printed if abs(_size(chars[i]) - own_size) < _SIZE_STEP]
    runs: dict[float, list[int]] = {}
    for i in printed:
        size = _size(chars[i])
        if max(size, own_size) / max(min(size, own_size), 0.1) >= _SIZE_RATIO:
            runs.setdefault(size, []).append(i)
    boxes = {s: _box([chars[i] for i in idx]) for s, idx in runs.items()}
    found: set[float] = set()
    for size, idx in runs.items():
        run = [chars[i] for i in idx]
        if len(idx) >= _MIN_CHARS and _lines(run) >= 2 and _wrapped_round(boxes[size], own):
            found.add(size)
    anchors = [boxes[s] for s in found] + [p for p in pictures if _wrapped_round(p, own)]
    changed = True
    while changed:  # attributions and captions joined to their float or picture
        changed = False
        for size, box in boxes.items():
            if size not in found and any(_touches(box, a, size) for a in anchors):
                found.add(size)
                anchors.append(box)
                changed = True
    shapes = [boxes[s] for s in found]
    return {  # the floats' characters, and the blanks between their words
        i
        for i, c in enumerate(chars)
        if _size(c) in found
        and any(
            b[0] <= (c["x0"] + c["x1"]) / 2 <= b[2] and b[1] <= (c["top"] + c["bottom"]) / 2 <= b[3]
            for b in shapes
        )
    }


def _pictures(page: Any, bbox: Box) -> list[Box]:
    """Pictures (images, filled shapes) of a picture's size inside the grid ``bbox``."""
    x0, top, x1, bottom = bbox
    out: list[Box] = []
    for obj in [
        *getattr(page, "images", ()),
        *getattr(page, "rects", ()),
        *getattr(page, "curves", ()),
    ]:
        if obj.get("object_type") != "image" and not obj.get("fill"):
            continue
        box = (float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]))
        w, h = box[2] - box[0], box[3] - box[1]
        if (
            w >= _PICTURE
            and h >= _PICTURE
            and x0 <= box[0]
            and box[2] <= x1
            and top <= box[1]
            and box[3] <= bottom
        ):
            out.append(box)
    return out


def _by_top(page: Any) -> tuple[list[Char], list[float]]:
    """The page's characters sorted by their top, and the tops (kept on the page: every grid
    of the page takes its characters from them by bisection)."""
    chars = getattr(page, "chars", [])
    cached = getattr(page, "_chars_by_top", None)
    if cached is not None and cached[0] is chars:
        return cached[1], cached[2]
    ordered = sorted(chars, key=lambda c: c["top"])
    tops = [float(c["top"]) for c in ordered]
    try:
        page._chars_by_top = (chars, ordered, tops)
    except AttributeError:  # pragma: no cover - a page type without attributes
        pass
    return ordered, tops


def without_floats(
    page: Any,
    table: Any,
    data: list[list[str | None]],
    given: dict[tuple[int, int], list[Char]],
) -> list[list[str | None]]:
    """``data`` (the grid's cell texts) with each cell's floats set aside and the cell read
    again (its characters then in ``given``); the same list when no cell holds one. Only the
    cells holding characters of another size than most of the grid's are looked at (the
    cheap test: fewer than :data:`_MIN_CHARS` such characters in the grid, none is)."""
    x0, top, x1, bottom = table.bbox
    chars, tops_sorted = _by_top(page)
    every = [  # the grid's characters, blanks included (a cell read again keeps its spaces)
        c
        for c in chars[bisect_left(tops_sorted, top) : bisect_left(tops_sorted, bottom)]
        if x0 <= c["x0"] and c["x1"] <= x1
    ]
    step = _SIZE_STEP
    sizes = [round(c["size"] / step) * step if c["text"].strip() else 0.0 for c in every]
    grid_sizes = Counter(sizes)
    grid_sizes.pop(0.0, None)
    if len(grid_sizes) < 2:
        return data  # one type size in the whole grid
    grid_size = grid_sizes.most_common(1)[0][0]
    low, high = grid_size / _SIZE_RATIO, grid_size * _SIZE_RATIO
    odd = [c for c, z in zip(every, sizes, strict=True) if z and (z <= low or z >= high)]
    if len(odd) < _MIN_CHARS:
        return data
    boxes = [
        (r, i, cell)
        for r, row in enumerate(table.rows[: len(data)])
        for i, cell in enumerate(row.cells)
        if cell is not None and data[r][i]
    ]
    # the odd characters' grid row and column (by bisection on the rows' tops and the
    # columns' lefts): a cell holds a float only if it holds a dozen of them, and characters of
    # the grid's own size too
    tops = [float(row.bbox[1]) for row in table.rows[: len(data)]]
    lefts = [float(col.bbox[0]) for col in table.columns]
    odd_in = Counter(
        (
            bisect_right(tops, (c["top"] + c["bottom"]) / 2) - 1,
            bisect_right(lefts, (c["x0"] + c["x1"]) / 2) - 1,
        )
        for c in odd
    )
    holding: set[tuple[int, int]] = set()
    for (r, i), n in odd_in.items():
        if n < _MIN_CHARS or r >= len(data) or i >= len(table.rows[r].cells):
            continue
        cell = table.rows[r].cells[i]
        if cell is None:
            continue
        cx0, ctop, cx1, cbottom = cell
        if any(
            z
            and low < z < high
            and cx0 <= (c["x0"] + c["x1"]) / 2 < cx1
            and ctop <= (c["top"] + c["bottom"]) / 2 < cbottom
            for c, z in zip(every, sizes, strict=True)
        ):
            holding.add((r, i))
    if not holding:
        return data
    pictures: list[Box] | None = None
    out = data
    for r, i, cell in boxes:
        if (r, i) not in holding:
            continue
        cx0, ctop, cx1, cbottom = cell
        own = given.get((r, i)) or [
            c
            for c in every
            if cx0 <= (c["x0"] + c["x1"]) / 2 < cx1
            and ctop <= (c["top"] + c["bottom"]) / 2 < cbottom
        ]
        if pictures is None:
            pictures = _pictures(page, table.bbox)
        in_cell = [
            p for p in pictures if cx0 <= p[0] and p[2] <= cx1 and ctop <= p[1] and p[3] <= cbottom
        ]
        drop = floats_in(own, in_cell, grid_size)
        if not drop:
            continue
        kept = [c for k, c in enumerate(own) if k not in drop]
        if out is data:
            out = [list(row_) for row_ in data]
        out[r][i] = cell_text(kept) if kept else ""
        given[(r, i)] = kept
    return out
