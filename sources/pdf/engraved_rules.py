"""A rule drawn as THREE PARALLEL STROKES (Word's 3D engraved or embossed borders, a
thin-thick-thin triple line) read as the one rule it is.

Writer prints a .docx table whose borders are ``threeDEngrave`` as three strokes in three
greys 1.7 pt apart, each cell's rules its own, the vertical triples stopping under the
horizontal ones: the grid finder snaps each triple to its middle, but an inner column's rule
then ends 3.4 pt short of the row's top rule, past the intersection tolerance, and the
header row falls apart (its middle cells opened one rule lower). Each triple is replaced by
its middle stroke, stretched over the three's extent, its ends carried to the perpendicular
triples they stop short of (the corners the three strokes' ink closes), before anything
reads the page.

A triple is :data:`STROKES` parallel straight lines, consecutive ones at most :data:`GAP`
apart and evenly spaced (within :data:`EVEN`), each overlapping the middle one over at least
half the shorter's length. Two strokes (a double rule) are left as they are.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from sources.pdf.watermark import without_objects

STROKES = 3
GAP = 2.5  # pt between two strokes of a triple, at most
EVEN = 0.3  # pt: the two gaps of a triple differ by no more
MIN_LENGTH = 4.0  # pt: shorter strokes are ticks, marks or glyph parts
_SAME_LINE = 0.3  # pt: two merged rules this close across lie on one line


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    shorter = min(a[1] - a[0], b[1] - b[0])
    return min(a[1], b[1]) - max(a[0], b[0]) >= 0.5 * shorter


def _triples(strokes: list[tuple[float, float, float, int]]) -> list[list[int]]:
    """Indexes (the fourth item of each stroke: position across, start, end, index) of each
    triple."""
    strokes = sorted(strokes)
    where = [s[0] for s in strokes]

    def after(k: int) -> list[int]:
        """Strokes 0.5 to GAP past stroke ``k``, overlapping it."""
        pos, start, end, _ = strokes[k]
        lo, hi = bisect_left(where, pos + 0.5), bisect_right(where, pos + GAP)
        return [j for j in range(lo, hi) if _overlap((start, end), strokes[j][1:3])]

    def before(k: int) -> list[int]:
        pos, start, end, _ = strokes[k]
        lo, hi = bisect_left(where, pos - GAP), bisect_right(where, pos - 0.5)
        return [j for j in range(lo, hi) if _overlap((start, end), strokes[j][1:3])]

    used: set[int] = set()
    found: list[list[int]] = []
    for k in range(len(strokes)):
        if k in used or before(k):
            continue  # a triple starts with a stroke nothing lies just before
        chain = [k]
        while len(chain) <= STROKES:
            nxt = [j for j in after(chain[-1]) if j not in used]
            if len(nxt) != 1:
                break
            chain.append(nxt[0])
        if len(chain) != STROKES or after(chain[-1]):
            continue  # two strokes, or four and more (a hatching, a ruled pattern)
        pos = [strokes[i][0] for i in chain]
        gaps = [b - a for a, b in zip(pos, pos[1:], strict=False)]
        if max(gaps) - min(gaps) > EVEN:
            continue
        used.update(chain)
        found.append([strokes[i][3] for i in chain])
    return found


def engraved_triples(lines: list[dict[str, Any]]) -> list[list[int]]:
    """Indexes in ``lines`` of each triple (see the module's doc), outer stroke first."""
    across: list[tuple[float, float, float, int]] = []
    down: list[tuple[float, float, float, int]] = []
    for i, line in enumerate(lines):
        w, h = line["x1"] - line["x0"], line["bottom"] - line["top"]
        if h < 0.1 and w >= MIN_LENGTH:
            across.append((line["top"], line["x0"], line["x1"], i))
        elif w < 0.1 and h >= MIN_LENGTH:
            down.append((line["x0"], line["top"], line["bottom"], i))
    return _triples(across) + _triples(down)


def _merge(lines: list[dict[str, Any]], triple: list[int]) -> tuple[dict[str, Any], float]:
    """The middle stroke moved over the three's extent, and the triple's depth."""
    first, middle, last = (lines[i] for i in triple)
    if middle["bottom"] - middle["top"] < 0.1:  # horizontal
        _place(middle, x0=min(lines[i]["x0"] for i in triple))
        _place(middle, x1=max(lines[i]["x1"] for i in triple))
        return middle, last["top"] - first["top"]
    _place(middle, top=min(lines[i]["top"] for i in triple))
    _place(middle, bottom=max(lines[i]["bottom"] for i in triple))
    return middle, last["x0"] - first["x0"]


def _place(line: dict[str, Any], **end: float) -> None:
    """Move one end of a straight line (``x0``/``x1`` across, ``top``/``bottom`` down)."""
    line.update(end)
    if "top" in end or "bottom" in end:
        height = line["bottom"] - line["top"]
        line["height"] = height
        line["y1"] = line["y0"] + height if "top" in end else line["y1"]
        if "bottom" in end:
            line["y0"] = line["y1"] - height
        if "top" in end:
            line["doctop"] = line["top"]
        line["pts"] = [(line["x0"], line["top"]), (line["x0"], line["bottom"])]
    else:
        line["width"] = line["x1"] - line["x0"]
        line["pts"] = [(line["x0"], line["top"]), (line["x1"], line["top"])]


def _join(merged: list[tuple[dict[str, Any], float]]) -> None:
    """Carry each merged rule's ends to the perpendicular merged rule they stop short of, by
    no more than the two triples' depths: the corners the three strokes' ink closes."""
    across = [(m, d) for m, d in merged if m["bottom"] - m["top"] < 0.1]
    down = [(m, d) for m, d in merged if m["bottom"] - m["top"] >= 0.1]
    _carry(across, down, ("x0", "x1"), ("top", "bottom"))
    _carry(down, across, ("top", "bottom"), ("x0", "x1"))


def _carry(
    rules: list[tuple[dict[str, Any], float]],
    others: list[tuple[dict[str, Any], float]],
    along: tuple[str, str],
    other_along: tuple[str, str],
) -> None:
    """:func:`_join` for ``rules`` (running ``along`` their two keys) against the perpendicular
    ``others`` (running along ``other_along``)."""
    start, end = along
    for rule, depth in rules:
        at = rule[other_along[0]]  # where the rule stands across
        for other, other_depth in others:
            reach = depth + other_depth + 0.5
            if not other[other_along[0]] - reach <= at <= other[other_along[1]] + reach:
                continue
            x = other[start]  # where the perpendicular rule stands
            if 0 < rule[start] - x <= reach:
                _place(rule, **{start: x})
            elif 0 < x - rule[end] <= reach:
                _place(rule, **{end: x})


def with_engraved_rules(page: Any) -> Any:
    """``page`` with each triple-stroked rule as one line (the page itself when none)."""
    lines = page.lines
    if len(lines) < STROKES:
        return page
    triples = engraved_triples(lines)
    if not triples:
        return page
    drop: set[int] = set()
    merged = []
    for triple in triples:
        merged.append(_merge(lines, triple))
        drop.update((id(lines[triple[0]]), id(lines[triple[2]])))
    merged = _chained(merged, drop)
    _join(merged)
    return without_objects(page, drop)


def _chained(
    merged: list[tuple[dict[str, Any], float]], drop: set[int]
) -> list[tuple[dict[str, Any], float]]:
    """Merged rules on one line that overlap or touch, as one (each cell draws its own
    borders, the neighbours' overlapping by a few points): the first carried over the run,
    the others added to ``drop``."""
    kept: list[tuple[dict[str, Any], float]] = []
    for horizontal in (True, False):
        group = [(m, d) for m, d in merged if (m["bottom"] - m["top"] < 0.1) == horizontal]
        if horizontal:
            group.sort(key=lambda md: (round(md[0]["top"] / _SAME_LINE), md[0]["x0"]))
        else:
            group.sort(key=lambda md: (round(md[0]["x0"] / _SAME_LINE), md[0]["top"]))
        run: tuple[dict[str, Any], float] | None = None
        for m, d in group:
            if run is not None:
                r = run[0]
                if horizontal:
                    same = abs(m["top"] - r["top"]) <= _SAME_LINE and m["x0"] <= r["x1"] + 0.5
                else:
                    same = abs(m["x0"] - r["x0"]) <= _SAME_LINE and m["top"] <= r["bottom"] + 0.5
                if same:
                    if horizontal and m["x1"] > r["x1"]:
                        _place(r, x1=m["x1"])
                    elif not horizontal and m["bottom"] > r["bottom"]:
                        _place(r, bottom=m["bottom"])
                    drop.add(id(m))
                    run = (r, max(run[1], d))
                    kept[-1] = run
                    continue
            run = (m, d)
            kept.append(run)
    return kept
