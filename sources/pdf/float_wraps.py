"""Text WRAPPED BESIDE A FLOATED BOX: the box read as a unit, then the text at its side.

A rich-text editor's « Alignement : droite » on a table (CKEditor, TinyMCE: ``float: right``
and a narrower width) floats the table to the right of the column: the content that follows
it in the document (the next heading, a paragraph) flows up at its LEFT, starting level with
the box's first line, and whatever does not fit goes on under it. Read line by line, the page
joins the heading to the box's first row (« Modalités de mise en oeuvre Contexte L'agglomé… »):
the heading swallows the row's label, the label's value goes to the row before.

A floated box is told by its ROW RULES: three horizontal rules at least, stacked, with the
same left and right ends, the left end well into the text block (a fifth of its width at
least: a full-width table's rules start at its left edge), nothing drawn nor written across
its left edge between them. Its top is its first row's first line (text within its edges run
up from its first rule with no gap wider than two lines), its bottom its last rule. Text at
its LEFT is a separate column when its lines do not interleave with the box's rows: one block
of lines spaced as lines of one paragraph (a label column's labels, one a row, stand apart,
each level with its row), its first line level with the box's first line (a float's top is
the top of the line it was placed at, the wrapped text starts there), a gutter of half an em
at least before the box. The page is then read in regions, as a page in text columns is
(:mod:`sources.pdf.text_columns`): above the box, the box, the text at its left, below them —
the document's order, the float first. Text and box under one rule running over both, just
above their first line, are cells of one grid row (a pre-ruled form's merged description
beside boxed empty cells), no float. Nor is a box whose left edge no line of the page
crosses elsewhere: it stands at the text column's own edge, the text at its left in the
margin (marginal headings, « titres en marge »).

A word processor's TEXT FRAME (Writer's « Cadre », a Word text box) set at the right with
the text wrapping at its left is the same float, told by its DRAWN FRAME rather than by row
rules (:func:`_frames`): a filled or stroked rectangle whose left edge is well into the text
block, three body lines tall at least, nothing drawn at its left over its height (a grid's
cell, a shaded row, a card beside it), no box of its edges on or under it nor rule of its ends
across it (a column of cells, a table's outer border), inside no other frame (the cells of a
table it holds); the text at its left starts between its top edge and its first line and runs
in three lines at least, one column (no gap of two ems in a line: a label beside its value),
spaced as the lines of one flow (by its own type size: a frame is no label column's
neighbour, its rows are not checked against the text). A frame sits level
with the paragraph it is anchored to; one whose top edge stands above the text beside by
more than half a line was pushed over a page break from its anchor on the page before: the
text at its left goes on from the page before, and so does the text under the frame as far
as it runs on spaced as that text (:func:`_run_on`), so both are read before the frame.

A box whose first rows stand at a page's foot has no rule there yet: it is told by the edges
of the floated boxes met on the pages before (:class:`FloatWraps`), its lines running on to
the page's last line. Its text goes on at the next page's top, so the text at its left is
read BEFORE it there (read after, it would cut the box's value in two).
"""

from __future__ import annotations

from typing import Any

Box = tuple[float, float, float, float]  # x0, top, x1, bottom
Char = dict[str, Any]

_RULE = 2.0  # pt: a row rule's thickness at most
_MIN_RULE = 30.0  # pt: a row rule's length at least
_JOIN = 1.5  # pt: rule pieces this close end to end make one rule (a row's cells' borders)
_LEVEL = 1.0  # pt: rule pieces whose tops differ by less stand on one row
_EDGE = 1.5  # pt: two rules' ends this close are one edge
_MIN_ROWS = 3  # row rules of a box at least
_INTO = 0.2  # of the text block's width: the box's left edge this far in at least
_LINE = 0.5  # font sizes: characters whose tops differ by less stand on one line
_PARAGRAPH = 2.0  # font sizes: the next line this far under at most (a heading's margin)
_RUN_UP = 2.0  # font sizes: a box's lines this far apart at most (its first row's run)
_GUTTER = 0.5  # font sizes: the wrapped text ends this far left of the box at least
_SHUT = 1.5  # font sizes: a grid row's top rule this far over its first line at most
_SPLIT = 2.0  # font sizes: a gap in a line of one flow this wide at most (a justified space)


class FloatWraps:
    """The floated boxes' edges met so far in a document (module docstring): a box whose
    first rows stand at a page's foot has no rule there yet (its first rule is on the next
    page); it is told by the edges of the document's other floated boxes."""

    def __init__(self) -> None:
        self.edges: list[tuple[float, float]] = []

    def regions(self, page: Any) -> list[Box] | None:
        """``page``'s reading regions (:func:`float_wrap_regions`), the edges remembered."""
        return float_wrap_regions(page, self.edges)


