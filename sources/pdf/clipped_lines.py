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

from bisect import bisect_right
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
    cells = _cell_chars(chars, table)
    out = data
    index: dict[int, int] | None = None
    for (r, c), inside in sorted(cells.items()):
        if r == 0 or r >= len(data) or (r - 1, c) not in cells:
            continue
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


def _cell_chars(chars: Any, table: Any) -> Cells:
    """Each grid cell's characters (the cell holding a character's middle)."""
    rows = table.rows
    tops = [float(row.bbox[1]) for row in rows]
    x0, top, x1, bottom = (float(v) for v in table.bbox)
    out: Cells = {}
    for ch in chars:
        mx, my = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        if not (x0 <= mx < x1 and top <= my < bottom):
            continue
        r = bisect_right(tops, my) - 1
        if r < 0:
            continue
        for c, cell in enumerate(rows[r].cells):
            if cell is not None and cell[0] <= mx < cell[2] and cell[1] <= my < cell[3]:
                out.setdefault((r, c), []).append(ch)
                break
    return out


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
