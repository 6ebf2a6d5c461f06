"""Words that overflow their grid cell into the next one, given back to the cell they start in.

A browser prints a word wider than its cell across the cell's right rule (CSS ``overflow:
visible``, no ``word-break``): « Planification » in a narrow header cell runs into
« Ressources » beside it, « communication » in an owner cell ends in the partners cell. A
grid reader sending each character to the cell holding its midpoint reads « Planificati » |
« onRessources », « communic » | « ationnaturalistes ». The characters a word draws past the
rule are told by the way they are written: in the content stream they come right after the
word's characters left of the rule, on the same line, each glyph touching the one before
(no space), and they stand left of where the next cell's own text starts (its other lines'
left edge, the text under a list's bullet included); those go back to the cell the word
starts in. Nothing else moves: a word of the next cell that starts at that cell's text edge
stays there, however close the overflow comes to it.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from sources.pdf.small_print import cell_text

_TOUCH = 1.0  # pt: the largest gap (or overlap) between two glyphs of one written word
_SAME_LINE = 0.5  # pt: tops of one line's glyphs
_EDGE = 0.5  # pt: slack on the next cell's text edge
_CALL_DIGITS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")
_RUN = 0.05  # pt: a glyph set on from the one before by its advance starts where it ends
_INTERLEAVED = 3  # glyphs: how far the word's next glyph may stand in the text layer


Cells = dict[tuple[int, int], list[dict[str, Any]]]  # (row, column) → the cell's characters


def keep_overflow(
    page: Any, table: Any, data: list[list[str | None]]
) -> tuple[list[list[str | None]], Cells]:
    """``data`` (the grid's cell texts) with the characters of words overflowing a cell's right
    rule read back into that cell, and the characters of the cells that changed; the same
    list and no cell when no word crosses a rule."""
    chars = getattr(page, "chars", [])
    # the rules between columns, and the grid's right edge (a word running out of the last
    # column is the last cell's too)
    bounds = sorted({round(float(c.bbox[0]), 2) for c in table.columns})[1:]
    bounds.append(round(float(table.bbox[2]), 2))
    if not bounds or len(chars) < 2:
        return data, {}
    mids = _page_mids(page, chars)
    top, bottom = float(table.bbox[1]), float(table.bbox[3])
    crossings: list[int] = []
    for i in range(len(chars) - 1):
        a, b = mids[i], mids[i + 1]
        if b <= a:
            continue
        k = bisect_right(bounds, a)  # the first rule right of this glyph's middle
        if k == len(bounds) or bounds[k] > b:
            continue
        if top <= chars[i]["top"] <= bottom and (
            _touching(chars[i], chars[i + 1])
            # past the grid's right edge, a space after the last column's text: that line
            # going on over the empty cells right of the table (a value typed wrap off)
            or (k == len(bounds) - 1 and _spaced_on(chars[i], chars[i + 1]))
        ):
            crossings.append(i + 1)
    if not crossings:
        return data, {}
    moves: dict[tuple[int, int], set[int]] = {}  # (row, cell the word starts in) → chars
    for start in crossings:
        found = _overflow(chars, start, table)
        if found is not None and found[0] < len(data):
            moves.setdefault(found[:2], set()).update(found[2])
    if not moves:
        return data, {}
    out = [list(row) for row in data]
    cells: Cells = {}
    for r, a in moves:  # the cells as read (each character in the cell holding its middle)
        row = table.rows[r]
        for i in (a, a + 1):
            if i < len(row.cells) and row.cells[i] is not None and (r, i) not in cells:
                cells[r, i] = [c for c in chars if _inside(c, row.cells[i])]
        above = _spanning_down(table, r, a + 1)  # the next cell merged down from a row above
        if above is not None and (above, a + 1) not in cells:
            cells[above, a + 1] = [c for c in chars if _inside(c, table.rows[above].cells[a + 1])]
    for (r, a), taken in moves.items():  # then each overflow given back
        cells[r, a] = cells[r, a] + [c for c in chars if id(c) in taken]
        for key in cells:
            if key != (r, a):
                cells[key] = [c for c in cells[key] if id(c) not in taken]
    for (r, i), cell_chars in cells.items():
        out[r][i] = cell_text(cell_chars) if cell_chars else ""
    return out, cells


def _spanning_down(table: Any, r: int, column: int) -> int | None:
    """The row of the cell of ``column`` that spans down over row ``r`` (a rowspan: row
    ``r`` has no cell of its own there), or None."""
    rows = table.rows
    if column >= len(rows[r].cells) or rows[r].cells[column] is not None:
        return None
    for q in range(r - 1, -1, -1):
        cell = rows[q].cells[column] if column < len(rows[q].cells) else None
        if cell is not None:
            return q if float(cell[3]) > float(rows[r].bbox[1]) + 1.0 else None
    return None


def _inside(c: dict[str, Any], cell: tuple[float, float, float, float]) -> bool:
    cv = (c["top"] + c["bottom"]) / 2
    return cell[0] <= _mid(c) < cell[2] and cell[1] <= cv < cell[3]


def _page_mids(page: Any, chars: list[dict[str, Any]]) -> list[float]:
    """The characters' horizontal middles, computed once per page (its grids share them)."""
    cached = getattr(page, "_overflow_mids", None)
    if cached is not None and cached[0] is chars:
        return cached[1]
    mids = [(c["x0"] + c["x1"]) / 2 for c in chars]
    try:
        page._overflow_mids = (chars, mids)
    except AttributeError:  # pragma: no cover - a page type without attributes
        pass
    return mids


def _mid(char: dict[str, Any]) -> float:
    return (char["x0"] + char["x1"]) / 2


def _touching(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return (
        abs(a["top"] - b["top"]) <= _SAME_LINE
        and abs(b["x0"] - a["x1"]) <= _TOUCH
        and bool(a["text"].strip())
        and bool(b["text"].strip())
        and a.get("upright", True)
        and b.get("upright", True)
    )


def _cell_at(row: Any, char: dict[str, Any]) -> int | None:
    h = _mid(char)
    for index, cell in enumerate(row.cells):
        if cell is not None and cell[0] <= h < cell[2]:
            return index
    return None


def _line_starts(chars: list[dict[str, Any]], skip_top: float) -> list[float]:
    """Left edge of each line of ``chars`` other than the one at ``skip_top``."""
    lines: dict[float, float] = {}
    for c in chars:
        if abs(c["top"] - skip_top) <= _SAME_LINE or not c["text"].strip():
            continue
        if c["text"] in _CALL_DIGITS:
            continue  # a call raised above its word's line starts no line
        key = round(c["top"], 0)
        lines[key] = min(lines.get(key, c["x0"]), c["x0"])
    return list(lines.values())


def _overflow(
    chars: list[dict[str, Any]], start: int, table: Any
) -> tuple[int, int, set[int]] | None:
    """The row, the cell a word starts in and the ids of its characters drawn in the next
    cell (from ``chars[start]`` on, left of that cell's own text edge, or past it printed
    over that cell's own first word: a long word overflowing a narrow cell), or None."""
    first = chars[start]
    v = (first["top"] + first["bottom"]) / 2
    # the lowest row starting above the glyph (a row's box reaches down as far as a cell
    # spanning the rows below it: the glyph is in the row whose top is last above it)
    r = next(
        (i for i in range(len(table.rows) - 1, -1, -1) if table.rows[i].bbox[1] <= v),
        None,
    )
    if r is not None and v >= table.rows[r].bbox[3]:
        r = None
    if r is None:
        return None
    row = table.rows[r]
    a, b = _cell_at(row, chars[start - 1]), _cell_at(row, first)
    last = len(row.cells) - 1
    if a is None:
        return None
    if b is None and a == last and _mid(first) >= row.cells[a][2]:  # out of the grid's right
        right = float(table.bbox[2])
        cell_b = (right, row.bbox[1], float("inf"), row.bbox[3])
        edge = float("inf")
    elif b is None and a < last and row.cells[a + 1] is None and _mid(first) >= row.cells[a][2]:
        # the next cell a hole the grid finder could not close (an empty cell left undrawn,
        # CSS ``empty-cells: hide``, in the last column): its column's span, no text of its own
        columns = table.columns
        right = float(columns[a + 1].bbox[2]) if a + 1 < len(columns) else float("inf")
        cell_b = (row.cells[a][2], row.bbox[1], right, row.bbox[3])
        edge = _column_edge(chars, table, row, a + 1, first["top"])
    elif b is not None and b == a + 1:
        cell_b = row.cells[b]
        spill = _spilled(chars, cell_b)  # other words run into the cell: no text edge of its
        starts = _line_starts(
            [c for c in chars if _inside(c, cell_b) and id(c) not in spill], first["top"]
        )
        edge = min(starts) if starts else _column_edge(chars, table, row, b, first["top"])
    else:
        return None
    moved: set[int] = set()
    index = start
    last: dict[str, Any] | None = None  # the word's last glyph given back
    beyond = edge == float("inf")  # out of the grid's right: nothing else of the table there
    while index < len(chars):
        c = chars[index]
        if beyond and last is not None and _spaced_on(last, c):
            pass  # the line going on past the grid, word after word (a sheet's value typed
            # wrap off, over the empty cells right of the table)
        elif last is not None and not (_touching(last, c) or _call_after(last, c)):
            index = _interleaved(chars, index, last)
            if index < 0:
                break
            c = chars[index]
        if not _inside(c, cell_b):
            break
        if last is not None and _same_run(last, c):
            pass  # set on from the word's glyph before: the word going on, wherever it stands
            # (« communicat|i|on » with its « i » at the cell's text edge)
        elif abs(c["x0"] - edge) <= _EDGE:
            after = chars[index + 1] if index + 1 < len(chars) else None
            if (
                last is not None
                and after is not None
                and _same_run(last, after)
                and min(after["x1"], c["x1"]) - max(after["x0"], c["x0"]) > 0.3 * _width(after)
            ):
                index += 1  # the cell's own first glyph set between two of the word's, over
                continue  # which it is printed (PDFium's order: « Planificati », R, « on »)
            break  # (a glyph starting at the cell's text edge: that cell's own word)
        elif c["x0"] > edge and not _over_own(c, chars, moved, cell_b):
            break  # past the edge, beside the cell's own text: that cell's text
        moved.add(id(c))
        last = c
        index += 1
    return (r, a, moved) if moved else None


def _spaced_on(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """``b`` goes on ``a``'s line, a space at most apart (a blank glyph, or a gap of less than
    two thirds of the size)."""
    size = float(a.get("size") or (a["bottom"] - a["top"]))
    return (
        abs(a["top"] - b["top"]) <= _SAME_LINE
        and -_TOUCH <= b["x0"] - a["x1"] <= 0.66 * size
        and a.get("upright", True)
        and b.get("upright", True)
    )


def _column_edge(
    chars: list[dict[str, Any]], table: Any, row: Any, column: int, skip_top: float
) -> float:
    """The text edge of grid column ``column`` in the rows other than ``row`` (a one-line
    cell, or an empty one, shows none of its own); infinite when no row tells. Words run
    into those cells from the left (into a cell spanning down beside the row) show none."""
    text: list[dict[str, Any]] = []
    for other in table.rows:
        if other is row or len(other.cells) <= column or other.cells[column] is None:
            continue
        inside = [c for c in chars if _inside(c, other.cells[column])]
        spill = _spilled(chars, other.cells[column]) if inside else set()
        text.extend(c for c in inside if id(c) not in spill)
    starts = _line_starts(text, skip_top)
    return min(starts) if starts else float("inf")


def _interleaved(chars: list[dict[str, Any]], index: int, before: dict[str, Any]) -> int:
    """The index of the glyph going on the word ``before`` ends, when the text layer sets a
    glyph of the cell it is printed over between them (PDFium orders glyphs drawn over each
    other by place: « o », « R », « n » for « Planificatio|n » over « Ressources »): the
    next glyph touching ``before`` within a few, every glyph skipped standing over it; else
    -1."""
    for j in range(index, min(index + _INTERLEAVED, len(chars))):
        c = chars[j]
        if _touching(before, c):
            skipped = chars[index:j]
            over = all(
                abs(o["top"] - c["top"]) <= _SAME_LINE
                and min(o["x1"], c["x1"]) - max(o["x0"], c["x0"]) > 0.3 * (c["x1"] - c["x0"])
                for o in skipped
            )
            return j if skipped and over else -1
    return -1


def _over_own(c: dict[str, Any], chars: list[dict[str, Any]], moved: set[int], cell: Any) -> bool:
    """May glyph ``c`` of a word overflowing into ``cell`` (the glyphs of ids ``moved``
    before it) stand past the cell's text edge? Yes when the cell holds no text of its own on
    that line (« agglomératio|n » over an empty cell), or when ``c`` is printed over a glyph
    of it (« communicatio|n » over « naturalistes »)."""
    own = [
        o
        for o in chars
        if o is not c
        and id(o) not in moved
        and o.get("text") not in _CALL_DIGITS  # (the call of a word, never a cell's own text)
        and abs(o["top"] - c["top"]) <= _SAME_LINE
        and str(o.get("text", "")).strip()
        and _inside(o, cell)
    ]
    return not own or any(
        min(o["x1"], c["x1"]) - max(o["x0"], c["x0"]) > 0.3 * (c["x1"] - c["x0"]) for o in own
    )


def _spilled(chars: list[dict[str, Any]], cell: Any) -> set[int]:
    """``id`` of the glyphs in ``cell`` that go on, touching, a word written left of it (a
    word of the cell before running into it): they show no line start of the cell's own."""
    out: set[int] = set()
    for k in range(1, len(chars)):
        c, before = chars[k], chars[k - 1]
        if not _inside(c, cell) or not _touching(before, c):
            continue
        if _mid(before) < cell[0] or id(before) in out:
            out.add(id(c))
    return out


def _width(c: dict[str, Any]) -> float:
    return float(c["x1"]) - float(c["x0"])


def _same_run(before: dict[str, Any], c: dict[str, Any]) -> bool:
    """Is ``c`` set on from ``before`` by its advance (one run of text: it starts exactly
    where ``before`` ends, same font and size)? A word of the next cell starting at its text
    edge is another run: it may touch the overflow, never start at its end to the hundredth."""
    return (
        bool(str(c.get("text", "")).strip())
        and abs(float(c["x0"]) - float(before["x1"])) <= _RUN
        and c.get("fontname") == before.get("fontname")
        and c.get("size") == before.get("size")
    )


def _call_after(before: dict[str, Any], c: dict[str, Any]) -> bool:
    """Is ``c`` a footnote or link call's digit glued to ``before`` (marked superscript by
    :func:`sources.pdf.footnotes.mark_calls`: raised, so not level with the word)?"""
    return (
        str(c.get("text", "")) in _CALL_DIGITS
        and abs(float(c["x0"]) - float(before["x1"])) <= _TOUCH
    )
