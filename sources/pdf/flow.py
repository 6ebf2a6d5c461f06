"""Text set in two columns (a browser's CSS columns, a word processor's section columns):
lines are put back in reading order, the left column down to its end, then the right one.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sources.pdf.content import Line, Segment, TableBlock


def _part(line: Line, segments: list[Segment]) -> Line:
    return Line(
        line.page,
        line.top,
        line.bottom,
        segments[0].x0,
        max(s.x1 for s in segments),
        line.size,
        all(s.bold for s in segments),
        segments,
        line.band,
        line.seq,
    )


def _text_right(lines: list[Line], tables: list[TableBlock]) -> float:
    """Right edge of the page's text block: its lines' and its tables' (a right column of
    short lines — a list of links — stops well short of it)."""
    return max([ln.x1 for ln in lines] + [t.bounds[-1] for t in tables if t.bounds])


def _gutter(lines: list[Line], width: float, right: float | None = None) -> float | None:
    """The left edge of a right text column: the x where most lines' later segments start,
    in the right half of the text block (``right``: its right edge, else the lines')."""
    if len(lines) < 8:
        return None
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines) if right is None else right
    starts: Counter[int] = Counter()
    for ln in lines:
        for seg in ln.segments[1:]:
            starts[round(seg.x0)] += 1
        if ln.x0 > left + 0.3 * (right - left):
            starts[round(ln.x0)] += 1
    if not starts:
        return None
    x, n = starts.most_common(1)[0]
    if n < 4 or not left + 0.35 * (right - left) <= x <= left + 0.65 * (right - left):
        return None
    return _column_edge(lines, float(x))


