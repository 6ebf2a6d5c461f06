"""List bullets drawn as shapes in grid cells, read as the « • » they print.

A browser draws a ``<ul>``'s disc markers as small filled paths, not as text; a cell holding
a list (« • Chambres consulaires », « • acteurs du secteur … ») then reads as its items' lines
run together, the items' limits lost. A small filled round or square shape standing just left
of a cell line's first glyph, level with it, is that line's bullet: the cell's text gets a
« • » there, as a word processor's text bullet would read (the name columns split on it:
:func:`sources.values.bulleted_names`).
"""

from __future__ import annotations

from typing import Any

from sources.pdf.small_print import cell_text

_SIZE = (1.5, 6.0)  # pt: a bullet's width and height
_SQUARE = 1.0  # pt: a bullet is as wide as high
_GAP = (1.0, 15.0)  # pt: from the bullet's right to its line's first glyph


def mark_bullets(
    page: Any,
    table: Any,
    data: list[list[str | None]],
    given: dict[tuple[int, int], list[dict[str, Any]]] | None = None,
) -> list[list[str | None]]:
    """``data`` (the grid's cell texts) with « • » before each line a drawn bullet opens; the
    same list when the grid holds no drawn bullet. ``given``: the characters of cells already
    read otherwise (a word overflowing its cell given back, :mod:`sources.pdf.cell_overflow`)."""
    shapes = [
        s
        for s in [*getattr(page, "curves", ()), *getattr(page, "rects", ())]
        if s.get("fill")
        and _SIZE[0] <= s["x1"] - s["x0"] <= _SIZE[1]
        and _SIZE[0] <= s["bottom"] - s["top"] <= _SIZE[1]
        and abs((s["x1"] - s["x0"]) - (s["bottom"] - s["top"])) <= _SQUARE
    ]
    x0, top, x1, bottom = table.bbox
    shapes = [s for s in shapes if x0 <= s["x0"] and s["x1"] <= x1 and top <= s["top"] < bottom]
    if not shapes:
        return data
    chars = [c for c in getattr(page, "chars", ()) if c.get("upright", True)]
    out = data
    for r, row in enumerate(table.rows):
        if r >= len(data):
            break
        for i, cell in enumerate(row.cells):
            if cell is None or data[r][i] is None:
                continue
            inside = [s for s in shapes if _within(s, cell)]
            if not inside:
                continue
            cell_chars = (given or {}).get((r, i)) or [c for c in chars if _within(c, cell)]
            marks = [m for s in inside if (m := _mark(s, cell_chars)) is not None]
            if not marks:
                continue
            if out is data:
                out = [list(row_) for row_ in data]
            out[r][i] = cell_text(cell_chars + marks)
    return out


def _within(obj: dict[str, Any], cell: tuple[float, float, float, float]) -> bool:
    h = (obj["x0"] + obj["x1"]) / 2
    v = (obj["top"] + obj["bottom"]) / 2
    return cell[0] <= h < cell[2] and cell[1] <= v < cell[3]


def _mark(shape: dict[str, Any], chars: list[dict[str, Any]]) -> dict[str, Any] | None:
    """A « • » character where ``shape`` stands, on the line it opens, or None when no line
    starts just right of it, level with it."""
    v = (shape["top"] + shape["bottom"]) / 2
    level = [c for c in chars if c["top"] <= v <= c["bottom"] and c["text"].strip()]
    right = [c for c in level if _GAP[0] <= c["x0"] - shape["x1"] <= _GAP[1]]
    if not right or any(c["x0"] < shape["x0"] for c in level):
        return None  # no line right of it, or text left of it: no bullet opening a line
    first = min(right, key=lambda c: c["x0"])
    return {
        **first,
        "text": "•",
        "x0": shape["x0"],
        "x1": shape["x1"],
        "width": shape["x1"] - shape["x0"],
    }
