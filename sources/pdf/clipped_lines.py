"""A cell's last lines written past its row's foot, clipped there, given back to that cell.

A spreadsheet row of a FIXED HEIGHT (« Hauteur de ligne » set by the template) too short for
its text: Calc still writes every line of the cell, the ones past the row's foot clipped away
by the cell's clipping path — but they are in the text layer, where a grid reader sending
each character to the cell holding it finds them in the cell BELOW, printed over that cell's
own lines (« il convient de déterminer le / et soutenir leur mise en place / niveau
d'engagement »). Such a line is told by two things together: it OVERLAPS a line of the cell it
stands in (two lines of one cell never overlap when printed as laid out), and in the content
stream it comes RIGHT AFTER the text of the cell above in the same column (nothing but
spaces between), at one of that cell's line starts. Those lines go back to the cell above,
after its own; the cell below keeps its own lines only. The rest of a value the row cut is
not in the document: it is not invented.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from sources.pdf.small_print import cell_text

_SAME_LINE = 0.5  # pt: tops of one line's glyphs
_OVERLAP = 0.25  # of a glyph's height: two lines overlapping more than this are overprinted
_START = 2.0  # pt: a clipped line starts at one of the cell above's line starts


Cells = dict[tuple[int, int], list[dict[str, Any]]]


def lift_clipped_lines(
    page: Any, table: Any, data: list[list[str | None]], given: Cells
) -> list[list[str | None]]:
    """``data`` with each cell's lines written past its foot (clipped, read in the cell below)
    given back to it; ``given`` gets the two cells' characters. The same list when no cell
    holds overprinted lines."""
    chars = getattr(page, "chars", ())
    rows = table.rows
    if len(rows) < 2 or len(chars) < 2:
        return data
    cells = _cell_chars(page, chars, table)
    out = data
    index: dict[int, int] | None = None  # stream places, by id: made for the first overprint
    for (r, c), inside in sorted(cells.items()):
        if r == 0 or r >= len(data) or (r - 1, c) not in cells:
            continue
        if not _goes_back_up(inside):
            continue  # written top to bottom: no line of another cell's among its own
        lines = _lines(inside)
        if not _overprinted(lines):
            continue
        if not all(ch.get("upright", True) for ch in inside + cells[r - 1, c]):
            continue  # turned text (read by sources.pdf.turned): lines run across
        up_cell, cell = rows[r - 1].cells[c], rows[r].cells[c]
        if abs(up_cell[0] - cell[0]) > 1.0 or abs(up_cell[2] - cell[2]) > 1.0:
            continue  # not one column
        if index is None:
            index = {id(ch): i for i, ch in enumerate(chars)}
        above = given.get((r - 1, c)) or cells[r - 1, c]
        lifted = _clipped(chars, index, above, lines)
        if not lifted:
            continue
        spans = [_span(index, line) for line in lifted]  # each line's spaces with it
        own = given.get((r, c)) or inside
        moved = [ch for ch in own if any(a <= index[id(ch)] <= b for a, b in spans)]
        taken = {id(ch) for ch in moved}
        new_above = above + moved
        new_cell = [ch for ch in own if id(ch) not in taken]
        given[r - 1, c], given[r, c] = new_above, new_cell
        if out is data:
            out = [list(row) for row in data]
        out[r - 1][c] = cell_text(new_above)
        out[r][c] = cell_text(new_cell) if new_cell else ""
    return out


def _cell_chars(page: Any, chars: Any, table: Any) -> Cells:
    """Each grid cell's characters (the cell holding a character's middle, as the grid reader
    gives them: :class:`sources.pdf.pdfium_page._IndexedTable`'s bisection on the page's
    sorted midpoints), in the content stream's order."""
    from sources.pdf.pdfium_page import _chars_per_cell, _sorted_mids

    read = getattr(table, "cell_chars", None)
    if read is not None:  # as the grid reader gave them (:class:`_IndexedTable`'s extract)
        return read
    mids, v_keys = _sorted_mids(page, chars)
    out: Cells = {}
    for r, row in enumerate(table.rows):
        x0, top, x1, bottom = row.bbox
        lo, hi = bisect_left(v_keys, top), bisect_left(v_keys, bottom)
        row_chars = sorted((i, h, v) for v, h, i in mids[lo:hi] if x0 <= h < x1)
        for c, cell_chars in enumerate(_chars_per_cell(row.cells, row_chars, chars)):
            if cell_chars:
                out[r, c] = cell_chars
    return out


def _goes_back_up(chars: list[dict[str, Any]]) -> bool:
    """In the content stream's order, a character set higher than the one before by more
    than a line's slack: a cell whose own lines are not all it holds (a clipped line of the
    cell above is written before them), or a raised call; a quick test before any sort."""
    tops = [ch["top"] for ch in chars]
    return any(b < a - _SAME_LINE for a, b in zip(tops, tops[1:], strict=False))


def _lines(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The visible characters grouped in lines (one top), top first."""
    lines: list[list[dict[str, Any]]] = []
    for ch in sorted(chars, key=lambda ch: ch["top"]):
        if not ch["text"].strip():
            continue  # a space's box may stand off its line
        if lines and abs(ch["top"] - lines[-1][0]["top"]) <= _SAME_LINE:
            lines[-1].append(ch)
        else:
            lines.append([ch])
    return lines


def _overprinted(lines: list[list[dict[str, Any]]]) -> bool:
    """Two lines of the cell overlap: one printed over the other."""
    return any(_overlap(a, b) for a, b in zip(lines, lines[1:], strict=False))


def _overlap(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    """The two lines' glyphs share more than a quarter of the smaller one's height."""
    a_top, a_bottom = min(ch["top"] for ch in a), max(ch["bottom"] for ch in a)
    b_top, b_bottom = min(ch["top"] for ch in b), max(ch["bottom"] for ch in b)
    height = min(a_bottom - a_top, b_bottom - b_top)
    return height > 0 and min(a_bottom, b_bottom) - max(a_top, b_top) > _OVERLAP * height


def _span(index: dict[int, int], line: list[dict[str, Any]]) -> tuple[int, int]:
    """The first and last stream positions of a line's glyphs."""
    positions = [index[id(ch)] for ch in line]
    return min(positions), max(positions)


def _clipped(
    chars: Any,
    index: dict[int, int],
    above: list[dict[str, Any]],
    lines: list[list[dict[str, Any]]],
) -> list[list[dict[str, Any]]]:
    """The lines of the cell written right after the cell above's text, at one of its line
    starts, each overlapping another line of the cell (or following a line so lifted)."""
    if not above:
        return []
    starts = [min(ch["x0"] for ch in line) for line in _lines(above)]
    last = max(index[id(ch)] for ch in above)
    lifted: list[list[dict[str, Any]]] = []
    by_first = sorted(lines, key=lambda line: min(index[id(ch)] for ch in line))
    for line in by_first:
        first = min(index[id(ch)] for ch in line)
        if first <= last or any(chars[k]["text"].strip() for k in range(last + 1, first)):
            continue
        x = min(ch["x0"] for ch in line)
        if not any(abs(x - s) <= _START for s in starts):
            continue
        others = [ln for ln in lines if ln is not line]
        if not lifted and not any(_overlap(o, line) for o in others):
            continue
        lifted.append(line)
        last = max(index[id(ch)] for ch in line)
    if len(lifted) == len(lines):
        return []  # the whole cell: a cell written after the one above, no clipped line
    return lifted
