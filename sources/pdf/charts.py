"""VECTOR CHARTS drawn among a document's tables (bars, an axis, its tick labels), set aside.

An office suite or a web page's plug-in draws a small chart beside or under a table: a
spreadsheet's native column chart anchored beside its rows, an inline SVG bar chart under a
steps table. Printed, the chart is shapes and text: a title, category labels (« Étape 1 »)
beside or under the bars, data labels (the values) at the bars' ends, and the value axis's
tick labels. Read as lines, its words join the table it stands against — a title run into
the last step's cell, categories and ticks read as more rows, a chart cut by a page break
read into the next fiche's heading.

A chart is told by its VALUE AXIS, which no table has: three tick labels or more, each a bare
number of one type size, in one row (a horizontal scale) or one right-aligned column (a
vertical one), at an even pitch, their values in arithmetic progression growing to the right
or upwards, and a straight axis line (or a gridline at every tick) running from the first
tick's centre to the last one's. A year header or a column of figures in a table grows
downwards, or has its rule run past its first and last centres to the cells' edges.
The plot is the axis and what stands on it: bars starting at the value axis's origin, and
gridlines at the ticks. The chart's text is then gathered around the plot: runs level with
it and touching it (category and data labels), and up to three lines just above or below it
within its width (title, categories, legend). Its glyphs are set aside before the page is
read: a chart is a figure, no cell, row or field. Its strokes stay (bars and gridlines with
no text in them make no cell for the table finders; setting them aside too changed how the
pdfplumber engine split a row cut by a page break beside such a chart — a budget glued to the
owner in the next column — while the glyphs alone read alike with both engines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sources.pdf.watermark import without_objects

MIN_TICKS = 3  # tick labels on a value axis, at least
_RUN_GAP = 1.0  # of the type size: a wider gap between glyphs of a line ends a run
_SAME_TOP = 0.6  # pt: glyphs of one line
_SAME_SIZE = 0.15  # pt: glyphs of one type size
_ALIGN = 0.8  # pt: right-aligned tick labels end together
_PITCH = 0.04  # of the pitch: even spacing of the ticks, at most this far off (and 0.5 pt)
_AXIS_END = 1.5  # pt: the axis line ends at the first and last ticks' centres
_AXIS_GAP = 1.2  # of the type size: the axis line's distance from its tick labels, at most
_TOUCH = 1.0  # of the type size: a label level with the chart stands this close to it
_STACK = 1.25  # of the type size: a title or legend line's gap to the chart, at most
_MAX_LINES = 3  # lines above (title) or below (categories, legend) the plot, at most
_OVERHANG = 3.0  # of the type size: a line above or below may pass the chart's right edge
_ON = 1.0  # pt: a bar standing on the origin, a gridline at a tick
_NUMBER = re.compile(r"^[-−]?\d+(?:[.,]\d+)?$")
_BLANKS = re.compile(r"[\s\u00a0\u202f\u2009]+")

Box = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass
class _Run:
    chars: list[dict[str, Any]]
    size: float
    x0: float = field(init=False)
    x1: float = field(init=False)
    top: float = field(init=False)
    bottom: float = field(init=False)
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.x0 = min(float(c["x0"]) for c in self.chars)
        self.x1 = max(float(c["x1"]) for c in self.chars)
        self.top = min(float(c["top"]) for c in self.chars)
        self.bottom = max(float(c["bottom"]) for c in self.chars)
        self.text = "".join(str(c["text"]) for c in self.chars)

    @property
    def mid_x(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def mid_y(self) -> float:
        return (self.top + self.bottom) / 2


def tick_value(text: str) -> float | None:
    """The number a tick label prints (« 7 500 », « 2,5 », « 40 % »), or None."""
    text = _BLANKS.sub("", text).rstrip("%€$")
    if not _NUMBER.match(text):
        return None
    return float(text.replace(",", ".").replace("−", "-"))


def _runs(chars: list[dict[str, Any]]) -> list[_Run]:
    """The page's glyphs as runs: one line, one type size, no gap wider than
    :data:`_RUN_GAP` of the size between two glyphs."""
    inked = [c for c in chars if str(c.get("text", "")).strip()]
    lines: list[list[dict[str, Any]]] = []
    for c in sorted(inked, key=lambda c: (float(c["top"]), float(c["x0"]))):
        size = float(c.get("size") or 0.0)
        for line in reversed(lines[-12:]):
            head = line[0]
            if (
                abs(float(head["top"]) - float(c["top"])) <= _SAME_TOP
                and abs(float(head.get("size") or 0.0) - size) <= _SAME_SIZE
            ):
                line.append(c)
                break
        else:
            lines.append([c])
    runs: list[_Run] = []
    for line in lines:
        line.sort(key=lambda c: float(c["x0"]))
        size = float(line[0].get("size") or 0.0)
        current = [line[0]]
        for c in line[1:]:
            if float(c["x0"]) - float(current[-1]["x1"]) > _RUN_GAP * size:
                runs.append(_Run(current, size))
                current = []
            current.append(c)
        runs.append(_Run(current, size))
    return runs


def _even(positions: list[float], values: list[float]) -> bool:
    """Ticks at an even pitch whose values grow by one step (both lists in axis order)."""
    pitches = [b - a for a, b in zip(positions, positions[1:], strict=False)]
    steps = [b - a for a, b in zip(values, values[1:], strict=False)]
    if min(pitches) <= 0 or min(steps) <= 0:
        return False
    pitch, step = pitches[0], steps[0]
    slack = max(0.5, _PITCH * pitch)
    return all(abs(p - pitch) <= slack for p in pitches) and all(
        abs(s - step) <= 1e-6 * max(abs(v) for v in values) for s in steps
    )


def _chains(runs: list[_Run], position: Any) -> list[list[_Run]]:
    """The longest stretches of ``runs`` (numbers, in axis order) at an even pitch whose
    values grow by one step, :data:`MIN_TICKS` long at least: two charts' scales in one
    column, a data label in a tick row, stay apart."""
    out: list[list[_Run]] = []
    i = 0
    while i + MIN_TICKS <= len(runs):
        j = i + 2
        if not _even([position(r) for r in runs[i:j]], [_num(r) for r in runs[i:j]]):
            i += 1
            continue
        while j < len(runs) and _even(
            [position(r) for r in runs[i : j + 1]], [_num(r) for r in runs[i : j + 1]]
        ):
            j += 1
        if j - i >= MIN_TICKS:
            out.append(runs[i:j])
            i = j
        else:
            i += 1
    return out


def _num(run: _Run) -> float:
    return float(tick_value(run.text) or 0.0)


@dataclass
class _Scale:
    ticks: list[_Run]
    horizontal: bool  # values along x (tick labels in a row)
    start: float  # the axis's first tick centre (x or y)
    end: float  # its last tick centre
    axis: float  # the axis line's position across it (y of a row scale, x of a column one)


def _segments(page: Any) -> list[Box]:
    """Straight strokes and hairline rects as boxes."""
    out: list[Box] = []
    for obj in list(getattr(page, "lines", ())) + list(getattr(page, "rects", ())):
        x0, x1 = float(obj["x0"]), float(obj["x1"])
        top, bottom = float(obj["top"]), float(obj["bottom"])
        if min(x1 - x0, bottom - top) <= 1.0:
            out.append((x0, top, x1, bottom))
    return out


def _row_scales(runs: list[_Run], segments: list[Box]) -> list[_Scale]:
    rows: dict[tuple[float, float], list[_Run]] = {}
    for r in runs:
        if tick_value(r.text) is None:
            continue
        key = next(
            (
                k
                for k in rows
                if abs(k[0] - r.top) <= _SAME_TOP and abs(k[1] - r.size) <= _SAME_SIZE
            ),
            (r.top, r.size),
        )
        rows.setdefault(key, []).append(r)
    scales = []
    for (top, size), row in rows.items():
        if len(row) < MIN_TICKS:
            continue
        row = sorted((r for r in row if tick_value(r.text) is not None), key=lambda r: r.x0)
        for chain in _chains(row, lambda r: r.mid_x):
            scale = _row_scale(chain, top, size, segments)
            if scale is not None:
                scales.append(scale)
    return scales


def _row_scale(row: list[_Run], top: float, size: float, segments: list[Box]) -> _Scale | None:
    """A row of ticks over its axis line, or None."""
    centres = [r.mid_x for r in row]
    for x0, s_top, x1, s_bottom in segments:
        y = (s_top + s_bottom) / 2
        if (
            x1 - x0 > s_bottom - s_top
            and 0 <= top - y <= _AXIS_GAP * size
            and abs(x0 - centres[0]) <= _AXIS_END
            and abs(x1 - centres[-1]) <= _AXIS_END
        ):
            return _Scale(row, True, centres[0], centres[-1], y)
    return None


def _column_scales(runs: list[_Run], segments: list[Box]) -> list[_Scale]:
    columns: dict[tuple[float, float], list[_Run]] = {}
    for r in runs:
        if tick_value(r.text) is None:
            continue
        key = next(
            (k for k in columns if abs(k[0] - r.x1) <= _ALIGN and abs(k[1] - r.size) <= _SAME_SIZE),
            (r.x1, r.size),
        )
        columns.setdefault(key, []).append(r)
    scales = []
    for (right, size), column in columns.items():
        if len(column) < MIN_TICKS:
            continue
        column.sort(key=lambda r: -r.mid_y)  # upwards: a value axis grows up
        for chain in _chains(column, lambda r: -r.mid_y):
            scale = _column_scale(chain, right, size, segments)
            if scale is not None:
                scales.append(scale)
    return scales


def _column_scale(
    column: list[_Run], right: float, size: float, segments: list[Box]
) -> _Scale | None:
    """A right-aligned column of ticks beside its axis line (or gridlines), or None."""
    centres = [r.mid_y for r in column]
    axis = None
    for x0, s_top, x1, s_bottom in segments:
        x = (x0 + x1) / 2
        if (
            s_bottom - s_top > x1 - x0
            and 0 <= x - right <= _AXIS_GAP * size
            and abs(s_bottom - centres[0]) <= _AXIS_END
            and abs(s_top - centres[-1]) <= _AXIS_END
        ):
            axis = x
            break
    if axis is None:  # no axis line: a gridline at every tick, starting by the labels
        starts = [
            x0
            for c in centres
            for x0, s_top, x1, s_bottom in segments
            if x1 - x0 > s_bottom - s_top
            and abs((s_top + s_bottom) / 2 - c) <= _ON
            and 0 <= x0 - right <= _AXIS_GAP * size
        ]
        if len(starts) >= len(centres):
            axis = min(starts)
    if axis is not None:
        return _Scale(column, False, centres[0], centres[-1], axis)
    return None


def _graphics(page: Any) -> list[dict[str, Any]]:
    return (
        list(getattr(page, "rects", ()))
        + list(getattr(page, "lines", ()))
        + list(getattr(page, "curves", ()))
    )


def _box(obj: dict[str, Any]) -> Box:
    return float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"])


def _plot(scale: _Scale, graphics: list[dict[str, Any]]) -> Box:
    """The plot's box: the axis, bars standing on its origin, gridlines at the ticks (a bar
    more than the axis's length from the plot is no part of it)."""
    ticks = scale.ticks
    zero = scale.start  # the origin: the first (lowest) tick
    if scale.horizontal:  # bars run right from the origin, above the axis
        box = (scale.start, scale.axis, scale.end, scale.axis)
        reach = scale.end - scale.start
    else:  # columns stand on the origin, right of the axis
        box = (scale.axis, scale.end, scale.axis, scale.start)
        reach = scale.start - scale.end
    centres = [t.mid_x if scale.horizontal else t.mid_y for t in ticks]
    members: set[int] = set()
    grown = True
    while grown:
        grown = False
        for obj in graphics:
            if id(obj) in members:
                continue
            x0, top, x1, bottom = _box(obj)
            if scale.horizontal:
                bar = abs(x0 - zero) <= _ON and x1 <= scale.end + _ON
                grid = x1 - x0 <= 1.0 and any(abs(x0 - c) <= _ON for c in centres)
                axis = bottom - top <= 1.0 and abs(top - scale.axis) <= _ON
                ok = (bar or grid or axis) and bottom <= scale.axis + _ON
                ok = ok and top >= box[1] - reach and x0 >= scale.start - _ON
            else:
                bar = abs(bottom - zero) <= _ON and top >= scale.end - _ON
                grid = bottom - top <= 1.0 and any(abs(top - c) <= _ON for c in centres)
                axis = x1 - x0 <= 1.0 and abs(x0 - scale.axis) <= _ON
                ok = (bar or grid or axis) and x0 >= scale.axis - _ON
                ok = ok and x0 <= box[2] + reach and top >= scale.end - _ON
                ok = ok and bottom <= scale.start + _ON
            if ok:
                members.add(id(obj))
                box = (min(box[0], x0), min(box[1], top), max(box[2], x1), max(box[3], bottom))
                grown = True
    return box


