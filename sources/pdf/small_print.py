"""Cell text set very small (a spreadsheet's « shrink to fit »), read line by line.

Calc's « Réduire pour ajuster à la taille de la cellule » prints a long description at 2–3 pt,
its lines about 3 pt apart. Grouping a cell's glyphs into lines within 3 pt of each other, as
the table reader does for text of ordinary sizes, runs those lines into one and interleaves
their letters (« L12345 e))))) »). The tolerances are a share of the glyphs' size instead:
3 pt is a third of the 9 pt they were made for.
"""

from __future__ import annotations

from statistics import median
from typing import Any

_SMALL = 6.0  # pt: below this glyph size the tolerances follow the size
_SHARE = 1 / 3  # of the glyph size: the tolerance (3 pt for 9 pt text)
_LEAST = 0.3  # pt


def small(chars: list[dict[str, Any]]) -> float | None:
    """The median glyph size of ``chars`` when it is small print, else None."""
    if any(not c.get("upright", True) for c in chars):
        return None  # turned text: read by its own rule (sources.pdf.turned)
    sizes = [c.get("size", 0.0) for c in chars if c["text"].strip()]
    size = median(sizes) if sizes else 0.0
    return size if 0.0 < size < _SMALL else None


def chars_within(
    chars: list[dict[str, Any]], box: tuple[float, float, float, float]
) -> list[dict[str, Any]]:
    """The characters of ``chars`` whose middle ``box`` (x0, top, x1, bottom) holds, as the
    grid reader gives a character to a cell."""
    x0, top, x1, bottom = box
    return [
        c
        for c in chars
        if x0 <= (c["x0"] + c["x1"]) / 2 < x1 and top <= (c["top"] + c["bottom"]) / 2 < bottom
    ]


def cell_text(chars: list[dict[str, Any]]) -> str:
    """A cell's text as pdfplumber extracts it, with tolerances fit for small print."""
    from pdfplumber import utils as plumber_utils

    size = small(chars)
    if size is None:
        return plumber_utils.extract_text(chars)
    tolerance = max(_LEAST, _SHARE * size)
    return plumber_utils.extract_text(chars, x_tolerance=tolerance, y_tolerance=tolerance)


def reread_small_print(
    page: Any,
    table: Any,
    data: list[list[str | None]],
    given: dict[tuple[int, int], list[dict[str, Any]]],
) -> list[list[str | None]]:
    """``data`` with each cell set in small print read again by :func:`cell_text` (cells in
    ``given`` were read so already); the same list when no cell is small print."""
    chars = getattr(page, "chars", ())
    cached = getattr(page, "_small_print", None)
    if cached is not None and cached[0] is chars:
        any_small = cached[1]
    else:
        any_small = any(
            c.get("size", 9.0) < _SMALL and c.get("upright", True) and c["text"].strip()
            for c in chars
        )
        try:
            page._small_print = (chars, any_small)
        except AttributeError:  # pragma: no cover - a page type without attributes
            pass
    if not any_small:
        return data
    out = data
    for r, row in enumerate(table.rows):
        if r >= len(data):
            break
        for i, cell in enumerate(row.cells):
            if cell is None or data[r][i] is None or (r, i) in given:
                continue
            inside = chars_within(chars, cell)
            if not inside or small(inside) is None:
                continue
            if out is data:
                out = [list(row_) for row_ in data]
            out[r][i] = cell_text(inside)
    return out
