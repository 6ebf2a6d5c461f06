"""Drawn vertical rules between two words of a line: a cell's side, never a space.

A spreadsheet printed « fit to page » shrinks its type (a fiche template of four cells a row,
« Libellé | Valeur | Libellé | Valeur », printed at 4.8 pt): the next cell's label then stands
under three points after the value's last word, closer than any gap the line reader takes for
a cell's edge, and « … Une » + « Objectifs et résultats attendus » read as one run. A stroke
drawn between two words (a vertical line, a hairline box, a stroked box's side) parts them
however narrow the gap: text never flows across a rule (a gap wide enough for a cut of its
own is cut, or not, as before: a justified run across a frame's table kept whole). Each word standing just right of such a
stroke gets its ``x`` as ``"wall"``; the line reader cuts there when the word before ends left
of it. Fills are no walls (a highlight's or a cell background's edge runs between words of one
sentence).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

_THIN = 1.5  # pt: the widest box still drawn as a rule
_SLACK = 0.3  # pt: a glyph's side may touch the stroke


def walls(page: Any) -> list[tuple[float, float, float]]:
    """(x, top, bottom) of the page's vertical strokes: lines, hairline boxes, stroked boxes'
    sides; sorted by x."""
    out: list[tuple[float, float, float]] = []
    for line in getattr(page, "lines", []):
        if abs(float(line["x1"]) - float(line["x0"])) <= _THIN:
            out.append(
                (float(line["x0"] + line["x1"]) / 2, float(line["top"]), float(line["bottom"]))
            )
    for rect in getattr(page, "rects", []):
        x0, x1 = float(rect["x0"]), float(rect["x1"])
        top, bottom = float(rect["top"]), float(rect["bottom"])
        if x1 - x0 <= _THIN:
            out.append(((x0 + x1) / 2, top, bottom))
        elif rect.get("stroke"):
            out.extend([(x0, top, bottom), (x1, top, bottom)])
    return sorted(out)


def mark_walls(words: list[dict[str, Any]], page: Any) -> list[dict[str, Any]]:
    """``words`` with ``"wall"`` set on each word that stands right after a vertical stroke
    crossing its middle (within an em of its left side)."""
    found = walls(page)
    if not found:
        return words
    xs = [w[0] for w in found]
    out = []
    for word in words:
        x0 = float(word["x0"])
        size = float(word.get("size") or 9.0)
        mid = (float(word["top"]) + float(word["bottom"])) / 2
        lo, hi = bisect_left(xs, x0 - max(3.0, size)), bisect_right(xs, x0 + _SLACK)
        at = [x for x, top, bottom in found[lo:hi] if top <= mid <= bottom]
        out.append({**word, "wall": max(at)} if at else word)
    return out
