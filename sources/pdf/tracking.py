"""Letter-spaced text: words a template's character spacing cut into letters, joined again.

Word and Writer styles may carry a character spacing (« Espacement : Étendu de 2 pt »): every
glyph's advance widened by the same amount. The glyphs of a word then stand that far apart,
about as far as the gap that separates words in ordinary text, so the word grouping cuts them
into letters and pieces (« E t a p e », « Pl an i fi cat io n »).

Such a run tells itself by its glyphs: between two glyphs with no blank between them, ordinary
text leaves about nothing (kerning moves glyphs a fraction of a point), letter-spaced text the
same positive gap everywhere. A line (one font size) whose median gap between such glyphs is
wider than a tenth of its size is letter-spaced by that gap; there, two words of the line with
no blank glyph between them and no more than that gap (plus a point) apart are one word. Words
are still cut at blanks (the spaces the producer writes) and at wider gaps (cells, columns).

Chromium prints CSS ``letter-spacing`` one glyph a text object, and PDFium's text page ends each
such object with a space of its font's width (« F I C H E »), wider than the gap: a blank after
EVERY glyph of the line, running on under the next one. On a line where six glyph gaps or more,
four in five or more, hold such a blank (a short line: its face's lines on the page), the
blanks part nothing: the spacing is measured over those gaps, only wider gaps part the words.
(An ordinary space fills its gap; a fallback font's accented letters, one a word, are a few on
a line.)
"""

from __future__ import annotations

from statistics import median
from typing import Any

_SHARE = 0.1  # of the font size: a wider median gap between glyphs is letter spacing
_SLACK = 1.0  # pt: a gap this much wider than the spacing still joins two pieces of a word
_MIN_GAPS = 3  # glyph gaps on a line needed to measure its spacing
_LEVEL = 1.0  # pt: glyphs (and words) this close in top stand on one line
_EVERY = 0.8  # share of a line's glyph gaps holding a blank: blanks after every glyph
_MIN_SPACED = 6  # such gaps on a line (or on its face's lines) needed to tell it


_WORDS_OF_ONE_LETTER = frozenset("aàyAÀY")  # French words of one letter: ordinary text


def _single_letters(words: list[dict[str, Any]]) -> int:
    return sum(
        1
        for w in words
        if len(w["text"]) == 1 and w["text"].isalpha() and w["text"] not in _WORDS_OF_ONE_LETTER
    )


