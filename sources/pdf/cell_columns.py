"""A cell's text set in two newspaper columns, read down the first column, then the second.

A web page's stylesheet may give a long cell ``column-count: 2`` to save height: its text
runs down the cell's left half and goes on at the top of its right half. Read line by line
across the cell, as any cell is, each printed line joins a line of the first half to a line
of the second (« Les actions à développer collaboratifs et soutenir leur »): the sentences
come out shuffled.

The geometry tells: every line of the cell leaves the same vertical channel empty, wider
than half an em (a word space is a quarter) and than twice the cell's median word space
(words spaced out by an accessibility style line up by chance; a cell of lone words spread
over its width by a spreadsheet's distributed alignment has no word space), with text on
both sides; the channel stands
across the middle of the cell's text area, the right half starting just past it and the
left text no wider than the right half (the halves are as wide, the gap between them an em
or two); both halves start on
the cell's first line, each with its lines starting where its first starts; the right half
has no more lines than the left (the first column is filled first). Two values typed apart
on a tab stop in one cell (a label and a figure) fail one of these: their right part starts
at the tab stop, not in the middle, or the cell is one line. The cell is then read as the
text of its left half followed by that of its right half.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from sources.pdf.small_print import cell_text, chars_within
from sources.pdf.tab_columns import _LINE
from sources.pdf.tab_columns import char_lines as _lines

_GAP = 0.6  # em: the least channel between the halves (a word space is about 0.25 em)
_ALIGN = 1.5  # pt: the lines of a half start where its first line starts
_HALF_GAP = 2.0  # em: the right half starts this far past the text area's middle at most
_WIDER = 2.0  # times the median word space: the least channel between the halves
_LEAST_LINES = 2  # lines of the left half at least


def read_cell_columns(
    page: Any,
    table: Any,
    data: list[list[str | None]],
    given: dict[tuple[int, int], list[dict[str, Any]]] | None = None,
) -> list[list[str | None]]:
    """``data`` (the grid's cell texts) with each cell set in two columns read column after
    column; the same list when no cell is. ``given``: cells already read otherwise."""
    x0, top, x1, bottom = table.bbox
    chars = sorted(  # the grid's characters by their middle's height, looked up by bisection
        (
            c
            for c in getattr(page, "chars", ())
            if c.get("upright", True)
            and x0 <= (c["x0"] + c["x1"]) / 2 <= x1
            and top <= (c["top"] + c["bottom"]) / 2 <= bottom
        ),
        key=_middle,
    )
    if not chars:
        return data
    middles = [_middle(c) for c in chars]
    out = data
    for r, row in enumerate(table.rows):
        if r >= len(data):
            break
        for i, cell in enumerate(row.cells):
            if cell is None or i >= len(data[r]) or not data[r][i] or (r, i) in (given or {}):
                continue
            if (data[r][i] or "").count("\n") + 1 < _LEAST_LINES:
                continue
            band = chars[bisect_left(middles, cell[1]) : bisect_left(middles, cell[3])]
            halves = two_columns(chars_within(band, cell), (cell[0], cell[2]))
            if halves is None:
                continue
            if out is data:
                out = [list(row_) for row_ in data]
            out[r][i] = cell_text(halves[0]) + "\n" + cell_text(halves[1])
    return out


def _middle(c: dict[str, Any]) -> float:
    return (c["top"] + c["bottom"]) / 2


def two_columns(
    chars: list[dict[str, Any]], edges: tuple[float, float]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]] | None:
    """The glyphs of the left and right halves of a cell (``edges``: its left and right
    rules) set in two columns, or None when its text is one column."""
    every, chars = chars, [c for c in chars if c["text"].strip()]
    lines = _lines(chars)
    if not chars or len(lines) < _LEAST_LINES:
        return None
    sizes = sorted(c.get("size", 0.0) or 0.0 for c in chars)
    em = sizes[len(sizes) // 2]
    if em <= 0:
        return None
    spans = sorted((c["x0"], c["x1"]) for c in chars)
    channel: tuple[float, float] | None = None
    reach = spans[0][1]
    for a, b in spans[1:]:
        if a - reach >= _GAP * em:
            if channel is not None:
                return None  # more than one channel: a table typed in the cell, not two columns
            channel = (reach, a)
        reach = max(reach, b)
    if channel is None:
        return None
    left = [c for c in chars if c["x1"] <= channel[0] + 0.01]
    right = [c for c in chars if c["x0"] >= channel[1] - 0.01]
    middle = (channel[0] + channel[1]) / 2
    start = min(c["x0"] for c in left)
    pad = start - edges[0]
    area = (start, edges[1] - pad)
    centre = (area[0] + area[1]) / 2
    if not channel[0] <= centre <= channel[1] <= centre + _HALF_GAP * em:
        return None  # the right half not starting just past the middle: a tab stop
    if channel[0] - start > area[1] - channel[1] + _GAP * em:
        return None  # the left text wider than the right half: no two halves as wide
    left_lines, right_lines = _lines(left), _lines(right)
    spaces = sorted(g for ln in left_lines + right_lines for g in _word_gaps(ln, em))
    if not spaces or channel[1] - channel[0] < _WIDER * spaces[len(spaces) // 2]:
        return None  # no wider than the word spaces (words spaced out), or no prose
    if len(right_lines) > len(left_lines) or len(left_lines) < _LEAST_LINES:
        return None
    if abs(left_lines[0][0]["top"] - right_lines[0][0]["top"]) > _LINE:
        return None  # the halves start on the same line
    for half in (left_lines, right_lines):
        first = min(c["x0"] for c in half[0])
        if any(abs(min(c["x0"] for c in ln) - first) > _ALIGN for ln in half):
            return None
    spaces = [c for c in every if not c["text"].strip()]  # word spaces go with their half
    return (
        sorted([*left, *(c for c in spaces if c["x1"] <= middle)], key=_reading),
        sorted([*right, *(c for c in spaces if c["x0"] >= middle)], key=_reading),
    )


def _word_gaps(line: list[dict[str, Any]], em: float) -> list[float]:
    """The blanks between the words of ``line`` (gaps wider than a sixth of an em)."""
    glyphs = sorted(line, key=lambda c: c["x0"])
    gaps = (b["x0"] - a["x1"] for a, b in zip(glyphs, glyphs[1:], strict=False))
    return [g for g in gaps if g > em / 6]


def _reading(c: dict[str, Any]) -> tuple[float, float]:
    return (c["top"], c["x0"])
