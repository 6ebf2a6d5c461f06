"""A steps « table » built as COLUMN STACKS: one column per steps column, each a stack of a
heading widget and one text widget a step, with no row element.

A page builder (Elementor, Divi) has no table widget: an author builds the steps table as
six column widgets side by side, each a filled heading (« Etape », « Descriptif »…) over one
text widget per step, a divider under each. Nothing makes the k-th widgets of the columns
level: each column stacks its own at its own pace, so a step's name, description and values
stand at different heights as soon as a value wraps, and the columns run on across page
breaks independently. The k-th widget of every column is the k-th step.

A stack is told by its HEADER — filled boxes side by side at one top, each holding a label
naming a steps column (:func:`~sources.pdf.columns.is_header`) — and by its DIVIDERS: rules
under the widgets, each within one column, NOT LEVEL from one column to the next (a grid's
row rules are). Each column's text is cut at its dividers, the piece under its last divider
going on at the next page's top when the stack runs on; the stack ends at the next heading
(``is_stop``). Its steps are then one table, every row a whole step (``whole_rows``), read
where the stack ends. What the page reader made of the stack (a grid of one row, lines) is
set aside.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sources.pdf.cells import _clean_cell
from sources.pdf.columns import is_header, label_key
from sources.pdf.content import Line, PageContent, TableBlock, TableRow

_LEVEL = 1.0  # pt: header boxes' tops this close stand level
_GUTTER = 14.0  # pt: the widest gap between two header boxes
_SLACK = 4.0  # pt: a divider may overhang its column this much
_APART = 2.0  # pt: two columns' dividers this far apart are not one row rule
_ALONE = 0.8  # of a stack's dividers at least: level with no divider of some other column


@dataclass
class _Item:
    page: int
    top: float
    texts: list[str] = field(default_factory=list)


@dataclass
class _Stack:
    keys: list[str]
    spans: list[tuple[float, float]]  # each column's x-range
    tops: list[float]  # each column's header box's foot (where its widgets start)
    items: list[list[_Item]]  # per column, its widgets so far
    open: list[bool]  # per column: its last widget runs on (no divider under it yet)


class ColumnStacks:
    """Column stacks read into steps tables, page after page (module doc). Call on each
    page (its pdfplumber page and its content read): the content is changed in place."""

    def __init__(self, is_stop: Callable[[Line], bool]) -> None:
        self.is_stop = is_stop
        self.stack: _Stack | None = None

    def __call__(self, page: Any, content: PageContent, last: bool = False) -> None:
        """``last``: the document's last page (a stack running to it ends there)."""
        if content.ocr:
            return
        floor = 0.0  # where the page's next stack may start (under the one read)
        while True:
            stack, start, carried = self.stack, floor, self.stack is not None
            if stack is None:
                found = _header(page, floor)
                if found is None:
                    return
                keys, spans, tops = found
                start = min(tops)
            stops = [ln.top for ln in content.lines if ln.top > start and self.is_stop(ln)]
            end = min(stops, default=float(page.height))
            if not carried:
                if not _staggered(page, spans, tops, end):
                    return  # a grid's rows: read as one
                stack = _Stack(keys, spans, tops, [[] for _ in keys], [False] * len(keys))
            for n, (x0, x1) in enumerate(stack.spans):
                top = start if carried else stack.tops[n]
                _read_column(page, content.number, stack, n, x0, x1, top, end)
            inside = _inside(stack.spans, start, end)
            content.lines = [ln for ln in content.lines if not inside(ln)]
            content.tables = [t for t in content.tables if not (t.top < end and t.bottom > start)]
            if not stops and not last:
                self.stack = stack  # going on at the next page's top
                return
            self.stack = None  # the stack ends on this page: its steps
            block = _block(stack, content.number, start, end)
            if block is not None:
                content.tables = sorted([*content.tables, block], key=lambda t: t.top)
            if not stops:
                return
            floor = end


