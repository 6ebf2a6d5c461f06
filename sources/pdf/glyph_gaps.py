"""Words glued across a gap no space glyph fills: two cells' texts read as one word.

A spreadsheet printed small (Calc's « fit to page width » scales 9 pt text to 5 pt) sets
adjacent cells' texts a point apart, no space character between them: the word grouping
(its tolerance in points, not in ems) glues « 2019 » and « 18000 » into « 201918000 ». Inside
a word a producer sets glyphs edge to edge (kerning moves them a few hundredths of a point);
a gap wider than :data:`_GAP` of the glyphs' size is a break between words, as PDFium's text
engine reads it. Letter-spaced words cut this way are joined again afterwards
(:mod:`sources.pdf.tracking`).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

_GAP = 0.2  # of the font size: a wider blank between two glyphs of a word breaks it
_MIN = 0.6  # pt: never a break under this (rounding in tiny text)


def split_wide_gaps(
    words: list[dict[str, Any]], chars: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """``words`` with each word cut where two of its glyphs stand apart (module doc)."""
    rows: dict[float, list[dict[str, Any]]] = {}
    for char in chars:
        if char.get("upright", True) and not char["text"].isspace():
            rows.setdefault(round(float(char["top"]), 1), []).append(char)
    starts: dict[float, list[float]] = {}
    for key, row in rows.items():
        row.sort(key=lambda c: c["x0"])
        starts[key] = [c["x0"] for c in row]
    out: list[dict[str, Any]] = []
    for word in words:
        key = round(float(word["top"]), 1)
        row = rows.get(key)
        if row is None or len(word["text"]) < 2:
            out.append(word)
            continue
        i = bisect_left(starts[key], word["x0"] - 0.05)
        glyphs: list[dict[str, Any]] = []
        while i < len(row) and row[i]["x0"] < word["x1"] - 0.05:
            glyphs.append(row[i])
            i += 1
        if "".join(c["text"] for c in glyphs) != word["text"]:
            out.append(word)
            continue
        out.extend(_cut(word, glyphs))
    return out


def _cut(word: dict[str, Any], glyphs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    pieces: list[dict[str, Any]] = []
    begin = 0
    for k in range(1, len(glyphs)):
        before, glyph = glyphs[k - 1], glyphs[k]
        size = float(glyph.get("size") or (glyph["bottom"] - glyph["top"]))
        gap = glyph["x0"] - before["x1"]
        if gap > max(_MIN, _GAP * size):
            pieces.append(_piece(word, glyphs[begin:k]))
            begin = k
    if not pieces:
        return [word]
    pieces.append(_piece(word, glyphs[begin:]))
    return pieces


def _piece(word: dict[str, Any], glyphs: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        **word,
        "text": "".join(c["text"] for c in glyphs),
        "x0": float(glyphs[0]["x0"]),
        "x1": float(glyphs[-1]["x1"]),
    }