def float_wrap_regions(
    page: Any, edges: list[tuple[float, float]] | None = None
) -> list[Box] | None:
    """The page's reading regions when text is wrapped at the left of floated boxes, in
    reading order (above a box, the box, the text at its left, ..., below the last), or
    None (module docstring). ``edges``: the left and right edges of the floated boxes met
    on the pages before, extended with this page's; a box at the page's foot with such
    edges and no rule yet is one too."""
    chars = [c for c in page.chars if str(c.get("text", "")).strip()]
    if not chars:
        return None
    text0 = min(float(c["x0"]) for c in chars)
    text1 = max(float(c["x1"]) for c in chars)
    floats: list[tuple[Box, float]] = []
    pushed: list[Box] = []  # frames whose anchor is on the page before: the text beside first
    for frame in _frames(page, chars, text0, text1):
        framed = _framed(page, chars, frame)
        if framed is not None:
            floats.append(framed[:2])
            if framed[2]:
                pushed.append(framed[0])
    stacks = [
        rules
        for rules in _boxes(page, text0, text1)
        if not any(_within(rules[0][0], rules[0][2], f) for f, _ in floats)
    ]
    for rules in stacks:
        found = _wrapped(
            page,
            chars,
            rules[0][0],
            rules[0][1],
            rules[0][2],
            rules[-1][3],
            rows=tuple(r[3] for r in rules),
        )
        if found is not None:
            floats.append(found)
            if edges is not None and not _known(edges, found[0][0], found[0][2]):
                edges.append((found[0][0], found[0][2]))
    low = max([f[0][3] for f in floats], default=0.0)
    for x0, x1 in edges or []:
        last = max((r[-1][3] for r in stacks if _same(r[0][0], r[0][1], x0, x1)), default=low)
        found = _wrapped(
            page, chars, x0, x1, float(page.height), float(page.height), max(last, low)
        )
        if found is not None:
            floats.append(found)
            break
    if not floats:
        return None
    width, height = float(page.width), float(page.height)
    regions: list[Box] = []
    cursor = 0.0
    ordered = sorted(floats, key=lambda f: f[0][1])
    for n, (box, split) in enumerate(ordered):
        _, top, _, bottom = box
        pair = [(split, top, width, bottom), (0.0, top, split, bottom)]
        if bottom >= height:  # the box goes on on the next page: the text beside first
            pair.reverse()
        regions += [(0.0, cursor, width, top), *pair]
        cursor = bottom
        if box in pushed:  # the text beside and its run on under the frame, then the frame
            limit = ordered[n + 1][0][1] if n + 1 < len(ordered) else height
            cursor = _run_on(chars, split, top, bottom, limit)
            beside, frame = (0.0, top, split, bottom), (split, top, width, bottom)
            regions[-2:] = [beside, (0.0, bottom, width, cursor), frame]
    return [*regions, (0.0, cursor, width, height)]


def _run_on(chars: list[Char], split: float, top: float, bottom: float, limit: float) -> float:
    """The foot of the text running on under a frame from the text at its left: the lines
    under it down to ``limit`` as long as none stands farther from the line before than the
    widest step between the lines beside the frame (a heading's wider space ends it)."""
    beside = [
        min(float(c["top"]) for c in line)
        for line in _lines(
            [
                c
                for c in chars
                if float(c["x1"]) <= split and top - _EDGE <= float(c["top"]) < bottom
            ]
        )
    ]
    if not beside:
        return bottom
    widest = max((b - a for a, b in zip(beside, beside[1:], strict=False)), default=0.0)
    last, end = beside[-1], bottom
    for line in _lines([c for c in chars if bottom <= float(c["top"]) < limit]):
        line_top = min(float(c["top"]) for c in line)
        if line_top - last > widest + _EDGE:
            break
        last, end = line_top, max(end, max(float(c["bottom"]) for c in line) + 1.0)
    return min(end, limit)


def _within(x: float, y: float, box: Box) -> bool:
    return box[0] - _EDGE <= x <= box[2] + _EDGE and box[1] - _EDGE <= y <= box[3] + _EDGE


