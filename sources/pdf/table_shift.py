"""A headerless table going on at the next page's top, set aside from where it was.

A document laid out for recto-verso printing (mirrored margins: inside margin wider than
the outside one) sets its text block further right on odd pages than on even ones, so a
table cut by a page break goes on shifted by the margins' difference (2 cm for 3.5/1.5 cm
margins). Its rest has no header to place its columns: read with the column bounds of its
start, every cell lands across a bound (« 2021 et + » in the budget column, a step's name
glued to the row above).

The shift is told by the rest's own words: the one offset that sets every segment of its
first lines inside a column of the start (nearest to no shift among the offsets that fit
best), taken only when the bounds as they were fit poorly and the shifted ones fit (nearly)
all. A table going on in place keeps its bounds.
"""

from __future__ import annotations

from sources.pdf.content import Line

_SPAN = 90.0  # pt: the largest shift looked for (3 cm: margins differ less than that)
_STEP = 0.5  # pt
_FITTED = 0.95  # share of segments inside a column, shifted
_MISFIT = 0.8  # below this share in place, a shift is looked for
_LEAST = 4  # segments: fewer tell no shift
_SLACK = 1.0  # pt a segment may reach past its column's bound


def continuation_shift(lines: list[Line], bounds: list[float]) -> float:
    """The x offset to add to ``bounds`` (a table's column bounds on the page before) so that
    ``lines`` (the first lines of its rest on this page) sit in its columns; 0.0 when they
    already do, or when no offset sets them clearly better."""
    segments = [(seg.x0, seg.x1) for line in lines for seg in line.segments]
    if len(segments) < _LEAST or len(bounds) < 3:
        return 0.0
    in_place = _fit(segments, bounds, 0.0)
    if in_place >= _MISFIT * len(segments):
        return 0.0
    steps = int(_SPAN / _STEP)
    offsets = sorted((k * _STEP for k in range(-steps, steps + 1)), key=abs)
    best, best_fit = 0.0, in_place
    for dx in offsets:
        fit = _fit(segments, bounds, dx)
        if fit > best_fit:
            best, best_fit = dx, fit
    if best_fit < _FITTED * len(segments):
        return 0.0
    return best


def _fit(segments: list[tuple[float, float]], bounds: list[float], dx: float) -> int:
    """How many ``segments`` lie inside one column of ``bounds`` shifted by ``dx``."""
    count = 0
    for x0, x1 in segments:
        for left, right in zip(bounds, bounds[1:], strict=False):
            if left + dx - _SLACK <= x0 and x1 <= right + dx + _SLACK:
                count += 1
                break
    return count
