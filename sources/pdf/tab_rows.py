"""ROWS TYPED AS TAB-SEPARATED TEXT: a sheet pasted « as unformatted text » into a word
processor, a paragraph a sheet row, its cells joined by tabs.

Calc, Excel and most grids copy a range as text: a line a row, a TAB between two cells, a
cell holding line breaks in double quotes (its inner quotes doubled). Pasted as unformatted
text into Writer or Word, each line becomes a paragraph and each tab jumps to the next
DEFAULT TAB STOP (every 1.25 cm in Writer, 1.27 cm in Word, from the paragraph's left edge):
the cells of a row do not stand under their column's label, they follow one another at the
next stop after the text before them, and a long row wraps at the right margin and goes on
at the left edge. An empty cell is two tabs in a row; a quoted cell's lines are paragraphs
of their own. Read by its geometry such a « table » mixes every column; read as text it is
exact: the k-th cell of a row (the text between its (k-1)-th and k-th tab) is the k-th
column's value.

A page printed with its spaces (Writer, Word) prints no glyph for a tab, so a tab is a gap
WITHOUT A SPACE GLYPH that ends ON A TAB STOP — however narrow: a cell ending just before a
stop leaves a gap of a few tenths of a point (« publicsRéaliser »). The stops are found on
the HEADER ROW: a line whose tab-separated cells are steps-table labels (« Etape »,
« Descriptif », « Planification »…), each after the first starting on a multiple of one
pitch from the line's start. Paragraphs are told apart from wrapped lines by the extra space
a paragraph takes above it (when the rows show two line pitches), else by the line before
having room for the next line's first word; a tab whose next word did not fit is left,
unseen, at the end of the line (the word that would have fit after a space wrapped). A
continuation line starting at a stop opens on that many tabs (a tab past the right margin
wraps to the first stop).

Nothing is guessed: the pitch is a default stops' one (an inch at most: labels evenly
further apart head a grid's even columns), a line holding a blank without a glyph that ends
off the stops is no tab text (a grid's cells side by side), the reading is kept only when
a row has no more cells than the header and some cell starts away from its label (a table
aligned under its labels is left to the geometry readers), and rows are read while they
hold a tab (or open a quoted cell). A row
whose paragraph may go on at the next page's top (its last line full) is read from there
on as the rest of it (:attr:`~sources.pdf.content.TableRow.rest`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sources.pdf.columns import column_key, is_header, label_key, labels_in
from sources.pdf.content import Line, TableBlock, TableRow

_STOP = 0.6  # pt: a glyph starting this close to a tab stop starts on it
_GLUE = 0.15  # pt: glyphs of one word stand this close at most (kerning: hundredths)
_WORD_GAP = 0.2  # of the size: a wider blank between glyphs breaks a word (no space glyph)
_SPACE = 0.25  # of the size: a space's width (a tab gap near it is told by glyphs only)
_MIN_PITCH = 14.0  # pt (half a centimetre): default tab stops are never closer
# pt (an inch): default stops are 1.25 cm apart in Writer, 1.27 cm in Word; labels evenly
# further apart start a grid's even columns
_MAX_PITCH = 72.0
_PARA = 1.0  # pt: a line this much further below than a wrapped line opens a paragraph
_FAR = 2.5  # of the size: a blank this tall between two lines ends the rows
_FIT = 1.0  # pt: a word fits on a line when it ends this far inside the right edge


@dataclass
class TabGrid:
    """The tab stops of a tab-separated table (its first stop at ``origin``, one every
    ``pitch``) and, when its last row may go on at the next page's top, that row's state."""

    origin: float
    pitch: float
    size: float
    right: float
    # the last row, its last line full: the index of its open cell, whether that cell is a
    # quoted one, and where that line ends (None: the last row ended on this page)
    open_cell: int | None = None
    quoted: bool = False
    last_x1: float = 0.0


@dataclass
class _Piece:
    """A word (``text``) or a run of ``tabs`` tabs, starting at ``x0``."""

    x0: float
    x1: float
    text: str = ""
    tabs: int = 0


@dataclass
class _Printed:
    line: Line
    pieces: list[_Piece]


@dataclass
class _RowState:
    cells: list[list[str]] = field(default_factory=lambda: [[]])
    starts: list[float | None] = field(default_factory=lambda: [None])
    quoted: bool = False
    first: int = 0  # index of the row's first cell (the rest of a row cut by a page break)
    top: float = 0.0


class _Chars:
    """A page's upright glyphs by line (rounded top)."""

    def __init__(self, chars: list[dict[str, Any]]) -> None:
        self.by_top: dict[int, list[dict[str, Any]]] = {}
        for c in chars:
            # a blank PDFium generates where it sees a gap is no printed space
            if c.get("upright", True) and c.get("text") and not c.get("generated"):
                self.by_top.setdefault(round(float(c["top"])), []).append(c)

    def of(self, line: Line) -> list[dict[str, Any]]:
        key = round(line.top)
        found = [
            c
            for k in (key - 2, key - 1, key, key + 1, key + 2)
            for c in self.by_top.get(k, ())
            if abs(float(c["top"]) - line.top) <= 2.0
            and line.x0 - 1.0 <= float(c["x0"]) <= line.x1 + 1.0
        ]
        return sorted(found, key=lambda c: float(c["x0"]))