def _header(
    page: Any, floor: float
) -> tuple[list[str], list[tuple[float, float]], list[float]] | None:
    """(keys, column x-ranges, each box's foot) of a row of filled boxes naming steps
    columns under ``floor``, or None."""
    boxes = [
        (float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"]))
        for r in page.rects
        if r.get("fill")
        and 6.0 <= float(r["bottom"]) - float(r["top"]) <= 60.0
        and float(r["top"]) >= floor
    ]
    rows: list[list[tuple[float, float, float, float]]] = []  # boxes level with each other
    for box in sorted(boxes, key=lambda b: b[1]):
        if rows and box[1] - rows[-1][0][1] <= _LEVEL:
            rows[-1].append(box)
        else:
            rows.append([box])
    for row in rows:
        row.sort(key=lambda b: b[0])
        if len(row) < 3 or any(
            b[0] - a[2] > _GUTTER or b[0] < a[2] - 1.0 for a, b in zip(row, row[1:], strict=False)
        ):
            continue
        keys = [label_key(_text_in(_words(page), b)) for b in row]
        if not is_header(keys) or None in keys or len(set(keys)) != len(keys):
            continue
        return [str(k) for k in keys], [(b[0], b[2]) for b in row], [b[3] for b in row]
    return None


def _words(page: Any) -> list[dict[str, Any]]:
    """The page's words, read once per page."""
    cached = getattr(page, "_stack_words", None)
    if cached is None:
        cached = page.extract_words(x_tolerance=1.5, y_tolerance=2)
        try:
            page._stack_words = cached
        except AttributeError:  # (a page kind taking no attribute: read again when asked)
            pass
    return cached


def _text_in(words: list[dict[str, Any]], box: tuple[float, float, float, float]) -> str:
    """The text of the words centred in ``box``, a line a printed line."""
    x0, top, x1, bottom = box
    inside = [
        w
        for w in words
        if x0 <= (float(w["x0"]) + float(w["x1"])) / 2 <= x1
        and top <= (float(w["top"]) + float(w["bottom"])) / 2 <= bottom
    ]
    lines: list[list[dict[str, Any]]] = []
    for w in sorted(inside, key=lambda w: (float(w["top"]), float(w["x0"]))):
        if lines and abs(float(w["top"]) - float(lines[-1][0]["top"])) <= 2.0:
            lines[-1].append(w)
        else:
            lines.append([w])
    return "\n".join(
        " ".join(str(w["text"]) for w in sorted(ln, key=lambda w: float(w["x0"]))) for ln in lines
    )


def _dividers(page: Any, x0: float, x1: float, start: float) -> list[float]:
    """Tops of the rules under ``start`` lying within the column ``x0``–``x1``, at least
    half as wide as it."""
    out = []
    for r in [*page.rects, *page.lines]:
        top, bottom = float(r["top"]), float(r["bottom"])
        if bottom - top > 2.0 or top <= start:
            continue
        if float(r["x0"]) >= x0 - _SLACK and float(r["x1"]) <= x1 + _SLACK:
            if float(r["x1"]) - float(r["x0"]) >= 0.5 * (x1 - x0):
                out.append(top)
    return sorted(set(round(y, 1) for y in out))


def _ruled_sides(page: Any, spans: list[tuple[float, float]], top: float) -> bool:
    """A vertical rule stands under the header at a column's side: a grid's column rule
    (widgets stacked in columns have none)."""
    sides = [x for span in spans for x in span]
    for r in [*page.rects, *page.lines]:
        x0, x1 = float(r["x0"]), float(r["x1"])
        if x1 - x0 > 2.0 or float(r["bottom"]) - float(r["top"]) < 8.0:
            continue
        if float(r["bottom"]) > top + 4.0 and any(abs((x0 + x1) / 2 - x) <= 3.0 for x in sides):
            return True
    return False


def _staggered(page: Any, spans: list[tuple[float, float]], tops: list[float], end: float) -> bool:
    """Every column has dividers of its own down to ``end`` and nearly all of them
    (:data:`_ALONE`) stand level with no divider of some other column (a grid's row rules
    are level across its columns, but for a row a page break or a merged cell cuts); no
    column rule stands under the header (a grid whose cells are split has them)."""
    if _ruled_sides(page, spans, min(tops)):
        return False
    columns = []
    for (x0, x1), top in zip(spans, tops, strict=True):
        ys = [y for y in _dividers(page, x0, x1, top) if y < end]
        if not ys:
            return False
        columns.append(ys)
    alone = sum(
        1
        for ys in columns
        for y in ys
        if not all(any(abs(y - z) <= _APART for z in other) for other in columns if other is not ys)
    )
    return alone >= _ALONE * sum(len(ys) for ys in columns)


def _read_column(
    page: Any, number: int, stack: _Stack, n: int, x0: float, x1: float, start: float, end: float
) -> None:
    """Column ``n``'s widgets on this page, from ``start`` to ``end``, cut at its dividers."""
    cuts = [y for y in _dividers(page, x0, x1, start) if y < end]
    bounds = [start, *cuts]
    pieces = list(zip(bounds, [*cuts, end], strict=True))
    for k, (top, bottom) in enumerate(pieces):
        text = _text_in(_words(page), (x0, top, x1, bottom))
        last = k == len(pieces) - 1
        if k == 0 and stack.open[n] and stack.items[n]:
            if text.strip():
                stack.items[n][-1].texts.append(text)
        elif not last or text.strip():
            stack.items[n].append(_Item(number, top, [text]))
        if last:
            stack.open[n] = bool(text.strip()) or (k == 0 and stack.open[n])
        else:
            stack.open[n] = False


def _inside(spans: list[tuple[float, float]], start: float, end: float) -> Callable[[Line], bool]:
    def inside(line: Line) -> bool:
        return start <= line.top < end and all(
            any(x0 - _SLACK <= s.x0 and s.x1 <= x1 + _SLACK for x0, x1 in spans)
            for s in line.segments
        )

    return inside


def _block(stack: _Stack, page: int, start: float, end: float) -> TableBlock | None:
    count = max((len(col) for col in stack.items), default=0)
    if not count:
        return None
    rows = []
    for k in range(count):
        cells: dict[str, str | None] = {}
        for key, col in zip(stack.keys, stack.items, strict=True):
            item = col[k] if k < len(col) else None
            cells[key] = _clean_cell("\n".join(item.texts)) if item is not None else ""
        named = stack.items[0][k] if k < len(stack.items[0]) else stack.items[0][-1]
        rows.append(TableRow(named.page, named.top, cells))
    block = TableBlock(page, start, end, list(stack.keys), True, rows)
    block.whole_rows = True  # each step whole
    return block
