"""Blocks of text TILTED a few degrees (« post-it » notes turned by ``transform: rotate(2deg)``),
set straight.

An intranet theme's « mur de post-it » turns each note by a degree or two, one way or the
other, its text with it: over a note 150 pt wide a 2° turn lifts a line's end by 5 pt, half a
line, so grouping glyphs by height mixes a line's end with the next line's start, and two
notes of one row turned opposite ways interleave their lines.

Such glyphs tell themselves by their text matrix: turned between a fifth of a degree and ten
degrees (more is a slanted header, :mod:`sources.pdf.slanted`, or a watermark). Consecutive
glyphs of one turn make runs; runs of one turn that touch make a block (a note); each block's
glyphs are turned back about the block's centre — every glyph set upright at its turned-back
place, as wide as its advance and as tall as it was before the turn — so the note's lines are
lines again, where the note stands.
"""

from __future__ import annotations

import math
from typing import Any

_MIN_TURN = 0.2  # degrees: a glyph turned less is upright
_MAX_TURN = 10.0  # degrees: a glyph turned more is no tilted note's
_NEAR = 10.0  # pt: runs of one turn this close belong to one block (notes stand further apart)
_MIN_CHARS = 20  # glyphs a block holds at least


def _turn(char: dict[str, Any]) -> float | None:
    matrix = char.get("matrix")
    if not matrix or len(matrix) != 6:
        return None
    a, b, c, d = (float(v) for v in matrix[:4])
    if a <= 0 or d <= 0 or abs(b + c) > 1e-3 * max(abs(a), 1e-9):
        return None  # mirrored, skewed or a quarter turn
    angle = math.degrees(math.atan2(b, a))
    return round(angle, 1) if _MIN_TURN <= abs(angle) <= _MAX_TURN else None


def _box(chars: list[dict[str, Any]]) -> list[float]:
    return [
        min(float(c["x0"]) for c in chars),
        min(float(c["top"]) for c in chars),
        max(float(c["x1"]) for c in chars),
        max(float(c["bottom"]) for c in chars),
    ]


def _touch(a: list[float], b: list[float]) -> bool:
    return (
        a[0] - _NEAR <= b[2]
        and b[0] - _NEAR <= a[2]
        and a[1] - _NEAR <= b[3]
        and b[1] - _NEAR <= a[3]
    )


def _blocks(chars: list[dict[str, Any]]) -> list[tuple[float, list[dict[str, Any]]]]:
    """(turn, glyphs) of each block of tilted glyphs."""
    runs: list[tuple[float, list[dict[str, Any]]]] = []
    for char in chars:
        turn = _turn(char)
        if turn is None:
            continue
        if runs and runs[-1][0] == turn and _touch(_box(runs[-1][1][-1:]), _box([char])):
            runs[-1][1].append(char)
        else:
            runs.append((turn, [char]))
    blocks: list[tuple[float, list[dict[str, Any]], list[float]]] = []
    for turn, run in runs:
        box = _box(run)
        merged = [b for b in blocks if b[0] == turn and _touch(b[2], box)]
        for block in merged:
            blocks.remove(block)
            run = block[1] + run
            box = [min(box[0], block[2][0]), min(box[1], block[2][1])] + [
                max(box[2], block[2][2]),
                max(box[3], block[2][3]),
            ]
        blocks.append((turn, run, box))
    return [(turn, run) for turn, run, _ in blocks if len(run) >= _MIN_CHARS]


def straighten(char: dict[str, Any], turn: float, centre: tuple[float, float]) -> None:
    """Set one glyph upright at its place turned back by ``turn`` degrees about ``centre``
    (top-down coordinates), in place: its origin turned back, its box as the font gives
    it upright (pdfminer's box holds the turned glyph's four corners, which tell its
    descent and height)."""
    rad = math.radians(turn)
    cos, sin = math.cos(rad), math.sin(rad)
    a, b, _, _, e, f = (float(v) for v in char["matrix"])
    scale = math.hypot(a, b)
    height_page = float(char["top"]) + float(char["y1"])  # pdfplumber: top = H - y1
    width = float(char.get("adv") or 0.0) * scale
    if width <= 0:
        width = float(char["x1"]) - float(char["x0"])
    # the box holds the turned glyph's four corners: the lowest is the lower-left one when
    # it turns counter-clockwise (``sin`` > 0), the lower-right one when clockwise
    low, high = float(char["y0"]) - f, float(char["y1"]) - f
    if sin >= 0:
        descent = low / cos
        tall = (high - width * sin) / cos - descent
    else:
        descent = (low - width * sin) / cos
        tall = high / cos - descent
    cx, cy = centre[0], height_page - centre[1]
    x, y = e - cx, f - cy
    ox, oy = cx + x * cos + y * sin, cy - x * sin + y * cos  # the origin turned back
    shift = (height_page - (oy + descent + tall)) - float(char["top"])
    char["x0"], char["x1"] = ox, ox + width
    char["y0"], char["y1"] = oy + descent, oy + descent + tall
    char["top"], char["bottom"] = height_page - char["y1"], height_page - char["y0"]
    if "doctop" in char:
        char["doctop"] = float(char["doctop"]) + shift
    char["width"], char["height"] = width, tall
    char["size"] = tall
    char["upright"] = True
    char["matrix"] = (scale, 0.0, 0.0, scale, ox, oy)


def straighten_tilted(page: Any) -> Any:
    """The page with its blocks of slightly turned glyphs set straight (module docstring),
    in place; pages without any are left untouched."""
    chars = getattr(page, "chars", None)
    if not chars:
        return page
    for turn, block in _blocks(chars):
        box = _box(block)
        centre = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
        for char in block:
            straighten(char, turn, centre)
    return page
