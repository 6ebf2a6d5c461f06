"""Text set in two columns (a browser's CSS columns, a word processor's section columns):
lines are put back in reading order, the left column down to its end, then the right one.
"""

from __future__ import annotations

from collections import Counter

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


def _gutter(lines: list[Line], width: float) -> float | None:
    """The left edge of a right text column: the x where most lines' later segments start,
    in the right half of the text block."""
    if len(lines) < 8:
        return None
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
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
    return float(x)


def two_column_order(lines: list[Line], tables: list[TableBlock], width: float) -> list[Line]:
    """Lines in reading order when a run of them forms two text columns of paragraphs.

    A run is two columns when no segment crosses the gutter, both columns hold at least four
    lines, they are about as wide (a label/value layout has a narrow label column) and most
    left lines are filled to near the gutter (paragraphs, not short labels). Each line is
    cut at the gutter; the run is read left column first. Tables and lines crossing the
    gutter end a run.
    """
    x = _gutter(lines, width)
    if x is None:
        return lines
    left_edge = min(ln.x0 for ln in lines)
    right_edge = max(ln.x1 for ln in lines)
    if not 0.75 <= (x - left_edge) / max(1.0, right_edge - x) <= 1.33:
        return lines
    table_tops = sorted(t.top for t in tables)
    out: list[Line] = []
    run: list[Line] = []

    def flush() -> None:
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
            for a, b in zip(lefts_only, lefts_only[1:], strict=False):
                if b.top > right_bottom and b.top - a.top > 1.6 * pitch:
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
        if len(lefts) >= 3 and len(rights) >= 3:
            out.extend(lefts + rights)
        else:
            out.extend(run)
        out.extend(tail)
        run.clear()

    for ln in lines:
        crosses = any(s.x0 < x - 2 < s.x1 for s in ln.segments)
        if crosses or (run and any(run[-1].top < t <= ln.top for t in table_tops)):
            flush()
        if crosses:
            out.append(ln)
        else:
            run.append(ln)
    flush()
    if [id(ln) for ln in out] != [id(ln) for ln in lines]:
        for index, ln in enumerate(out):
            ln.seq = index
    return out
