"""Empty cells a grid draws no box for: empty, not merged with the cell above.

A web page's table styled ``empty-cells: hide`` (old CMS themes, every cell its own box)
leaves an empty cell undrawn: no box, no fill, a white hole in the grid. Its neighbours' own
sides still close it on the top and the left, but nothing draws its right side when it is in
the last column, so the grid finder finds no cell there and gives ``None`` — which the
readers take for a cell merged with the one above (a rowspan), copying the partners of the
step above into a step that has none. A region closed on top by the bottom of a cell of its
own column (that cell ending where the row starts: no rowspan), on the left by the right
side of the row's cell before it (no colspan) and below by a cell of its column or the
grid's foot (a merged cell the finder cannot close runs on down: not a hole), holding no
character of its own, is an empty cell: ``""``.
"""

from __future__ import annotations

from typing import Any

_TOL = 1.0  # pt: two rules that meet


def open_holes(
    page: Any,
    table: Any,
    data: list[list[str | None]],
    given: dict[tuple[int, int], list[dict[str, Any]]],
) -> list[list[str | None]]:
    """``data`` with its undrawn empty cells (``None`` closed above and on the left, no text)
    read as empty (``""``); the same list when there is none. ``given``: the characters of
    cells read again before (a word overflowing into the hole belongs to its own cell)."""
    rows = table.rows
    holes: list[tuple[int, int]] = []
    for r in range(1, min(len(data), len(rows))):
        cells, above = rows[r].cells, rows[r - 1].cells
        top = float(rows[r].bbox[1])
        for c in range(1, min(len(data[r]), len(cells), len(above))):
            if data[r][c] is not None or cells[c] is not None:
                continue
            left, up = cells[c - 1], above[c]
            if left is None or up is None:
                continue
            if abs(float(up[3]) - top) > _TOL or abs(float(left[2]) - float(up[0])) > _TOL:
                continue  # the cell above runs down, or the one before runs across: merged
            below = rows[r + 1].cells if r + 1 < len(rows) else None
            if below is not None and (c >= len(below) or below[c] is None):
                continue  # open below too: a merged cell the finder could not close (its
                # text set at its foot, in a row further down), not one empty cell
            holes.append((r, c))
    if not holes:
        return data
    taken = {id(ch) for chars in given.values() for ch in chars}
    out = [list(row) for row in data]
    for r, c in holes:
        up = rows[r - 1].cells[c]
        x0, x1 = float(up[0]), float(up[2])
        y0, y1 = float(rows[r].bbox[1]), float(rows[r].bbox[3])
        own = any(
            x0 <= (ch["x0"] + ch["x1"]) / 2 < x1
            and y0 <= (ch["top"] + ch["bottom"]) / 2 < y1
            and str(ch.get("text", "")).strip()
            and id(ch) not in taken
            for ch in page.chars
        )
        if not own:
            out[r][c] = ""
    return out