def _size(chars: list[dict[str, Any]]) -> float:
    sizes = [float(c.get("size") or 0.0) for c in chars if not c["text"].isspace()]
    return max(sizes, default=10.0) or 10.0


def _stop_at(x: float, origin: float, pitch: float) -> int | None:
    """The index of the tab stop ``x`` stands on (0: the line's start), else None."""
    k = round((x - origin) / pitch)
    return k if k >= 0 and abs(origin + k * pitch - x) <= _STOP else None


def _read(chars: list[dict[str, Any]], grid: TabGrid, printed: bool) -> list[_Piece] | None:
    """A line's words and tab runs; None when it starts off the tab stops, or (its spaces
    printed) holds a blank without a glyph that ends off them: a grid's cells, not a tab."""
    glyphs = [c for c in chars if not c["text"].isspace()]
    if not glyphs:
        return None
    size = _size(chars)
    pieces: list[_Piece] = []
    first = float(glyphs[0]["x0"])
    lead = _stop_at(first, grid.origin, grid.pitch)
    if lead is None:
        return None
    if lead:  # a continuation line opening on tabs: each a stop from the line's start
        pieces.append(_Piece(grid.origin, first, tabs=lead))
    word: list[dict[str, Any]] = []
    prev: dict[str, Any] | None = None
    spaced = False

    def flush() -> None:
        if word:
            text = "".join(c["text"] for c in word)
            pieces.append(_Piece(float(word[0]["x0"]), float(word[-1]["x1"]), text))
            word.clear()

    for c in chars:
        if c["text"].isspace():
            spaced = True
            continue
        if prev is not None:
            end, x0 = float(prev["x1"]), float(c["x0"])
            gap = x0 - end
            on = _stop_at(x0, grid.origin, grid.pitch)
            tabs = 0
            if on is not None:
                first_stop = int((end - grid.origin) // grid.pitch) + 1
                tabs = max(on - first_stop + 1, 0)
            if printed:  # a tab prints no glyph; a space does
                is_tab = tabs > 0 and gap > _GLUE and (not spaced or gap > 2 * _SPACE * size)
            else:  # a tab's gap as wide as a space cannot be told from one
                is_tab = tabs > 0 and (
                    gap > 1.8 * _SPACE * size or _GLUE < gap < 0.5 * _SPACE * size
                )
            wide = gap > max(0.6, _WORD_GAP * size)
            if is_tab:
                flush()
                pieces.append(_Piece(end, x0, tabs=tabs))
            elif printed and wide and not spaced:
                return None  # a blank with no glyph off the stops: no tab, no space (a grid)
            elif spaced or wide:
                flush()
        word.append(c)
        prev, spaced = c, False
    flush()
    return pieces


def _cells_of(pieces: list[_Piece]) -> list[tuple[str, float]]:
    """A line's tab-separated cells (text, start), an empty one between two tabs in a row."""
    cells: list[tuple[list[str], float]] = [([], pieces[0].x0 if pieces else 0.0)]
    for p in pieces:
        if p.tabs:
            cells += [([], p.x1) for _ in range(p.tabs)]
        else:
            if not cells[-1][0]:
                cells[-1] = ([], p.x0)
            cells[-1][0].append(p.text)
    return [(" ".join(words), x) for words, x in cells]


def _may_head(line: Line) -> bool:
    """A short line opening on a column label and naming three (cheap checks first)."""
    text = line.text
    return len(text.split()) <= 16 and column_key(text) is not None and len(labels_in(text)) >= 3


def _header(line: Line, chars: _Chars) -> tuple[TabGrid, list[str], list[float]] | None:
    """The tab grid, column keys and label starts of a header row typed with tabs."""
    if not _may_head(line):
        return None
    glyphs = chars.of(line)
    if not glyphs:
        return None
    printed = any(c["text"].isspace() for c in glyphs)
    size = _size(glyphs)
    origin = float(next(c for c in glyphs if not c["text"].isspace())["x0"])
    ends: list[float] = []  # where each gap that can only be a tab ends
    prev: dict[str, Any] | None = None
    spaced = False
    for c in glyphs:
        if c["text"].isspace():
            spaced = True
            continue
        if prev is not None:
            gap = float(c["x0"]) - float(prev["x1"])
            if (not spaced and gap > _WORD_GAP * size) if printed else gap > 1.8 * _SPACE * size:
                ends.append(float(c["x0"]) - origin)
        prev, spaced = c, False
    if len(ends) < 2:
        return None
    pitch = _pitch(ends)
    if pitch is None or pitch > _MAX_PITCH:
        return None
    right = max(float(c["x1"]) for c in glyphs)
    grid = TabGrid(origin, pitch, size, right)
    pieces = _read(glyphs, grid, printed)
    if pieces is None or any(p.tabs > 1 for p in pieces):
        return None
    cells = _cells_of(pieces)
    keys = [label_key(text) for text, _ in cells]
    if any(k is None for k in keys) or len(set(keys)) < len(keys) or not is_header(keys):
        return None
    return grid, [k for k in keys if k], [x for _, x in cells]


def _pitch(ends: list[float]) -> float | None:
    """The widest pitch every gap end stands on a multiple of (default tab stops)."""
    shortest = min(ends)
    for n in range(1, 6):
        pitch = shortest / n
        if pitch < _MIN_PITCH:
            return None
        steps = [round(e / pitch) for e in ends]
        fitted = sum(e * s for e, s in zip(ends, steps, strict=True)) / sum(s * s for s in steps)
        if all(abs(e - s * fitted) <= _STOP for e, s in zip(ends, steps, strict=True)):
            return fitted
    return None


def _fits(x1: float, pieces: list[_Piece], grid: TabGrid) -> bool:
    """Would a line's first piece (a word, or tabs and the word after them) have fit at the
    end of a line ending at ``x1``? (A tab whose next word does not fit wraps with it.)"""
    first = pieces[0]
    if first.tabs:
        k = int((x1 - grid.origin) // grid.pitch) + first.tabs
        word = next((p for p in pieces[1:] if not p.tabs), None)
        width = word.x1 - word.x0 if word is not None else 0.0
        return grid.origin + k * grid.pitch + width <= grid.right - _FIT
    return x1 + _SPACE * grid.size + (first.x1 - first.x0) <= grid.right - _FIT


def _run(
    lines: list[Line], start: int, grid: TabGrid, chars: _Chars, printed: bool
) -> list[_Printed]:
    """The lines from ``start`` read on the tab grid, up to a line off it or a wide blank."""
    run: list[_Printed] = []
    for line in lines[start:]:
        if run and line.top - run[-1].line.bottom > _FAR * grid.size:
            break
        if abs(line.size - grid.size) > 1.0:
            break
        pieces = _read(chars.of(line), grid, printed)
        if pieces is None:
            break
        run.append(_Printed(line, pieces))
    return run


def _paragraphs(run: list[_Printed], grid: TabGrid) -> list[list[_Printed]]:
    """The run's lines grouped into paragraphs (module doc); an unseen tab at a wrap
    is put back."""
    if not run:
        return []
    pitches = [b.line.top - a.line.top for a, b in zip(run, run[1:], strict=False)]
    wrap = min(pitches, default=0.0)
    spaced = bool(pitches) and max(pitches) - wrap > _PARA
    paras: list[list[_Printed]] = [[run[0]]]
    for a, b, pitch in zip(run, run[1:], pitches, strict=False):
        fits = _fits(a.pieces[-1].x1, b.pieces, grid)
        if (pitch > wrap + _PARA) if spaced else fits:
            paras.append([b])
            continue
        if fits and not b.pieces[0].tabs:  # its first word fitted after a space: a tab
            b.pieces.insert(0, _Piece(grid.origin, grid.origin, tabs=1))
        paras[-1].append(b)
    return paras


def _opens_row(para: list[_Printed]) -> bool:
    pieces = [p for printed in para for p in printed.pieces]
    return any(p.tabs for p in pieces) or pieces[0].text.startswith('"')


def _feed(state: _RowState, para: list[_Printed]) -> None:
    """Add a paragraph's pieces to the row being read."""
    for printed in para:
        for p in printed.pieces:
            if p.tabs and not state.quoted:
                for k in range(p.tabs):  # an empty cell between two tabs starts nowhere
                    state.cells.append([])
                    state.starts.append(p.x1 if k == p.tabs - 1 else None)
                continue
            if p.tabs:  # a tab inside a quoted cell is its text's
                state.cells[-1].append(" ")
                continue
            text = p.text
            if not state.cells[-1] and text.startswith('"'):
                state.quoted, text = True, text[1:]
                state.starts[-1] = p.x0
            elif state.starts[-1] is None:
                state.starts[-1] = p.x0
            if state.quoted and text.endswith('"') and not text.endswith('""'):
                state.quoted, text = False, text[:-1]
            if text:
                state.cells[-1].append(text)
    if state.quoted:  # the paragraph ends inside a quoted cell: a line break in it
        state.cells[-1].append("\n")


def _text(words: list[str]) -> str:
    lines = " ".join(words).replace('""', '"').split("\n")
    return "\n".join(" ".join(part.split()) for part in lines if part.strip())


def _row(state: _RowState, keys: list[str], page_no: int) -> TableRow | None:
    if state.first + len(state.cells) > len(keys):
        return None
    cells = {
        keys[state.first + k]: _text(words) or ("" if state.first == 0 else None)
        for k, words in enumerate(state.cells)
    }
    cells = {k: v for k, v in cells.items() if v is not None}
    if state.first == 0:
        cells.update({k: "" for k in keys if k not in cells})
    return TableRow(page_no, state.top, cells, rest=state.first > 0)


def _rows(
    paras: list[list[_Printed]],
    keys: list[str],
    page_no: int,
    is_stop: Callable[[Line], bool],
    state: _RowState | None,
) -> tuple[list[TableRow], int, _RowState | None, list[list[float | None]]] | None:
    """The rows read from ``paras`` (``state``: a row going on from the page before), the
    number of paragraphs read, the last row's state when the paragraphs ran out inside a
    quoted cell, and each row's cell starts; None when a row holds too many cells."""
    rows: list[TableRow] = []
    starts: list[list[float | None]] = []
    used = 0
    for para in paras:
        if state is None:
            head = para[0].line
            if not _opens_row(para) or (
                not any(p.tabs for pr in para for p in pr.pieces) and is_stop(head)
            ):
                break
            state = _RowState(top=head.top)
        _feed(state, para)
        used += 1
        if state.quoted:
            continue
        row = _row(state, keys, page_no)
        if row is None:
            return None
        rows.append(row)
        starts.append(state.starts if state.first == 0 else [])
        state = None
    return rows, used, state, starts


def _misaligned(starts: list[list[float | None]], labels: list[float]) -> bool:
    return any(
        x is not None and abs(x - labels[k]) > _STOP
        for row in starts
        for k, x in enumerate(row)
        if k < len(labels)
    )


def tab_tables(
    lines: list[Line],
    page_no: int,
    previous: TableBlock | None,
    chars: list[dict[str, Any]] | None,
    is_stop: Callable[[Line], bool],
) -> tuple[list[Line], list[TableBlock]]:
    """``lines`` without the tab-separated tables' lines, and those tables (the one going on
    from ``previous`` first)."""
    if not chars or not lines:
        return lines, []
    going = previous is not None and previous.tab_grid is not None
    if not going and not any(_may_head(ln) for ln in lines):
        return lines, []
    index = _Chars(chars)
    printed = any(c["text"] == " " and not c.get("generated") for c in chars)
    right = max(ln.x1 for ln in lines)
    kept: list[Line] = []
    blocks: list[TableBlock] = []
    i = 0
    if previous is not None and previous.tab_grid is not None:
        found = _going_on(lines, page_no, previous, index, printed, right, is_stop)
        if found is not None:
            i, block = found
            blocks.append(block)
    while i < len(lines):
        head = _header(lines[i], index)
        found = None
        if head is not None:
            grid, keys, labels = head
            grid.right = max(grid.right, right)
            found = _table_at(lines, i, page_no, grid, keys, labels, index, printed, is_stop)
        if found is None:
            kept.append(lines[i])
            i += 1
            continue
        i, block = found
        blocks.append(block)
    return kept, blocks


def _close(
    block: TableBlock,
    run: list[_Printed],
    end: int,
    n_lines: int,
    grid: TabGrid,
    state: _RowState | None,
) -> None:
    """Mark whether the block's last row may go on at the next page's top."""
    block.open_at_bottom = end == n_lines
    last = run[-1]
    open_cell = None
    if block.open_at_bottom:
        if state is not None:
            open_cell = state.first + len(state.cells) - 1
        elif block.rows:
            # its last line full: the paragraph may wrap onto the next page
            x1 = last.pieces[-1].x1
            if x1 + _SPACE * grid.size + grid.pitch > grid.right:
                row = block.rows[-1]
                filled = [k for k in block.keys if row.cells.get(k)]
                open_cell = block.keys.index(filled[-1]) if filled else None
    block.tab_grid = TabGrid(
        grid.origin,
        grid.pitch,
        grid.size,
        grid.right,
        open_cell,
        state is not None and state.quoted,
        last.pieces[-1].x1,
    )


def _table_at(
    lines: list[Line],
    i: int,
    page_no: int,
    grid: TabGrid,
    keys: list[str],
    labels: list[float],
    chars: _Chars,
    printed: bool,
    is_stop: Callable[[Line], bool],
) -> tuple[int, TableBlock] | None:
    run = _run(lines, i + 1, grid, chars, printed)
    paras = _paragraphs(run, grid)
    read = _rows(paras, keys, page_no, is_stop, None)
    if read is None:
        return None
    rows, used, state, starts = read
    if not rows and state is None:
        return None
    if not _misaligned(starts, labels):
        return None  # aligned under its labels: the geometry readers read it
    if state is not None:  # a quoted cell running past the page's foot: its row so far
        row = _row(state, keys, page_no)
        if row is not None:
            rows.append(row)
    n = sum(len(p) for p in paras[:used])
    end = i + 1 + n
    header = lines[i]
    block = TableBlock(
        page_no,
        header.top,
        run[n - 1].line.bottom if n else header.bottom,
        list(keys),
        True,
        rows,
        ncols=len(keys),
    )
    block.header_bottom = header.bottom
    _close(block, run[:n], end, len(lines), grid, state)
    return end, block


def _going_on(
    lines: list[Line],
    page_no: int,
    previous: TableBlock,
    chars: _Chars,
    printed: bool,
    right: float,
    is_stop: Callable[[Line], bool],
) -> tuple[int, TableBlock] | None:
    """The rows at the page's top going on the tab-separated table of the page before."""
    grid = previous.tab_grid
    assert grid is not None
    run = _run(lines, 0, grid, chars, printed)
    if not run:
        return None
    paras = _paragraphs(run, grid)
    state = None
    if grid.open_cell is not None and (grid.quoted or not _fits(grid.last_x1, run[0].pieces, grid)):
        state = _RowState(first=grid.open_cell, quoted=grid.quoted, top=run[0].line.top)
    read = _rows(paras, previous.keys, page_no, is_stop, state)
    if read is None:
        return None
    rows, used, left, _ = read
    if not rows:
        return None
    n = sum(len(p) for p in paras[:used])
    block = TableBlock(
        page_no,
        run[0].line.top,
        run[n - 1].line.bottom,
        list(previous.keys),
        False,
        rows,
        ncols=len(previous.keys),
    )
    _close(block, run[:n], n, len(lines), grid, left)
    return n, block
