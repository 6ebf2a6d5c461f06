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
_CASE_GAP = 0.12  # of the size: a small letter then a capital this far apart: a break


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
    gaps = [b["x0"] - a["x1"] for a, b in zip(glyphs, glyphs[1:], strict=False)]
    for k in range(1, len(glyphs)):
        before, glyph = glyphs[k - 1], glyphs[k]
        size = float(glyph.get("size") or (glyph["bottom"] - glyph["top"]))
        gap = gaps[k - 1]
        if gap > max(_MIN, _GAP * size) or _case_break(before, glyph, k - 1, size, gaps):
            pieces.append(_piece(word, glyphs[begin:k]))
            begin = k
    if not pieces:
        return [word]
    pieces.append(_piece(word, glyphs[begin:]))
    return pieces


def _case_break(
    before: dict[str, Any], glyph: dict[str, Any], at: int, size: float, gaps: list[float]
) -> bool:
    """A narrower gap still breaks a word where a capital follows a small letter (« à » then
    « Porteur » on a tab stop set by eye 1.5 pt further: « àPorteur »): over an eighth of the
    size, and wider by a tenth of the size than every other gap of the word (letter-spaced
    text spreads all its glyphs alike; kerning moves them hundredths of a point)."""
    if not (before["text"][-1:].islower() and glyph["text"][:1].isupper()):
        return False
    gap = gaps[at]
    if gap <= max(_MIN, _CASE_GAP * size):
        return False
    return all(g + 0.1 * size < gap for n, g in enumerate(gaps) if n != at)


def _piece(word: dict[str, Any], glyphs: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        **word,
        "text": "".join(c["text"] for c in glyphs),
        "x0": float(glyphs[0]["x0"]),
        "x1": float(glyphs[-1]["x1"]),
    }