def rejoin_tracked(
    words: list[dict[str, Any]], chars: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """``words`` with the pieces of letter-spaced words joined (see the module docstring).
    Pages with fewer than three one-letter words are returned as they are (ordinary text)."""
    if _single_letters(words) < 3:
        return words
    spacing, spaced = _line_spacing(chars)
    if not spacing:
        return words
    blanks: dict[int, list[tuple[float, float]]] = {}
    for c in chars:
        if c["text"].isspace():
            blanks.setdefault(round(float(c["top"])), []).append((float(c["x0"]), float(c["x1"])))
    out: list[dict[str, Any]] = []
    joined = False
    for word in sorted(words, key=lambda w: (round(float(w["top"])), float(w["x0"]))):
        last = out[-1] if out else None
        if last is not None and _joins(last, word, spacing, blanks, spaced):
            out[-1] = _merge(last, word)
            joined = True
        else:
            out.append(word)
    return out if joined else words


def _line_spacing(chars: list[dict[str, Any]]) -> tuple[dict[_Key, float], set[_Key]]:
    """(rounded top, size, font) → the letter spacing of each letter-spaced line; a line of
    too few glyph gaps to measure takes the spacing its font and size have on the page. And
    the lines with a blank after every glyph (see the module docstring)."""
    lines: dict[_Key, list[dict[str, Any]]] = {}
    for c in chars:
        if c.get("upright", True):
            lines.setdefault(_key(c), []).append(c)
    gaps_of: dict[_Key, tuple[list[float], list[float], int]] = {}
    by_face: dict[tuple[float, str], tuple[list[float], list[float], list[int]]] = {}
    for key, group in lines.items():
        group.sort(key=lambda c: float(c["x0"]))
        plain: list[float] = []  # gaps between two glyphs side by side
        under: list[float] = []  # gaps whose blank runs on under the next glyph
        filled = 0  # gaps a blank fills (an ordinary space)
        prev, blank = None, None
        for c in group:
            if c["text"].isspace():
                blank = c if prev is not None else None
                continue
            if prev is not None:
                gap = float(c["x0"]) - float(prev["x1"])
                if gap < key[1]:  # cells and columns apart: not glyph gaps
                    if blank is None:
                        plain.append(gap)
                    elif float(blank["x1"]) > float(c["x0"]) + 0.1:
                        under.append(gap)
                    else:
                        filled += 1
            prev, blank = c, None
        gaps_of[key] = (plain, under, filled)
        face = by_face.setdefault(key[1:], ([], [], [0]))
        face[0].extend(plain)
        face[1].extend(under)
        face[2][0] += filled
    out: dict[_Key, float] = {}
    spaced: set[_Key] = set()
    for key, (plain, under, filled) in gaps_of.items():
        if len(plain) + len(under) + filled < _MIN_SPACED:
            face = by_face[key[1:]]
            plain, under, filled = face[0], face[1], face[2][0]
        every = len(under) >= _MIN_SPACED and len(under) >= _EVERY * (
            len(plain) + len(under) + filled
        )
        gaps = plain + under if every else plain
        if len(gaps) < _MIN_GAPS:
            face = by_face[key[1:]]
            gaps = face[0]
        if len(gaps) >= _MIN_GAPS:
            spacing = median(gaps)
            if spacing > _SHARE * key[1]:
                out[key] = spacing
                if every:
                    spaced.add(key)
    return out, spaced


_Key = tuple[int, float, str]  # a line of one face: rounded top, size, font name


def _key(item: dict[str, Any]) -> _Key:
    size = round(float(item.get("size") or 0.0), 1)
    return round(float(item["top"])), size, str(item.get("fontname", ""))


def _joins(
    left: dict[str, Any],
    right: dict[str, Any],
    spacing: dict[_Key, float],
    blanks: dict[int, list[tuple[float, float]]],
    spaced: set[_Key],
) -> bool:
    if abs(float(left["top"]) - float(right["top"])) > _LEVEL:
        return False
    key = _key(left)
    if key[1:] != _key(right)[1:]:
        return False
    track = spacing.get(key)
    if track is None:
        return False
    gap = float(right["x0"]) - float(left["x1"])
    if not 0 <= gap <= track + _SLACK:
        return False
    if key in spaced:  # a blank after every glyph: none parts two words
        return True
    row = round(float(left["top"]))
    x0, x1 = float(left["x1"]) - 0.1, float(right["x0"]) + 0.1
    # a blank in the gap (whole, or running past it: PDFium gives a space its font's width,
    # wider than a narrow font's gap, under the next glyph) parts two words
    return not any(
        a < x1 and b > x0 and a >= x0 for r in (row - 1, row, row + 1) for a, b in blanks.get(r, ())
    )


def _merge(left: dict[str, Any], right: dict[str, Any]) -> dict[str, Any]:
    word = dict(left)
    word["text"] = left["text"] + right["text"]
    word["x1"] = right["x1"]
    word["top"] = min(float(left["top"]), float(right["top"]))
    word["bottom"] = max(float(left["bottom"]), float(right["bottom"]))
    if "width" in word:
        word["width"] = float(word["x1"]) - float(word["x0"])
    if "height" in word:
        word["height"] = float(word["bottom"]) - float(word["top"])
    if "doctop" in left and "doctop" in right:
        word["doctop"] = min(float(left["doctop"]), float(right["doctop"]))
    return word
