"""Field labels printed UNDER their values, as a paper form's captions (a CERFA's « value on
the line, caption under it »): a web theme writing each field as a value over a rule with its
label in small print beneath (``flex-direction: column-reverse``). Read top-down, each label
is followed by the NEXT field's value, so every value lands one field too late.

What tells the captions from labels set above their values is the one thing a reader's eye
uses: proximity. A caption sits closer to the value above it than to the text below it. Such
a page has three field labels or more, each alone on its line, not bold and smaller than the
value lines around them (a caption's small print); every caption with value lines on both
sides sits closer to the one above (by :data:`_MARGIN` at least), none closer to the one
below, and at least :data:`_MIN_CLOSER` do.

Each run of captions (value lines only between them) is given back label-first: the first
caption's text on a line of its own just above the first value line of the run — the lines
of body print going up to the heading over them —, every next caption's text on the line of
the caption before it, the last caption's line dropped (its text moved up). Values keep their
lines and places; no text is added or lost.
"""

from __future__ import annotations

from dataclasses import replace

from sources.action_plan.labels import _field_key
from sources.pdf.content import Line

_MIN_CAPTIONS = 3
_MIN_CLOSER = 2
_MARGIN = 1.5  # pt: a caption this much closer to the value above than to the text below
_SMALL = 0.92  # a caption's size at most this share of the value lines'
_SAME = 0.6  # pt: value lines' sizes within this of one another


def _caption(line: Line) -> bool:
    return (
        len(line.segments) == 1 and not line.bold and _field_key(line.text) not in (None, "other")
    )


def _value(line: Line, size: float) -> bool:
    return not line.bold and abs(line.size - size) <= _SAME and not _caption(line)


def _body_size(lines: list[Line], captions: list[int]) -> float | None:
    """The size of the value lines next to the captions (the most common one)."""
    sizes = [
        lines[j].size
        for i in captions
        for j in (i - 1, i + 1)
        if 0 <= j < len(lines) and not _caption(lines[j]) and not lines[j].bold
    ]
    if not sizes:
        return None
    return max(set(sizes), key=lambda s: sum(abs(t - s) <= _SAME for t in sizes))


def _under_values(lines: list[Line], captions: list[int], size: float) -> bool:
    closer_above = 0
    for i in captions:
        if i == 0 or i + 1 >= len(lines):
            continue
        cap, above, below = lines[i], lines[i - 1], lines[i + 1]
        if not (_value(above, size) and _value(below, size)):
            continue
        if above.page != cap.page or below.page != cap.page:
            continue
        up, down = cap.top - above.bottom, below.top - cap.bottom
        if down + _MARGIN <= up:
            return False  # a label closer to the text under it: labels above their values
        if up + _MARGIN <= down:
            closer_above += 1
    return closer_above >= _MIN_CLOSER


def labels_under_values(lines: list[Line]) -> list[Line]:
    """The page's lines, captions printed under their values put first (see module doc)."""
    captions = [i for i, ln in enumerate(lines) if _caption(ln)]
    if len(captions) < _MIN_CAPTIONS:
        return lines
    size = _body_size(lines, captions)
    if size is None or any(lines[i].size > _SMALL * size for i in captions):
        return lines
    if not _under_values(lines, captions, size):
        return lines
    runs: list[list[int]] = []
    for i in captions:
        if runs and all(_value(lines[j], size) for j in range(runs[-1][-1] + 1, i)):
            runs[-1].append(i)
        else:
            runs.append([i])
    moved: dict[int, Line | None] = {}  # index → its new line (None: dropped)
    before: dict[int, Line] = {}  # index of a run's first value line → the label put over it
    for run in runs:
        first = run[0]
        start = first
        while (
            start > 0
            and _value(lines[start - 1], size)
            and lines[start - 1].page == lines[first].page
        ):
            start -= 1
        cap = lines[first]
        if start < first:
            value = lines[start]
            above = lines[start - 1] if start > 0 and lines[start - 1].page == value.page else None
            bottom = value.top - 0.3
            top = max(bottom - (cap.bottom - cap.top), above.bottom + 0.1 if above else -1e9)
            before[start] = replace(cap, top=min(top, bottom - 0.1), bottom=bottom, band=value.band)
        else:
            before[start] = cap  # no value above the first caption: it stays where it is
        for k, i in enumerate(run):
            if k + 1 < len(run):
                nxt = lines[run[k + 1]]
                moved[i] = replace(
                    lines[i],
                    segments=nxt.segments,
                    x0=nxt.x0,
                    x1=nxt.x1,
                    size=nxt.size,
                    bold=nxt.bold,
                )
            else:
                moved[i] = None
        if start == first:  # the first caption kept in place: the others shift by none
            for i in run:
                moved.pop(i, None)
            before.pop(start)
    out: list[Line] = []
    for i, ln in enumerate(lines):
        if i in before:
            out.append(before[i])
        if i in moved:
            if moved[i] is not None:
                out.append(moved[i])  # type: ignore[arg-type]
            continue
        out.append(ln)
    return out