def _frames(page: Any, chars: list[Char], text0: float, text1: float) -> list[Box]:
    """Drawn frames (x0, top, x1, bottom): a filled or stroked rectangle, or two rules with
    the same ends joined by a stroke down their left ends, its left edge well into the text
    block, :data:`_MIN_ROWS` body lines tall at least, standing alone — nothing drawn at its
    left over its height (a grid's cell, a shaded table row, a card beside it: the text
    beside a frame flows free) — and inside no other such frame (a table's cells in it)."""
    into = text0 + _INTO * (text1 - text0)
    size = _size(chars)
    boxes = [
        (float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"]))
        for o in page.rects
        if float(o["x1"]) - float(o["x0"]) >= _MIN_RULE
    ]
    strokes = [
        (float(o["x0"]), float(o["top"]), float(o["bottom"]))
        for o in [*page.rects, *page.lines]
        if float(o["x1"]) - float(o["x0"]) <= _RULE
    ]
    rules = _rules(page)
    for a0, a1, top, _ in rules:
        for b0, b1, _, bottom in rules:
            if bottom > top and _same(a0, a1, b0, b1):
                if any(
                    abs(x - a0) <= _EDGE and t <= top + _EDGE and b >= bottom - _EDGE
                    for x, t, b in strokes
                ):
                    boxes.append((a0, top, a1, bottom))
    drawn = [
        (float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"]))
        for o in [*page.rects, *page.lines, *page.curves]
    ]
    frames = [
        b
        for b in boxes
        if b[0] >= into
        and b[3] - b[1] >= _MIN_ROWS * size
        and not any(
            x0 < b[0] - _EDGE and top < b[3] - _EDGE and bottom > b[1] + _EDGE
            for x0, top, _, bottom in drawn
        )
        and not _gridded(b, boxes, rules)
    ]
    frames.sort(key=lambda b: (b[2] - b[0]) * (b[3] - b[1]), reverse=True)
    outer: list[Box] = []
    for f in frames:  # the largest first: a frame drawn twice (filled, then stroked) once
        if not any(_within(f[0], f[1], g) and _within(f[2], f[3], g) for g in outer):
            outer.append(f)
    return outer


def _gridded(box: Box, boxes: list[Box], rules: list[tuple[float, float, float, float]]) -> bool:
    """The box is a grid's part, no frame: another box with its edges stands on or under it
    (a column of cells, shaded or boxed), or a rule with its ends runs across it (a table's
    row rule: a frame's content is inset by its padding)."""
    x0, top, x1, bottom = box
    if any(
        _same(a0, a1, x0, x1) and (abs(b - top) <= _EDGE or abs(t - bottom) <= _EDGE)
        for a0, t, a1, b in boxes
    ):
        return True
    return any(_same(a0, a1, x0, x1) and top + _EDGE < t < bottom - _EDGE for a0, a1, t, _ in rules)


def _one_column(lines: list[list[Char]]) -> bool:
    """No line split by a gap wider than :data:`_SPLIT` of its type size (a label beside its
    value, a sidebar beside the column: columns, not one flow)."""
    for line in lines:
        line = sorted(line, key=lambda c: float(c["x0"]))
        size = _size(line)
        if any(
            float(b["x0"]) - float(a["x1"]) > _SPLIT * size
            for a, b in zip(line, line[1:], strict=False)
        ):
            return False
    return True


def _framed(page: Any, chars: list[Char], frame: Box) -> tuple[Box, float, bool] | None:
    """The framed box, the x parting it from the text wrapped at its left and whether the
    frame was pushed from the page before (its top edge above the text beside's first line
    by more than half a line of it), or None (module docstring): its first line is the first
    line inside the frame."""
    x0, top, x1, bottom = frame
    inside = [
        float(c["top"])
        for c in chars
        if x0 - _EDGE <= float(c["x0"])
        and float(c["x1"]) <= x1 + _EDGE
        and top <= float(c["top"]) < bottom
    ]
    if not inside:
        return None
    split = _beside(page, chars, x0, top, min(inside), bottom, None)
    if split is None:
        return None
    left = [c for c in chars if float(c["x1"]) <= split and top - _EDGE <= float(c["top"]) < bottom]
    size = _size(left)
    pushed = min(float(c["top"]) for c in left) - top > _LINE * size
    return (x0, top - 1.0, x1, min(bottom + 1.0, float(page.height))), split, pushed


def _same(a0: float, a1: float, b0: float, b1: float) -> bool:
    return abs(a0 - b0) <= _EDGE and abs(a1 - b1) <= _EDGE


def _known(edges: list[tuple[float, float]], x0: float, x1: float) -> bool:
    return any(_same(a, b, x0, x1) for a, b in edges)


def _rules(page: Any) -> list[tuple[float, float, float, float]]:
    """Horizontal rules (x0, x1, top, bottom), pieces end to end on one row joined."""
    pieces = sorted(
        (
            (float(o["top"]), float(o["x0"]), float(o["x1"]), float(o["bottom"]))
            for o in [*page.rects, *page.lines]
            if float(o["bottom"]) - float(o["top"]) <= _RULE
            and float(o["x1"]) - float(o["x0"]) > _RULE
        ),
    )
    rows: list[list[tuple[float, float, float, float]]] = []
    for piece in pieces:
        if rows and abs(piece[0] - rows[-1][0][0]) < _LEVEL:
            rows[-1].append(piece)
        else:
            rows.append([piece])
    out: list[tuple[float, float, float, float]] = []
    for row in rows:
        row.sort(key=lambda p: p[1])
        top, x0, x1, bottom = row[0]
        for t, a, b, bot in row[1:]:
            if a <= x1 + _JOIN:
                x1 = max(x1, b)
                top, bottom = min(top, t), max(bottom, bot)
                continue
            out.append((x0, x1, top, bottom))
            top, x0, x1, bottom = t, a, b, bot
        out.append((x0, x1, top, bottom))
    return [r for r in out if r[1] - r[0] >= _MIN_RULE]


def _boxes(page: Any, text0: float, text1: float) -> list[list[tuple[float, float, float, float]]]:
    """Stacks of row rules sharing their ends, the left end well into the text block, with
    nothing drawn across their left edge between two of them."""
    rules = _rules(page)
    into = text0 + _INTO * (text1 - text0)
    stacks: list[list[tuple[float, float, float, float]]] = []
    for rule in sorted(rules, key=lambda r: r[2]):
        if rule[0] < into:
            continue
        for stack in stacks:
            last = stack[-1]
            if abs(last[0] - rule[0]) > _EDGE or abs(last[1] - rule[1]) > _EDGE:
                continue
            if _crossed(page, rules, rule[0], last[3], rule[2]):
                continue
            stack.append(rule)
            break
        else:
            stacks.append([rule])
    return [s for s in stacks if len(s) >= _MIN_ROWS]


def _crossed(
    page: Any, rules: list[tuple[float, float, float, float]], x: float, top: float, bottom: float
) -> bool:
    """A rule, a drawn box or a character across ``x`` between ``top`` and ``bottom``."""
    if any(a < x - _EDGE and b > x + _EDGE and top < t < bottom for a, b, t, _ in rules):
        return True
    for o in [*page.rects, *page.lines, *page.curves]:
        if (
            float(o["x0"]) < x - _EDGE
            and float(o["x1"]) > x + _EDGE
            and float(o["top"]) < bottom
            and float(o["bottom"]) > top
        ):
            return True
    return any(
        float(c["x0"]) < x < float(c["x1"]) and top < float(c["top"]) < bottom
        for c in page.chars
        if str(c.get("text", "")).strip()
    )


def _lines(chars: list[Char]) -> list[list[Char]]:
    """Characters in lines, top to bottom."""
    lines: list[list[Char]] = []
    for c in sorted(chars, key=lambda c: float(c["top"])):
        size = float(c.get("size") or 10.0)
        if lines and float(c["top"]) - float(lines[-1][0]["top"]) < _LINE * size:
            lines[-1].append(c)
        else:
            lines.append([c])
    return lines


def _labels(tops: list[float], box: list[Char], rows: tuple[float, ...], size: float) -> bool:
    """The text at the left is a label column: in two rows of the box at least, a line of
    it stands level with the row's first line (labels interleaved with the rows)."""
    level = 0
    for start, end in zip(rows, [*rows[1:], float("inf")], strict=False):
        inner = [float(c["top"]) for c in box if start - _LINE * size <= float(c["top"]) < end]
        if inner and any(abs(t - min(inner)) < _LINE * size for t in tops):
            level += 1
    return level >= 2


def _shut_above(page: Any, left: list[Char], x: float, top: float, size: float) -> bool:
    """A rule runs over both the text at the left and the box's edge ``x``, just above their
    first line (within :data:`_SHUT` sizes): they are cells of one grid row (a pre-ruled
    form's merged description beside its boxed empty cells), not a float and its wrap."""
    start = min(float(c["x0"]) for c in left)
    return any(
        a <= start + _EDGE and b > x + _EDGE and top - _SHUT * size <= t <= top
        for a, b, t, _ in _rules(page)
    )


def _across(chars: list[Char], x: float, top: float, size: float) -> bool:
    """The line at ``top`` runs across ``x``: a character over it, or characters on both
    sides of it closer than the gutter a float keeps."""
    line = [c for c in chars if abs(float(c["top"]) - top) < _LINE * size]
    before = [float(c["x1"]) for c in line if float(c["x0"]) < x]
    after = [float(c["x0"]) for c in line if float(c["x0"]) >= x]
    if any(x1 > x for x1 in before):
        return True
    return bool(before and after) and min(after) - max(before) < _GUTTER * size


def _size(chars: list[Char]) -> float:
    sizes = sorted(float(c.get("size") or 10.0) for c in chars)
    return sizes[len(sizes) // 2]


def _wrapped(
    page: Any,
    chars: list[Char],
    x0: float,
    x1: float,
    first: float,
    bottom: float,
    floor: float = 0.0,
    rows: tuple[float, ...] = (),
) -> tuple[Box, float] | None:
    """The floated box (x0, top, x1, bottom) between ``x0`` and ``x1`` whose first rule is
    at ``first`` and last ends at ``bottom`` (the page's foot for a box going on on the next
    page: its lines run on to the page's last line) and the x parting it from the text
    wrapped at its left, or None when no such text stands there. Its lines are looked for
    under ``floor`` only; ``rows``: the tops of the box's row rules."""
    inside = [
        c
        for c in chars
        if float(c["x0"]) >= x0 - _EDGE
        and float(c["x1"]) <= x1 + _EDGE
        and floor < float(c["top"]) < first
    ]
    if first >= float(page.height) and (
        not inside or max(float(c["top"]) for c in chars) > max(float(c["top"]) for c in inside)
    ):
        return None  # a box going on on the next page holds the page's last line
    top = first
    for n, line in enumerate(reversed(_lines(inside))):
        line_top = min(float(c["top"]) for c in line)
        line_bottom = max(float(c["bottom"]) for c in line)
        if (n or first < bottom) and top - line_bottom > _RUN_UP * _size(line):
            break
        if _across(chars, x0, line_top, _size(line)):
            break  # a line written across the box's edge: the text above it
        top = line_top
    if top >= first:
        return None
    split = _beside(page, chars, x0, top, top, bottom, rows)
    if split is None:
        return None
    return (x0, top - 1.0, x1, min(bottom + 1.0, float(page.height))), split


def _beside(
    page: Any,
    chars: list[Char],
    x0: float,
    top: float,
    first: float,
    bottom: float,
    rows: tuple[float, ...] | None = (),
) -> float | None:
    """The x parting the box whose left edge is ``x0``, from ``top`` to ``bottom``, its
    first line at ``first``, from the text wrapped at its left, or None when no such text
    stands there (module docstring). ``rows``: the tops of the box's row rules; None for a
    framed box (:func:`_frames`), whose text beside is told by its own type size."""
    box = [c for c in chars if top <= float(c["top"]) < bottom and float(c["x0"]) >= x0 - _EDGE]
    if not box:
        return None
    size = _size(box)
    if min(float(c["x0"]) for c in box) - x0 > size:
        return None  # the box's text starts at its left edge (its padding, an em at most)
    left = [
        c for c in chars if float(c["x1"]) <= x0 and top - _LINE * size <= float(c["top"]) < bottom
    ]
    if not left:
        return None
    if max(float(c["x1"]) for c in left) > x0 - _GUTTER * size:
        return None
    lines = _lines(left)
    start = min(float(c["top"]) for c in lines[0])
    if not top - _LINE * size <= start <= first + _LINE * size:
        return None  # the text beside does not start level with the box (its edge to its line)
    tops = [min(float(c["top"]) for c in line) for line in lines]
    gap = _PARAGRAPH * (size if rows is not None else _size(left))
    if any(b - a > gap for a, b in zip(tops, tops[1:], strict=False)):
        return None  # lines standing apart: no paragraph wrapped there
    if rows is None and (len(lines) < _MIN_ROWS or not _one_column(lines)):
        return None  # a frame beside a line or two, or beside columns: a grid's cell
    if rows is not None and _labels(
        tops, [c for c in chars if float(c["x0"]) >= x0], (top, *rows), size
    ):
        return None
    if _shut_above(page, left, x0, top, size):
        return None  # one rule over the text beside and the box: cells of one grid row
    if not any(
        _across(chars, x0, min(float(c["top"]) for c in line), _size(line))
        for line in _lines(chars)
        if not top - _LINE * size <= float(line[0]["top"]) < bottom
    ):
        return None  # no line elsewhere runs across its edge: the text column's own edge
    return (max(float(c["x1"]) for c in left) + x0) / 2
