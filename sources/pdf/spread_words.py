"""Words spread across their cell, letter by letter: closed up again.

Writer's « Développer un mot isolé » (``style:justify-single-word``) with a justified last line
stretches a line holding one word to its cell's full width by widening the gap after each of
its glyphs: « 2019 » printed « 2 0 1 9 », « GACdG » « G A C d G », « Circulaire » in pieces
(« Ci rcu lai r e ») where some gaps fall under the word grouping's tolerance and some over.
Unlike a style's letter spacing (:mod:`sources.pdf.tracking`, one spacing for a whole line),
each such word has its own spacing, next to ordinary words on the same baseline in other cells.

Such a word tells itself by its glyphs: at least three of them one after another, no blank
between any two, every gap wider than kerning leaves (a tenth of the size) and all the gaps
alike to a third of a point, the run neither the tail nor the head of a plain word — ordinary
text has no gap between a word's glyphs, two words a blank (PDFium drops the blank but keeps
the word's glyphs tight), and cells of a ruleless table unequal gaps (glyphs of unequal widths
on an even pitch). A drawn rule or a fill's edge between two glyphs parts them (cells of a grid
of one character each), and a run of one repeated character (ticks, crosses in a calendar) is
no word. A short word (« de », « TVB. ») spread over a wide cell may have only two glyphs or
gaps several times its size: it is one word too when it fills its cell alone, its first glyph
at the cell's left rule and its last at the right one (a cell's padding away).
"""

from __future__ import annotations

from statistics import median
from typing import Any

_MIN_SHARE = 0.1  # of the size: a narrower glyph gap is kerning, no spread
_MAX_SHARE = 4.0  # of the size: a wider one is cells or columns apart (unless cell-filling)
_ALIKE = 0.35  # pt: the gaps of one spread word differ by no more than this
_MIN_GLYPHS = 3  # a spread word has at least this many glyphs (two gaps to compare)
_PADDING = 0.6  # of the size: a cell-filling word's ends are this close to the cell's rules
_LEVEL = 1.0  # pt: glyphs this close in top stand on one line

_Run = tuple[float, float, float, float]  # top, size, x0, x1
_Wall = tuple[float, float, float]  # x, top, bottom of a drawn vertical rule or fill side


def close_spread_words(page: Any) -> None:
    """Close up, in place, the gaps of ``page``'s spread words (module docstring): each
    glyph's box is widened to the next glyph's start, so words and cell texts read them whole
    where they stand (a right-aligned figure keeps its right edge)."""
    chars = page.chars
    runs = spread_runs(chars, vertical_edges(page))
    for top, size, x0, x1 in runs:
        glyphs = sorted(
            (
                c
                for c in chars
                if abs(float(c["top"]) - top) <= _LEVEL
                and round(float(c.get("size") or 0.0), 1) == size
                and float(c["x0"]) >= x0 - 0.01
                and float(c["x1"]) <= x1 + 0.01
                and not c["text"].isspace()
            ),
            key=lambda c: float(c["x0"]),
        )
        for left, right in zip(glyphs, glyphs[1:], strict=False):
            left["x1"] = float(right["x0"])
            left["width"] = left["x1"] - float(left["x0"])
            if "adv" in left:
                left["adv"] = left["width"]


def vertical_edges(page: Any) -> list[_Wall]:
    """Drawn vertical rules and fills' sides of ``page``."""
    out: list[_Wall] = []
    for line in getattr(page, "lines", ()) or ():
        if abs(float(line["x0"]) - float(line["x1"])) < 1.0:
            out.append((float(line["x0"]), float(line["top"]), float(line["bottom"])))
    for rect in getattr(page, "rects", ()) or ():
        x0, x1 = float(rect["x0"]), float(rect["x1"])
        top, bottom = float(rect["top"]), float(rect["bottom"])
        out.append((x0, top, bottom))
        if x1 - x0 >= 1.0:
            out.append((x1, top, bottom))
    return out


def spread_runs(chars: list[dict[str, Any]], walls: list[_Wall]) -> list[_Run]:
    """The spread words of ``chars``: (top, size, x0, x1) of each run of glyphs."""
    lines: dict[tuple[int, float], list[dict[str, Any]]] = {}
    for c in chars:
        if c.get("upright", True):
            size = round(float(c.get("size") or 0.0), 1)
            if size > 0:
                lines.setdefault((round(float(c["top"])), size), []).append(c)
    runs: list[_Run] = []
    for (_, size), group in lines.items():
        group.sort(key=lambda c: float(c["x0"]))
        mid = median((float(c["top"]) + float(c["bottom"])) / 2 for c in group)
        across = sorted(x for x, top, bottom in walls if top - 0.5 <= mid <= bottom + 0.5)
        # the line's glyphs and the gap after each: None where a blank or a rule parts two
        # glyphs (or the line ends), a number of points otherwise
        glyphs: list[dict[str, Any]] = []
        gaps: list[float | None] = []
        for c in group:
            if c["text"].isspace():
                if gaps:
                    gaps[-1] = None
                continue
            if glyphs and gaps[-1] is not None:
                left = float(glyphs[-1]["x1"])
                walled = any(left - 0.2 < x < float(c["x0"]) + 0.2 for x in across)
                gaps[-1] = None if walled else float(c["x0"]) - left
            glyphs.append(c)
            gaps.append(0.0)
        if gaps:
            gaps[-1] = None
        runs += _line_runs(glyphs, gaps, size, across)
    return runs


def _line_runs(
    glyphs: list[dict[str, Any]], gaps: list[float | None], size: float, across: list[float]
) -> list[_Run]:
    """Maximal runs of alike spread gaps on one line, each bounded on both sides by a blank, a
    rule, the line's end or a gap no kerning leaves (not the tail or head of a plain word)."""
    low, high = _MIN_SHARE * size, _MAX_SHARE * size
    out: list[_Run] = []
    start = 0
    while start < len(gaps):
        gap = gaps[start]
        if gap is None or gap < low:
            start += 1
            continue
        alike = [gap]
        end = start  # gaps[start..end] alike
        while end + 1 < len(gaps):
            nxt = gaps[end + 1]
            if nxt is None or nxt < low or abs(nxt - median(alike)) > _ALIKE:
                break
            alike.append(nxt)
            end += 1
        run = glyphs[start : end + 2]
        before = gaps[start - 1] if start > 0 else None
        after = gaps[end + 1]
        bounded = (before is None or before >= low) and (after is None or after >= low)
        if bounded and len({c["text"] for c in run}) >= 2:
            filling = before is None and after is None and _fills_cell(run, size, across)
            if filling or (len(run) >= _MIN_GLYPHS and max(alike) <= high):
                top = min(float(c["top"]) for c in run)
                out.append((top, size, float(run[0]["x0"]), float(run[-1]["x1"])))
        start = end + 1
    return out


def _fills_cell(run: list[dict[str, Any]], size: float, across: list[float]) -> bool:
    """Do ``run``'s ends stand a padding from the rules on either side?"""
    x0, x1 = float(run[0]["x0"]), float(run[-1]["x1"])
    left = [x for x in across if x <= x0 + 0.2]
    right = [x for x in across if x >= x1 - 0.2]
    return bool(
        left and right and x0 - max(left) <= _PADDING * size and min(right) - x1 <= _PADDING * size
    )
