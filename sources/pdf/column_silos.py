"""Steps « tables » built as independent columns: each column its own stack of values.

A site editor with no table block to hand builds the steps as a « Colonnes » block (WordPress,
a CMS's grid of columns): a column per seed label, its heading, then the steps' values one
under the other, two values parted by a separator rule across that column only. Each column
runs down as tall as its own text: the k-th values of two columns are NOT level (the second
step's planning stands beside the first step's description), and the separator rules stand
at a different height in every column. Cut into rows by height, the values mix.

Such a body is told by its rules: every horizontal rule in it lies under ONE column (none
runs across two), two columns at least hold such rules, and most of them have no rule of
another column at their height (a grid whose cells draw their own bottom border has its
pieces level; here a fifth of them at least stand apart) — or, in a short block whose
one-line columns happen to end level, the rules stand at two heights at least more than any
column holds rules: a grid's cells end on its row lines, so every column's rules are a subset
of the row lines and a column of unmerged cells holds them all, while independent stacks put
each column's k-th rule at its own height — or, in a block running to the page's foot (cut
there after its first values, one rule or two a column), the rules stand at more heights than
any column holds rules while a column runs on unruled to the foot (last paragraph). Its rows
are then read column by column: the k-th value of a column is what lies between its (k-1)-th
and k-th rules, the k-th row the k-th values of all columns. A body with column rules down
beside it is a grid, and one whose columns mostly end on a rule is text underlined paragraph
by paragraph (a table style's paragraph border): never read so.

A page break cuts each column at its own line: the block's last row on the page holds some
columns' last values while others are still one value or more behind. Each column's place
at the page's foot (:attr:`TableBlock.silo_ends`: its last value's row, from the last row)
is where it goes on at the next page's top, its values before its first rule there the rest
of that row (:attr:`TableRow.back`, joined by the sheet reader), later ones the rows after.

A block whose first values only stand at the page's foot holds too few rules for the tests
above: a rule or two a column, most under a value the break came right after (its column
closed on its rule, as text underlined paragraph by paragraph would be). There the rules
standing at more heights than any column holds rules (a grid's row lines are level across
its columns) and one column at least running on past its rules to the body's last line
unruled (the value the page cuts; underlined text closes every column) tell the block.
"""

from __future__ import annotations

from typing import Any

from sources.pdf.content import Line, Segment
from sources.pdf.line_fills import line_fills
from sources.pdf.rules import _on_mark, vertical_rules

_COVER = 0.5  # of a column's width: a rule under it covers this much at least
_SPILL = 3.0  # pt a column's rule may run past the column's bounds
_LEVEL = 2.0  # pt: two rules this close in height are level
_MERGE = 1.6  # pt: a rule's two edges (a thin filled rectangle) are one rule

CellLine = tuple[str, float, float, float]  # text, x0, x1, font size


SiloRow = tuple[Line, list[list[CellLine]], int | None]  # opener, cells, rows back (or None)


def silo_rows(
    page: Any,
    body: list[Line],
    columns: dict[int, list[list[Segment]]],
    bounds: list[float],
    going_on: list[int] | None = None,
    at_foot: bool = False,
) -> tuple[list[SiloRow], list[int]] | None:
    """The body's rows read column by column (module doc): for each row, the line that
    opens it, each column's cell lines and, on a block going on from the page before
    (``going_on``: that block's :attr:`TableBlock.silo_ends`), how many rows above the last
    one read there it goes on (None: a row of its own); with, per column, where its last
    value stands (:attr:`TableBlock.silo_ends`). ``None`` when the body is no such block.
    ``at_foot``: the body is the page's last text (the block may be cut by the page)."""
    if len(body) < 2 or len(bounds) < 3:
        return None
    if going_on is not None and len(going_on) != len(bounds) - 1:
        going_on = None
    if _column_rules(page, body, bounds):
        return None  # a grid's column rules: its rows are rows (paragraph borders in a cell)
    seps = _separators(page, body, bounds)
    if seps is None:
        return None
    if going_on is None:
        # a label wrapped over two lines puts its column's heading rule below the body's
        # first line (the other columns' values start higher): a rule that high with none of
        # its column's text above it is that heading rule, no separator (a block going on
        # has no heading: its columns' rules at the page's top part the values)
        first = body[0].top + 1.5 * body[0].size
        for c, ys in enumerate(seps):
            tops = [
                (ln.top + ln.bottom) / 2
                for ln in body
                if c < len(columns[id(ln)]) and columns[id(ln)][c]
            ]
            if ys and ys[0] < first and not any(t < ys[0] for t in tops):
                seps[c] = ys[1:]  # (only the topmost: an empty first value's rule comes next)
        if not _is_silos(body, columns, seps) and not (
            at_foot and _cut_at_foot(body, columns, seps, _separators(page, body, bounds, 1.0))
        ):
            return None
    # each column's k-th value goes to the row ``shift[c] + k`` counted from the last row
    # read before (a column cut by the page break goes on in its own row)
    shift = going_on or [0] * len(seps)
    cells: dict[int, list[list[CellLine]]] = {}
    opener: dict[int, Line] = {}
    for line in body:
        mid = (line.top + line.bottom) / 2
        for c, segs in enumerate(columns[id(line)][: len(seps)]):
            if not segs:
                continue
            k = shift[c] + sum(1 for y in seps[c] if y < mid)
            text = " ".join(s.text for s in segs)
            cells.setdefault(k, [[] for _ in seps])[c].append(
                (text, segs[0].x0, segs[-1].x1, line.size)
            )
            if k not in opener or line.top < opener[k].top:
                opener[k] = line
    if not cells:
        return None
    last = max(cells) if going_on is None else max(0, max(cells))
    out: list[SiloRow] = [
        (opener[k], cells[k], -k if going_on is not None and k <= 0 else None)
        for k in sorted(cells)
    ]
    ends = [shift[c] + len(ys) - last for c, ys in enumerate(seps)]
    return out, ends