def _column_edge(lines: list[Line], x: float) -> float:
    """The right column's left edge from its most common start ``x``: lines of that column
    set a little further left (bold labels over values indented under them, a definition
    list's ``<dt>`` over its ``<dd>``) move it to their start, within 4 em, when no more
    segments cross there than at ``x``."""
    sizes = sorted(ln.size for ln in lines)
    reach = 4.0 * sizes[len(sizes) // 2]
    starts = sorted({s.x0 for ln in lines for s in ln.segments if x - reach <= s.x0 < x - 2})
    if not starts:
        return x

    def crossing(at: float) -> int:
        return sum(1 for ln in lines for s in ln.segments if s.x0 < at - 2 < s.x1)

    base = crossing(x)
    for start in starts:
        if crossing(start) <= base:
            return start
    return x


def _label_rows(
    lefts: list[Line], rights: list[Line], is_label: Callable[[Line], bool] | None = None
) -> bool:
    """Labels beside their values, not two text columns: every left line level with the
    right column's text is bold, and two of them at least start level with a right line (a
    borderless label/value panel as wide as its values, read row by row, its values going on
    past the page break). Text columns set on one baseline grid have plain lines on the left.
    Labels in the values' own face count when ``is_label`` names every left line level with
    the values (:func:`_plain_labels`)."""
    if not lefts or not rights:
        return False
    top, bottom = min(ln.top for ln in rights), max(ln.bottom for ln in rights)
    beside = [ln for ln in lefts if ln.top < bottom and ln.bottom > top]
    if len(beside) < 2:
        return False
    if all(ln.bold for ln in beside):
        starts = beside
    else:
        starts = _plain_labels(beside, is_label)
        if starts is None:
            return False
    level = sum(1 for ln in starts if any(abs(r.top - ln.top) <= 2 for r in rights))
    return level >= 2


def _ruled_rows(
    lefts: list[Line],
    rights: list[Line],
    rules: list[tuple[float, float, float]] | None,
    gutter: float,
) -> bool:
    """Questions beside their answers in a RULED GRID, not two text columns: rules (y, x0, x1)
    run across the gutter between the rows, and in three rows or more the left cell holds a
    short text (three lines at most) starting level with the right cell's (a survey's printed
    answers: « Étapes de mise en œuvre [Étape 1][Porteur] » | « GACdG », the questions in the
    answers' face). Two text columns run on through rules across them, many lines a side."""
    if not rules or not lefts or not rights:
        return False
    ys = sorted(y for y, x0, x1 in rules if x0 < gutter - 2 and x1 > gutter + 2)
    if len(ys) < 4:
        return False
    bands: dict[int, tuple[list[Line], list[Line]]] = {}
    for side, column in ((0, lefts), (1, rights)):
        for ln in column:
            bands.setdefault(bisect_left(ys, ln.top), ([], []))[side].append(ln)
    rows = 0
    for left, right in bands.values():
        if not left:
            continue
        if len(left) > 3 or (right and abs(left[0].top - right[0].top) > 2):
            return False
        rows += bool(right)
    return rows >= 3


def _plain_labels(beside: list[Line], is_label: Callable[[Line], bool] | None) -> list[Line] | None:
    """The label lines of a left column in the values' face, or None when it is text: every
    line a whole field label that ``is_label`` names (one segment, no « : » inside: « Label :
    value » prose is text), or the lower-case next line of a wrapped one right under it (the
    label read on both lines); two labels at least, as many as the wrapped lines or more."""
    if is_label is None:
        return None
    labels: list[Line] = []
    wrapped = 0
    index = 0
    while index < len(beside):
        line = beside[index]
        nxt = beside[index + 1] if index + 1 < len(beside) else None
        if _whole_label(line, is_label):
            labels.append(line)
            index += 1
            continue
        if (
            nxt is not None
            and nxt.text.strip()[:1].islower()
            and nxt.top - line.bottom <= 0.6 * line.size
            and _whole_label(_joined(line, nxt), is_label)
        ):
            labels.append(line)
            wrapped += 1
            index += 2
            continue
        return None
    return labels if len(labels) >= 2 and len(labels) >= wrapped else None


def _whole_label(line: Line, is_label: Callable[[Line], bool]) -> bool:
    text = line.text.strip().rstrip(":").strip()
    return len(line.segments) == 1 and ":" not in text and text[:1].isupper() and is_label(line)


def _joined(line: Line, nxt: Line) -> Line:
    """``line`` and the line under it as one line (a label wrapped on two lines)."""
    seg = Segment(
        min(line.x0, nxt.x0),
        max(line.x1, nxt.x1),
        f"{line.text.strip()} {nxt.text.strip()}",
        line.bold,
        [*line.segments[0].words, *nxt.segments[0].words],
    )
    return _part(line, [seg])


def _narrow_gutter(lines: list[Line]) -> float | None:
    """The gutter of two text columns narrower than the page's text block (a box of CSS
    columns beside nothing, left of full-width paragraphs): the x where four lines' second
    segments start or more, in the middle of those lines' own width (columns about as wide),
    each column running text — half its lines after the first go on a sentence (start in
    lower case), which short pairs side by side (« 2021 | 12 000 € ») never do."""
    starts: Counter[int] = Counter(
        round(seg.x0) for ln in lines if len(ln.segments) == 2 for seg in ln.segments[1:]
    )
    if not starts:
        return None
    at, n = starts.most_common(1)[0]
    if n < 4:
        return None
    block = [ln for ln in lines if len(ln.segments) == 2 and abs(ln.segments[1].x0 - at) <= 2]
    x = min(ln.segments[1].x0 for ln in block)
    left, right = min(ln.x0 for ln in block), max(ln.x1 for ln in block)
    if not 0.75 <= (x - left) / max(1.0, right - x) <= 1.33:
        return None
    for side in (0, 1):
        texts = [ln.segments[side].text for ln in block][1:]
        if sum(1 for t in texts if t[:1].islower()) < 0.5 * len(texts):
            return None
    return x


def two_column_order(
    lines: list[Line],
    tables: list[TableBlock],
    width: float,
    is_label: Callable[[Line], bool] | None = None,
    shapes: list[Box] | None = None,
    rules: list[tuple[float, float, float]] | None = None,
) -> list[Line]:
    """Lines in reading order when a run of them forms two text columns of paragraphs.

    A run is two columns when no segment crosses the gutter, both columns hold at least three
    lines and they are about as wide (a label/value layout has a narrow label column; the
    text block's right edge is its lines', its tables', or that of a filled shape a label of
    the right column is centred in (``shapes``, :func:`label_shapes_right`: a slide's
    column of text boxes is as wide as its label shapes, whatever its values' length)). Each
    line is cut at the gutter; the
    run is read left column first. Tables and lines crossing the gutter end a run. A shorter
    run at the top or the bottom of a page (columns cut by the page break: a last item alone
    at the top of the right column) is read so too when another run of the page shows the
    two columns.
    """
    if len(lines) < 8:
        return lines
    right_edge = _text_right(lines, tables)
    x = _gutter(lines, width, right_edge)
    left_edge = min(ln.x0 for ln in lines)
    if x is not None and shapes and is_label is not None:
        right_edge = max(right_edge, label_shapes_right(lines, shapes, x, is_label))
    if x is None or not 0.75 <= (x - left_edge) / max(1.0, right_edge - x) <= 1.33:
        x = _narrow_gutter(lines)
        if x is None:
            return lines
    table_tops = sorted(t.top for t in tables)
    # the page as a sequence of lines crossing the gutter and runs (lefts, rights, run, tail)
    items: list[Line | tuple[list[Line], list[Line], list[Line], list[Line]]] = []
    run: list[Line] = []

    def flush() -> None:
        if not run:
            return
        # a heading under the columns (short, so it crosses no gutter) is no part of them:
        # the run ends at a line far below the right column's last line
        right_bottom = max((ln.bottom for ln in run if ln.x1 > x + 2), default=None)
        tail: list[Line] = []
        lefts_only = [ln for ln in run if ln.x0 < x - 2]
        pitches = sorted(
            b.top - a.top for a, b in zip(lefts_only, lefts_only[1:], strict=False) if b.top > a.top
        )
        pitch = pitches[len(pitches) // 2] if pitches else 0.0
        if right_bottom is not None:
            # ... or in another size than the columns' text (a field label in the body's size
            # under a Writer section of larger justified text, set at paragraph spacing)
            sizes = sorted(ln.size for ln in run if ln.x1 > x + 2)
            size = sizes[len(sizes) // 2]
            # ... or set apart by more than the column's pitch in a size of its own (a section
            # heading one point larger than the fields of a Writer section without a rule)
            for a, b in zip(lefts_only, lefts_only[1:], strict=False):
                gap = b.top - a.top
                if b.top > right_bottom and (
                    gap > 1.6 * pitch
                    or abs(b.size - size) > 0.15 * size
                    or (gap > 1.25 * pitch and abs(b.size - size) > 0.05 * size)
                ):
                    index = next(i for i, ln in enumerate(run) if ln is b)
                    run[index:], tail = [], run[index:]
                    break
        lefts: list[Line] = []
        rights: list[Line] = []
        for ln in run:
            a = [s for s in ln.segments if s.x1 <= x - 2]
            b = [s for s in ln.segments if s.x0 >= x - 2]
            if a:
                lefts.append(_part(ln, a))
            if b:
                rights.append(_part(ln, b))
        items.append((lefts, rights, list(run), tail))
        run.clear()

    for ln in lines:
        crosses = any(s.x0 < x - 2 < s.x1 for s in ln.segments)
        if crosses or (run and any(run[-1].top < t <= ln.top for t in table_tops)):
            flush()
        if crosses:
            items.append(ln)
        else:
            run.append(ln)
    flush()
    shown = any(not isinstance(it, Line) and len(it[0]) >= 3 and len(it[1]) >= 3 for it in items)
    out: list[Line] = []
    for index, item in enumerate(items):
        if isinstance(item, Line):
            out.append(item)
            continue
        lefts, rights, whole, tail = item
        at_break = index == 0 or (index == len(items) - 1 and not tail)
        if (
            (len(lefts) >= 3 and len(rights) >= 3) or (shown and at_break and lefts and rights)
        ) and not (_label_rows(lefts, rights, is_label) or _ruled_rows(lefts, rights, rules, x)):
            out.extend(lefts + rights)
        else:
            out.extend(whole)
        out.extend(tail)
    if [id(ln) for ln in out] != [id(ln) for ln in lines]:
        for index, ln in enumerate(out):
            ln.seq = index
    return out


_CENTRED = 0.05  # of a shape's width: a label's centre this close to the shape's is centred


def label_shapes_right(
    lines: list[Line], shapes: list[Box], gutter: float, is_label: Callable[[Line], bool]
) -> float:
    """Right edge of the filled shapes right of ``gutter`` that each hold one label centred
    in them (a slide's label shape: a filled rectangle, the field's label centred in it, as
    wide as its column of text boxes), 0 when there is none. A shape holding other text, or
    text set from its left (a title bar, a shaded paragraph), tells nothing."""
    right = 0.0
    for x0, top, x1, bottom in shapes:
        if x0 < gutter - 2 or x1 - x0 < _MIN_PANEL:
            continue
        inside = [
            (ln, seg)
            for ln in lines
            if top - 1 <= (ln.top + ln.bottom) / 2 <= bottom + 1
            for seg in ln.segments
            if seg.x1 > x0 and seg.x0 < x1
        ]
        if len(inside) != 1:
            continue
        line, seg = inside[0]
        if seg.x0 < x0 - 1 or seg.x1 > x1 + 1 or seg.x1 - seg.x0 > 0.9 * (x1 - x0):
            continue
        if abs((seg.x0 + seg.x1) / 2 - (x0 + x1) / 2) > max(2.0, _CENTRED * (x1 - x0)):
            continue
        if is_label(_part(line, [seg])):
            right = max(right, x1)
    return right


# --------------------------------------------------------------------------- side columns
# A band of the page set in two columns side by side, one of them a filled panel (a browser's
# <aside> beside the main column, a shaded sidebar box): each column is read down to its end,
# the left one first, and a table found in one column is bounded by that column.

Box = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass(frozen=True)
class SideColumns:
    """Where a page is read column by column: the gutter's x and the band's top and bottom."""

    gutter: float
    top: float
    bottom: float
    panel_left: bool | None = None  # the filled panel's side of the gutter (None: unknown)
    # further bands lower on the page, each read column by column too (two grids side by
    # side once per fiche: a spreadsheet's fields beside its steps, fiche after fiche)
    more: tuple[SideColumns, ...] = ()

    def bands(self) -> tuple[SideColumns, ...]:
        """This band and the ones below it, top to bottom."""
        return (self, *self.more)

    def in_panel(self, line: Line) -> bool:
        """``line`` is text of the panel's column (within the band, on the panel's side)."""
        if self.panel_left is None or line.top < self.top or line.bottom > self.bottom:
            return False
        return line.x1 <= self.gutter + 1 if self.panel_left else line.x0 >= self.gutter - 1


_GUTTER_DRIFT = 0.05  # of the page's width: one panel's gutter from page to page


def goes_on_panel(
    before: SideColumns | None, after: SideColumns, first_top: float, width: float
) -> bool:
    """Is ``after`` (a page's side columns) the panel of the page before (``before``, given
    only when its panel column ran down to that page's foot) going on past the page break?
    The panel on the same side, its gutter within 5 % of the page's width, its band starting
    at the page's first line (``first_top``: no text across the page above it)."""
    if before is None or before.panel_left is None or after.panel_left != before.panel_left:
        return False
    if abs(after.gutter - before.gutter) > _GUTTER_DRIFT * width:
        return False
    return after.top <= first_top + 1


def filled_panels(rects: list[dict[str, Any]], min_side: float = 3.0) -> list[Box]:
    """Filled rectangles at least ``min_side`` wide and tall whose fill is not white (a
    panel's or a cell's background, not a rule nor a page's white ground)."""
    out: list[Box] = []
    for rect in rects:
        if not rect.get("fill"):
            continue
        x0, x1, top, bottom = (float(rect[k]) for k in ("x0", "x1", "top", "bottom"))
        if x1 - x0 < min_side or bottom - top < min_side:
            continue
        colour = rect.get("non_stroking_color")
        values = colour if isinstance(colour, (list, tuple)) else (colour,)
        numbers = [float(v) for v in values if isinstance(v, (int, float))]
        if numbers and (
            min(numbers) >= 0.99 if len(numbers) != 4 else max(numbers) <= 0.01
        ):  # white (grey/RGB 1, CMYK 0)
            continue
        out.append((x0, top, x1, bottom))
    return out


def _block_tops(lines: list[Line]) -> list[float]:
    """Tops of the paragraph blocks of a run of lines: a new one where the weight changes (a
    bold label over its value) or after a gap clearly wider than the run's usual gap between
    lines (a line-height of 1.5 leaves half a line between a paragraph's own lines)."""
    if not lines:
        return []
    pairs = list(zip(lines, lines[1:], strict=False))
    tight = min((b.top - a.bottom for a, b in pairs), default=0.0)
    tops = [lines[0].top]
    for above, line in pairs:
        if line.bold != above.bold or line.top - above.bottom > tight + 0.3 * line.size:
            tops.append(line.top)
    return tops


def _paragraph_tops(lines: list[Line]) -> list[float]:
    """Tops of the lines opening a paragraph: the first, and those set off from the line
    above by more than half a line or in another weight (a cell's value after a row gap),
    never a paragraph's next line."""
    tops = [ln.top for ln in lines[:1]]
    for above, line in zip(lines, lines[1:], strict=False):
        if line.bold != above.bold or line.top - above.bottom > 0.5 * line.size:
            tops.append(line.top)
    return tops


def _in_a_row(panel: Box, panels: list[Box], rightwards: bool) -> bool:
    """``panel`` is one box of a row of them, level with it on the side of the text beside
    it: another fill starting where it ends (zebra rows, filled table cells), or another
    fill at least half as tall anywhere on that side (cards side by side)."""
    x0, top, x1, bottom = panel
    height = bottom - top
    edge = x1 if rightwards else x0
    for other in panels:
        if other == panel:
            continue
        overlap = min(bottom, other[3]) - max(top, other[1])
        if overlap < 0.5 * height:
            continue
        if abs((other[0] if rightwards else other[2]) - edge) <= 2:
            return True
        far = other[0] >= x1 - 2 if rightwards else other[2] <= x0 + 2
        if far and other[3] - other[1] >= 0.5 * height and other[2] - other[0] >= _MIN_PANEL:
            return True
    return False


_ROWS_SHARE = 0.6  # of a panel's blocks level with blocks beside it: rows of a table
_MIN_PANEL = 40.0  # a side panel's least width and height (pt): several lines of text


def side_columns(
    lines: list[Line], panels: list[Box], rules: list[tuple[float, float, float]] | None = None
) -> SideColumns | None:
    """The band of the page read as two columns side by side, or None.

    ``panels`` are the page's filled boxes (:func:`filled_panels`), ``rules`` its horizontal
    rules (y, x0, x1). A filled panel (40 pt wide and tall at least) is a side column when:
    it holds several paragraphs (4 lines or more, two blocks or more: a table's shaded label
    cell holds one label); no text crosses its edges; other text stands beside it on one
    side only, over a wider column than the panel's; it is no box of a row of boxes (no
    other fill starting where it ends, no box as tall level with it on that side: filled
    cells, cards side by side); and it is no shaded label column of a table (no rule runs
    over the gutter between its top and bottom, and fewer than 60 % of its blocks start
    level with a paragraph's first line beside them — labels beside their values). The
    gutter lies halfway between the panel and that text; the band runs from the panel's top
    to its bottom, and on above and below it over the lines standing wholly on the far side
    (a column longer than the panel's fill).
    """
    big = [p for p in panels if p[2] - p[0] >= _MIN_PANEL and p[3] - p[1] >= _MIN_PANEL]
    if not big or len(lines) < 5:
        return None
    ordered = sorted(lines, key=lambda ln: ln.top)
    for panel in sorted(big, key=lambda p: (p[2] - p[0]) * (p[3] - p[1]), reverse=True):
        found = _beside_panel(panel, ordered, panels, rules or [])
        if found is not None:
            gutter, rightwards = found
            return _band(ordered, panel, gutter, rightwards)
    return None


def _beside_panel(
    panel: Box,
    ordered: list[Line],
    panels: list[Box],
    rules: list[tuple[float, float, float]],
    label_tops: tuple[float, ...] = (),
) -> tuple[float, bool] | None:
    """(gutter x, text beside at the right) when ``panel`` is a side column (the tests of
    :func:`side_columns`), else None. ``label_tops``: tops of the panel's field labels, each
    opening a block (labels in the values' own face, over them with no wider gap than
    between two fields, open no block of their own by weight or gap)."""
    x0, top, x1, bottom = panel
    inside: list[Line] = []
    lefts: list[Segment] = []
    rights: list[Segment] = []
    far: dict[bool, list[Line]] = {False: [], True: []}  # the lines beside, each side's part
    for ln in ordered:
        if ln.top >= bottom or ln.bottom <= top:
            continue
        held = [s for s in ln.segments if x0 - 1 <= s.x0 and s.x1 <= x1 + 1]
        for seg in ln.segments:
            if seg.x1 <= x0:
                lefts.append(seg)
            elif seg.x0 >= x1:
                rights.append(seg)
            elif not (x0 - 1 <= seg.x0 and seg.x1 <= x1 + 1):
                return None  # text crossing the panel's edge: no column of its own
        for side, segs in (
            (False, [s for s in ln.segments if s.x1 <= x0]),
            (True, [s for s in ln.segments if s.x0 >= x1]),
        ):
            if segs:
                far[side].append(_part(ln, segs))
        if held and ln.top >= top - 1 and ln.bottom <= bottom + 1:
            inside.append(_part(ln, held))
    blocks = sorted({*_block_tops(inside), *(t for t in label_tops if top - 1 <= t <= bottom)})
    if len(inside) < 4 or len(blocks) < 2 or bool(lefts) == bool(rights):
        return None
    beside, rightwards = (rights, True) if rights else (lefts, False)
    if len(beside) < 3 or _in_a_row(panel, panels, rightwards):
        return None
    far_x0, far_x1 = min(s.x0 for s in beside), max(s.x1 for s in beside)
    if far_x1 - far_x0 <= x1 - x0:
        return None
    gutter = (x1 + far_x0) / 2 if rightwards else (far_x1 + x0) / 2
    # a rule running over the gutter between the panel's top and bottom, or every block
    # of the panel starting level with a block beside it (a label beside the first line of
    # its value, not beside a paragraph going on): rows of a table whose label column is
    # shaded as one box, never two columns
    if any(top + 2 < y < bottom - 2 and a < gutter - 2 and b > gutter + 2 for y, a, b in rules):
        return None
    starts = _paragraph_tops(far[rightwards])
    level = sum(1 for t in blocks if any(abs(t - other) <= 1.5 for other in starts))
    if level >= _ROWS_SHARE * len(blocks):
        return None
    return gutter, rightwards


def _band(ordered: list[Line], panel: Box, gutter: float, rightwards: bool) -> SideColumns:
    """The band read as side columns: the panel's height, on above and below it over the
    lines standing wholly on the far side of the gutter."""

    def far_only(ln: Line) -> bool:
        return all((s.x0 >= gutter) if rightwards else (s.x1 <= gutter) for s in ln.segments)

    _, top, _, bottom = panel
    band_top, band_bottom = top, bottom
    for ln in reversed([ln for ln in ordered if ln.bottom <= top + 1 and ln.top < top]):
        if not far_only(ln):
            break
        band_top = min(band_top, ln.top)
    for ln in (ln for ln in ordered if ln.top >= bottom - 1):
        if not far_only(ln):
            break
        band_bottom = max(band_bottom, ln.bottom)
    return SideColumns(gutter, band_top - 0.5, band_bottom + 0.5, panel_left=rightwards)


_GUTTER_EMS = 1.5  # a whitespace gutter's least width, in the page's usual text size
_NARROW_SHARE = 0.7  # a side column is at most this share of the main column's width
_MIN_RUN = 8  # lines of a band read as side columns without a fill
_HEADING_SIZE = 1.2  # a line this much larger than the usual text is a heading
_HEADING_GAP_EMS = 2.0  # a gutter through a heading's line: this many of its own sizes


def gutter_columns(
    lines: list[Line],
    rules: list[tuple[float, float, float]] | None = None,
    is_label: Callable[[Line], bool] | None = None,
) -> SideColumns | None:
    """The band of the page read as two columns side by side when a side column is marked
    by WHITESPACE alone (no fill): a run of lines (8 at least, top-down) leaving a vertical
    gutter free of text (1.5 times the usual text size wide at least) with text on both
    sides; the text on one side one column of fields (its lines at one left edge, mostly;
    two bold labels at least right over their plain values, these not level with labels
    over values beside them as cards' or a header's labels are (:func:`_label_tops`; a
    heading beside them is no label); labels in the values' own face count
    when ``is_label`` names them: a whole line a field label, over a value that is none) at
    most 0.7 times as wide as the other
    side's — that column's box then passes every test of a filled panel
    (:func:`side_columns`: several paragraphs, text beside it on one side only over a wider
    column, no rule over the gutter, its blocks not level with the paragraphs beside them as
    a table's rows would be). Candidate gutters are the wide gaps between segments or level
    lines, one per column start (its widest). Else None."""
    if len(lines) < _MIN_RUN:
        return None
    ordered = sorted(lines, key=lambda ln: ln.top)
    sizes = sorted(ln.size for ln in ordered)
    min_gap = _GUTTER_EMS * sizes[len(sizes) // 2]
    # candidate gutters: the wide gaps between a line's segments, the widest first
    candidates = {
        (round(a.x1), round(b.x0))
        for ln in ordered
        for a, b in zip(ln.segments, ln.segments[1:], strict=False)
        if b.x0 - a.x1 >= min_gap
    }
    for i, line in enumerate(ordered):  # or between two lines set level, side by side
        for other in ordered[i + 1 :]:
            if other.top - line.top > 0.5 * line.size:
                break
            a, b = (line, other) if line.x1 <= other.x0 else (other, line)
            if b.x0 - a.x1 >= min_gap:
                candidates.add((round(a.x1), round(b.x0)))
    widest: dict[int, int] = {}  # one candidate per column start: its widest gap
    for a, b in candidates:
        widest[b] = min(a, widest.get(b, a))
    seen: set[tuple[int, int]] = set()
    for a, b in sorted(((a, b) for b, a in widest.items()), key=lambda g: (g[0] - g[1], g[0])):
        run: list[Line] = []
        lo, hi = float(a), float(b)
        for line in [*ordered, None]:
            if line is not None:
                free = _free_part(lo, hi, line)
                if free is not None and _gutter_wide(free, line, min_gap):
                    run.append(line)
                    lo, hi = free
                    continue
            key = (id(run[0]), len(run)) if run else (0, 0)
            if len(run) >= _MIN_RUN and key not in seen:
                seen.add(key)
                found = _gutter_split(ordered, run, lo, hi, rules or [], is_label)
                if found is not None:
                    return _to_side_column_end(
                        ordered,
                        _under_wrapped_heading(
                            ordered, _up_to_gutter_top(ordered, found, run[0], min_gap)
                        ),
                    )
            run, (lo, hi) = [], (float(a), float(b))
            if line is not None:
                free = _free_part(lo, hi, line)
                if free is not None and _gutter_wide(free, line, min_gap):
                    run, (lo, hi) = [line], free
    return None


def _to_side_column_end(ordered: list[Line], split: SideColumns) -> SideColumns:
    """The band ended where its side column's text ends, when the other column runs on alone
    well below it (a web page's widget column beside the top of the page only): the lines
    under it are one column again, read after the side column, never before it (the side
    column read last would be taken for the rest of the page's last paragraph)."""
    if split.panel_left is None:
        return split
    band = [ln for ln in ordered if split.top <= ln.top and ln.bottom <= split.bottom + 1]

    def in_side(seg: Segment) -> bool:
        return seg.x1 <= split.gutter + 1 if split.panel_left else seg.x0 >= split.gutter - 1

    # lines built across the gutter may hold text of both columns set level
    side = [ln for ln in band if any(in_side(seg) for seg in ln.segments)]
    main = [ln for ln in band if not all(in_side(seg) for seg in ln.segments)]
    if not side or not main:
        return split
    end = max(ln.bottom for ln in side)
    under = [ln for ln in main if ln.top > end]
    if len(under) < _MIN_RUN:
        return split
    return SideColumns(split.gutter, split.top, end + 0.5, split.panel_left)


def _up_to_gutter_top(
    ordered: list[Line], split: SideColumns, first: Line, min_gap: float
) -> SideColumns:
    """The band on up over the lines right above its run that leave the found gutter free
    (text on either side or both): a run is cut where a wider candidate gutter narrowed to
    nothing, and starts again lower, though the column went on above; a line across the
    gutter (a heading over both columns) ends the band."""
    lo, hi = split.gutter - 0.5 * min_gap, split.gutter + 0.5 * min_gap
    top = split.top
    for line in reversed([ln for ln in ordered if ln.top < first.top and ln is not first]):
        if any(seg.x0 < hi and seg.x1 > lo for seg in line.segments):
            break
        left = max((s.x1 for s in line.segments if s.x1 <= lo), default=None)
        right = min((s.x0 for s in line.segments if s.x0 >= hi), default=None)
        if (
            left is not None
            and right is not None
            and not _gutter_wide((left, right), line, min_gap)
        ):
            break  # a larger heading's word gap (:func:`_gutter_wide`): across the gutter
        top = min(top, line.top - 0.5)
    if top == split.top:
        return split
    return SideColumns(split.gutter, top, split.bottom, split.panel_left)


def _under_wrapped_heading(ordered: list[Line], split: SideColumns) -> SideColumns:
    """The band started under the first lines it holds when they are the wrapped end of a
    heading running over both columns just above (« … dans toutes les commandes » over
    « publiques. »): set right under it at its own line spacing, at its left edge and in its
    size, such a line is the heading's last words, never the side column's first text — a
    column's first label stands a paragraph's gap under a heading. Ends the band's top there."""
    inside = [ln for ln in ordered if split.top <= ln.top < split.bottom]
    if not inside:
        return split
    above = [ln for ln in ordered if ln.top < split.top and ln.bottom <= inside[0].top + 1]
    if not above:
        return split
    heading = max(above, key=lambda ln: ln.top)
    crosses = heading.x0 < split.gutter < heading.x1
    top = split.top
    for line in inside:
        if not (
            crosses
            and line.top - heading.bottom < 0.5 * line.size
            and abs(line.x0 - heading.x0) <= 3
            and 0.85 <= line.size / max(heading.size, 1.0) <= 1.18
        ):
            break
        top = line.bottom + 0.5
        heading = line
    if top == split.top:
        return split
    return SideColumns(split.gutter, top, split.bottom, split.panel_left)


def _gutter_wide(free: tuple[float, float], line: Line, min_gap: float) -> bool:
    """``free`` (a gap of ``line``) is wide enough for a gutter: ``min_gap`` at least, and,
    when the line has text on both sides of it and is set clearly larger than the text
    (a heading over both columns), twice the line's OWN size too — a scan that lost a
    heading's capital (« : ettre » for « : Mettre ») leaves a gap of more than the body
    text's gutter between two of its words, no column break."""
    width = free[1] - free[0]
    if width < min_gap:
        return False
    both = any(s.x1 <= free[0] + 0.5 for s in line.segments) and any(
        s.x0 >= free[1] - 0.5 for s in line.segments
    )
    larger = line.size > _HEADING_SIZE * min_gap / _GUTTER_EMS
    return not (both and larger) or width >= _HEADING_GAP_EMS * line.size


def _free_part(lo: float, hi: float, line: Line) -> tuple[float, float] | None:
    """The widest part of ``lo``–``hi`` that no segment of ``line`` covers."""
    parts = [(lo, hi)]
    for seg in line.segments:
        if seg.x1 <= lo or seg.x0 >= hi:
            continue
        parts = [
            piece
            for p0, p1 in parts
            for piece in ((p0, min(p1, seg.x0)), (max(p0, seg.x1), p1))
            if piece[1] > piece[0]
        ]
    return max(parts, key=lambda p: p[1] - p[0], default=None)


def _gutter_split(
    ordered: list[Line],
    run: list[Line],
    g0: float,
    g1: float,
    rules: list[tuple[float, float, float]],
    is_label: Callable[[Line], bool] | None = None,
) -> SideColumns | None:
    """The side columns of ``run`` cut at the free gutter ``g0``–``g1``, or None."""
    lefts = [s for ln in run for s in ln.segments if s.x1 <= g0 + 1]
    rights = [s for ln in run for s in ln.segments if s.x0 >= g1 - 1]
    if not lefts or not rights:
        return None
    left_width = max(s.x1 for s in lefts) - min(s.x0 for s in lefts)
    right_width = max(s.x1 for s in rights) - min(s.x0 for s in rights)
    panel_left = left_width <= right_width
    narrow, wide = (left_width, right_width) if panel_left else (right_width, left_width)
    if narrow > _NARROW_SHARE * wide:
        return None
    held = [
        _part(ln, segs)
        for ln in run
        if (segs := [s for s in ln.segments if (s.x1 <= g0 + 1) == panel_left])
    ]
    if len(held) < 4 or len(held) < 0.7 * sum(len(ln.segments) for ln in held):
        return None  # its lines mostly one segment each: no columns of its own
    # one text column (its lines at one left edge, mostly), not a table's last columns
    edge = Counter(round(ln.x0) for ln in held).most_common(1)[0][0]
    if sum(1 for ln in held if abs(ln.x0 - edge) <= 3) < 0.8 * len(held):
        return None
    # fields: two bold labels at least, each right over its plain value at its left edge
    labels = [
        a.top
        for a, b in zip(held, held[1:], strict=False)
        if (a.bold or _plain_label(a, b, is_label))
        and not b.bold
        and abs(a.x0 - b.x0) <= 3
        and -0.3 * b.size <= b.top - a.bottom <= 1.5 * b.size
    ]
    if len(labels) < 2:
        return None
    # half its labels level with labels beside them: cards side by side (their labels on
    # one baseline), a table's header over its first row — no side column
    far_labels = _label_tops(
        [
            _part(ln, segs)
            for ln in run
            if (segs := [s for s in ln.segments if (s.x1 <= g0 + 1) != panel_left])
        ]
    )
    if sum(1 for t in labels if any(abs(t - o) <= 1.5 for o in far_labels)) >= 0.5 * len(labels):
        return None
    panel = (
        min(ln.x0 for ln in held),
        min(ln.top for ln in held),
        max(ln.x1 for ln in held),
        max(ln.bottom for ln in held),
    )
    found = _beside_panel(panel, ordered, [], rules, tuple(labels))
    if found is None or found[1] != panel_left:
        return None
    return _band(ordered, panel, found[0], found[1])


def _label_tops(parts: list[Line]) -> list[float]:
    """Tops of the bold segments over a plain one: the next line holding a segment at the bold
    one's left edge, right under it, starts there in plain text (cards' labels over their
    values, a table's header over its first row; lines of other columns set between them, at
    other edges, do not count). A heading of the main column that a widget title or a side
    field's label happens to stand level with (the page's title, both columns starting at
    one top; a section title over a field label or over a table's header) is followed at its
    edge by more bold text, or by nothing close: no label of its own."""
    tops: list[float] = []
    for index, above in enumerate(parts):
        for seg in (s for s in above.segments if s.bold):
            for below in parts[index + 1 :]:
                gap = below.top - above.bottom
                if gap > 1.5 * below.size:
                    break
                at_edge = [s for s in below.segments if abs(s.x0 - seg.x0) <= 3]
                if gap < -0.3 * below.size or not at_edge:
                    continue
                if not at_edge[0].bold:
                    tops.append(above.top)
                break
            if tops and tops[-1] == above.top:
                break
    return tops


def _plain_label(label: Line, value: Line, is_label: Callable[[Line], bool] | None) -> bool:
    """A label set in its value's face (not bold): one segment, no « : » inside (a « Label :
    value » sentence is text), that ``is_label`` names, over a line it does not name that
    reads as a value's first line — a capital then lower-case letters, not the second line of
    a wrapped label (« envisagés », « RÉSULTATS ATTENDUS » in small capitals)."""
    text = label.text.strip().rstrip(":")
    first = value.text.strip()
    return (
        is_label is not None
        and len(label.segments) == 1
        and ":" not in text
        and (first[:1].isupper() or first[:1].isdigit())
        and any(c.islower() for c in first)
        and is_label(label)
        and not is_label(value)
    )


def column_groups(words: list[dict[str, Any]], split: SideColumns) -> list[list[dict[str, Any]]]:
    """A page's words in reading order groups: above the band, the band's left column, its
    right column, below the band (each group made into lines on its own)."""
    if split.more:
        return band_groups(words, split.bands(), lambda w: w["top"], lambda w: w["top"])
    above: list[dict[str, Any]] = []
    left: list[dict[str, Any]] = []
    right: list[dict[str, Any]] = []
    below: list[dict[str, Any]] = []
    for word in words:
        if word["top"] < split.top:
            above.append(word)
        elif word["top"] > split.bottom:
            below.append(word)
        elif (word["x0"] + word["x1"]) / 2 < split.gutter:
            left.append(word)
        else:
            right.append(word)
    return [above, left, right, below]


def band_groups(
    items: list[Any],
    bands: tuple[SideColumns, ...],
    top: Callable[[Any], float],
    bottom: Callable[[Any], float],
) -> list[list[Any]]:
    """Items (words or lines, with ``x0``/``x1``) in reading order groups over several
    bands: the text above the first band, its left column, its right column, the text
    between it and the next band, …, the text below the last band."""
    groups: list[list[Any]] = [[] for _ in range(3 * len(bands) + 1)]
    for item in items:
        index = 3 * len(bands)  # below the last band
        for k, band in enumerate(bands):
            if bottom(item) < band.top:
                index = 3 * k
                break
            if top(item) <= band.bottom:
                x0, x1 = (
                    float(item["x0"] if isinstance(item, dict) else item.x0),
                    float(item["x1"] if isinstance(item, dict) else item.x1),
                )
                index = 3 * k + (1 if (x0 + x1) / 2 < band.gutter else 2)
                break
        groups[index].append(item)
    return groups


def beside_column(line: Line, column: tuple[float, float] | None) -> bool:
    """``line`` stands wholly outside ``column`` (the x-range of the page column holding a
    table): text of the other side column, never the table's nor after it."""
    return column is not None and (line.x1 <= column[0] + 1 or line.x0 >= column[1] - 1)