def _chart(scale: _Scale, runs: list[_Run], graphics: list[dict[str, Any]]) -> set[int]:
    """``id`` of the chart's glyphs around ``scale``."""
    plot = _plot(scale, graphics)
    taken = {id(t) for t in scale.ticks}
    box = plot
    for t in scale.ticks:
        box = (min(box[0], t.x0), min(box[1], t.top), max(box[2], t.x1), max(box[3], t.bottom))
    above = below = 0
    label = scale.ticks[0].size  # a line under the chart: as close as its labels' size
    grown = True
    while grown:
        grown = False
        for r in sorted(runs, key=lambda r: min(abs(r.mid_y - box[1]), abs(r.mid_y - box[3]))):
            if id(r) in taken:
                continue
            gap_x = max(0.0, r.x0 - box[2], box[0] - r.x1)
            gap_y = max(0.0, r.top - box[3], box[1] - r.bottom)
            level = gap_y == 0.0 and plot[1] - _ON <= r.mid_y <= plot[3] + _ON
            if level and gap_x <= _TOUCH * r.size:  # a category or data label
                pass
            elif (
                gap_x == 0.0
                and gap_y <= _STACK * (r.size if r.bottom <= box[1] else min(r.size, label))
                and r.x1 <= box[2] + _OVERHANG * r.size
                and r.x0 >= box[0] - (box[2] - box[0]) / 2
            ):  # a title, categories or legend line just above or below
                if gap_y == 0.0:
                    pass
                elif r.bottom <= box[1]:
                    if above >= _MAX_LINES:
                        continue
                    above += 1
                else:
                    if below >= _MAX_LINES:
                        continue
                    below += 1
            else:
                continue
            taken.add(id(r))
            box = (min(box[0], r.x0), min(box[1], r.top), max(box[2], r.x1), max(box[3], r.bottom))
            grown = True
            break
    return {id(c) for r in runs if id(r) in taken for c in r.chars}


def chart_objects(page: Any) -> set[int]:
    """``id`` of the glyphs of the page's charts (empty when none)."""
    segments = _segments(page)
    if len(segments) == 0:
        return set()
    runs = _runs(page.chars)
    scales = _row_scales(runs, segments) + _column_scales(runs, segments)
    if not scales:
        return set()
    graphics = _graphics(page)
    drop: set[int] = set()
    for scale in scales:
        drop |= _chart(scale, runs, graphics)
    return drop


def without_charts(page: Any) -> Any:
    """The page without its charts' glyphs (the page itself when none)."""
    return without_objects(page, chart_objects(page))