def _is_silos(
    body: list[Line], columns: dict[int, list[list[Segment]]], seps: list[list[float]]
) -> bool:
    """The rules read (module doc): each column's own, most not level with another's."""
    ruled = [c for c, ys in enumerate(seps) if ys]
    if len(ruled) < 2:
        return False
    # a rule under a column's last line: its text underlined paragraph by paragraph (a
    # table style's bottom paragraph border), no separators between values
    closed = 0
    for c in ruled:
        mids = [
            (ln.top + ln.bottom) / 2
            for ln in body
            if c < len(columns[id(ln)]) and columns[id(ln)][c]
        ]
        closed += bool(mids) and seps[c][-1] > max(mids)
    if closed * 2 >= len(ruled):
        return False
    total = sum(len(seps[c]) for c in ruled)
    apart = sum(
        1
        for c in ruled
        for y in seps[c]
        if not any(abs(y - z) <= _LEVEL for d in ruled if d != c for z in seps[d])
    )
    return (
        apart >= max(2, total / 5) or _levels(seps, ruled) >= max(len(seps[c]) for c in ruled) + 2
    )


def _cut_at_foot(
    body: list[Line],
    columns: dict[int, list[list[Segment]]],
    seps: list[list[float]],
    reach: list[list[float]] | None,
) -> bool:
    """A block cut by the page after its first values (module doc): its rules at more heights
    than any column holds, and a column running on past its rules to the body's last line
    with no rule under that line either (``reach``: each column's rules down to a line below
    the body; text underlined paragraph by paragraph draws one under its last line)."""
    ruled = [c for c, ys in enumerate(seps) if ys]
    if reach is None or len(ruled) < 2:
        return False
    if _levels(seps, ruled) <= max(len(seps[c]) for c in ruled):
        return False  # every column's rules on the same heights: a grid's row lines
    last = body[-1]
    foot = columns[id(last)]
    return any(
        c < len(foot) and foot[c] and not any(y > last.top for y in ys)
        for c, ys in enumerate(reach)
    )


def _levels(seps: list[list[float]], ruled: list[int]) -> int:
    """How many distinct heights the ruled columns' rules stand at (rules within
    :data:`_LEVEL` of the one above chained into one height)."""
    ys = sorted(y for c in ruled for y in seps[c])
    return sum(1 for n, y in enumerate(ys) if n == 0 or y - ys[n - 1] > _LEVEL)


def _column_rules(page: Any, body: list[Line], bounds: list[float]) -> bool:
    """A vertical rule between two columns runs down beside the body's lines: a ruled grid
    (a cell's paragraphs may each draw a border under them), never a block of free columns."""
    top, bottom = body[0].top, body[-1].bottom
    inner = bounds[1:-1]
    return any(
        min(b, bottom) - max(t, top) >= 0.5 * min(bottom - top, 40.0)
        and any(abs(x - bound) <= 12.0 for bound in inner)
        for x, t, b in vertical_rules(page, 8)
    )


def _separators(
    page: Any, body: list[Line], bounds: list[float], below: float = 0.0
) -> list[list[float]] | None:
    """Each column's rule heights within the body (and ``below`` its last line's font sizes
    under it), or ``None`` when a rule runs across two columns (a table's row rule)."""
    top, bottom = body[0].top, body[-1].bottom + below * body[-1].size
    n = len(bounds) - 1
    seps: list[list[float]] = [[] for _ in range(n)]
    # (a line's underline drawn as a fill is no separator: sources.pdf.line_fills)
    marks = [(h["x0"], h["top"], h["x1"], h["bottom"]) for h in line_fills(page)]
    for edge in getattr(page, "edges", []):
        if edge.get("orientation") != "h" or _on_mark(edge, marks):
            continue
        y = float(edge["top"])
        if not top - 1 < y < bottom + 1:
            continue
        x0, x1 = float(edge["x0"]), float(edge["x1"])
        if x1 <= bounds[0] or x0 >= bounds[-1]:
            continue
        under = [
            c
            for c in range(n)
            if min(x1, bounds[c + 1]) - max(x0, bounds[c]) >= _COVER * (bounds[c + 1] - bounds[c])
        ]
        if len(under) != 1:
            return None  # a rule across columns (or a scrap): no column's own separator
        c = under[0]
        if (c > 0 and x0 < bounds[c] - _SPILL) or (c < n - 1 and x1 > bounds[c + 1] + _SPILL):
            return None  # (the outer columns' rules may run past the text's outer edges)
        if not any(abs(y - z) <= _MERGE for z in seps[c]):
            seps[c].append(y)
    for ys in seps:
        ys.sort()
    return seps


__all__ = ["CellLine", "SiloRow", "silo_rows"]
