"""Header labels SLANTED (a spreadsheet's « Orientation du texte : 45° », Calc drawing each
header cell as a parallelogram leaning over the next column): read as upright words.

Word grouping takes glyphs by their upright boxes: a label rising at 45° comes out as
letters and pairs scattered over several lines (« E t », « a », « p », « e »). Its glyphs
tell themselves by their text matrix (turned neither upright nor a quarter turn). They are
grouped into runs along their direction (one run a printed line: the same offset across
it), each run read in order, and set down as ONE UPRIGHT WORD at its origin — the foot of
the label, at its column's left edge, on the header row's bottom line — reaching right to
just before the next label's foot, so the labels of one header row stand side by side on
one line over their columns, as a table's header does.
"""

from __future__ import annotations

import math
from typing import Any

_MIN_SLANT = 0.2  # of the matrix's scale: a glyph turned less than ~11° reads as upright
_APART = 8.0  # pt: a slanted label's word ends this far left of the next label's foot


def slant(char: dict[str, Any]) -> tuple[float, float] | None:
    """The unit direction of a glyph turned neither upright nor a quarter turn (rising to
    the right: ``b`` > 0), else None."""
    matrix = char.get("matrix")
    if not matrix:
        return None
    a, b = float(matrix[0]), float(matrix[1])
    scale = math.hypot(a, b)
    if scale <= 0 or a <= 0 or b / scale < _MIN_SLANT or a / scale < _MIN_SLANT:
        return None
    return a / scale, b / scale


def slanted_words(chars: list[dict[str, Any]], height: float) -> list[dict[str, Any]]:
    """Upright word dicts (``text``, ``x0``, ``x1``, ``top``, ``bottom``, ``size``,
    ``fontname``) for the runs of slanted glyphs of a page ``height`` tall."""
    runs: list[tuple[float, float, list[dict[str, Any]]]] = []  # (offset, dir x, glyphs)
    for char in chars:
        direction = slant(char)
        if direction is None:
            continue
        ux, uy = direction
        x, y = float(char["matrix"][4]), float(char["matrix"][5])
        offset = -uy * x + ux * y
        size = float(char.get("size") or 5.0)
        for run in runs:
            if abs(run[0] - offset) <= 0.3 * size and abs(run[1] - ux) < 0.05:
                run[2].append(char)
                break
        else:
            runs.append((offset, ux, [char]))
    words: list[dict[str, Any]] = []
    for _, ux, glyphs in runs:
        uy = math.sqrt(max(0.0, 1.0 - ux * ux))
        glyphs.sort(key=lambda c: ux * float(c["matrix"][4]) + uy * float(c["matrix"][5]))
        text = " ".join("".join(c["text"] for c in glyphs).split())
        if not text:
            continue
        first, last = glyphs[0], glyphs[-1]
        x0, base = float(first["matrix"][4]), float(first["matrix"][5])
        size = max(float(c.get("size") or 5.0) for c in glyphs)
        reach = float(last["matrix"][4]) + float(last.get("adv") or 0.0) * ux
        # the label's foot: its cell's text edge lies about one size left of the baseline's
        # start (the cell's padding and the glyphs' descent, turned)
        x0 -= size
        words.append(
            {
                "text": text,
                "x0": x0,
                "x1": max(reach, x0 + 1.0),
                "top": height - base - size,
                "bottom": height - base,
                "size": size,
                "fontname": str(first.get("fontname", "")),
                "upright": True,
            }
        )
    words.sort(key=lambda w: (round(w["bottom"]), w["x0"]))
    for word, after in zip(words, words[1:], strict=False):
        if abs(after["bottom"] - word["bottom"]) < 1.0:
            word["x1"] = max(word["x0"] + 1.0, min(word["x1"], after["x0"] - _APART))
    return words
