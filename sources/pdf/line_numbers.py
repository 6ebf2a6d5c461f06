"""Line numbers printed in the left margin: page furniture, like a running header.

A draft put to consultation or a deliberation's annex is often printed with the word
processor's line numbering on (Writer « Numérotation des lignes », Word « Numéros de
ligne »): a narrow column of integers left of the text block, right-aligned, smaller or
lighter than the text, each on the baseline of the line it counts, counting down the page
(restarting on each page or running on). Read as text, a number is a line of its own
between a heading's two lines (the title is cut) or a first word glued to the line.

The column is told by its geometry and typography, never by its values alone: every
number lies left of every other word of the page, with a gap; the numbers share their right
edge and size, go up by one step down the page, and are set smaller, lighter or in another
typeface than the page's text. A step number in a table's « N° » column has the cell text's size and colour;
a list number or a fiche code (« 1. », « 1.1.2 ») is no bare integer; a chart's axis counts
down the page: none of them is taken.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from statistics import median
from typing import Any

_INTEGER_RE = re.compile(r"\d{1,4}")
_GAP = 3.0  # pt: least white between the column and the text block
_ALIGNED = 1.0  # pt: right edges of one column
_SMALL = 0.85  # a number's size at most this share of the page's text size...
_LIGHTER = 0.2  # ...or its colour at least this much lighter (0 black, 1 white)...
_BESIDE = 0.75  # share of a column's numbers standing beside a text line (empty lines count)
_RARE_FONT = 0.05  # ...or its typeface that of at most this share of the page's other glyphs


@dataclass
class MarginColumn:
    """A line-number column found on an earlier page: its right edge and size, so that a
    page numbering a single line (a heading over a table) is read alike."""

    right: float
    size: float


def margin_numbers(
    words: list[dict[str, Any]], chars: list[dict[str, Any]], seen: MarginColumn | None = None
) -> tuple[set[int], MarginColumn | None]:
    """Indices of the ``words`` (a page's) that are line numbers in its left margin, and the
    column they make (else ``seen``). ``chars`` (the page's) give the colours."""
    numbers = [i for i, w in enumerate(words) if _INTEGER_RE.fullmatch(str(w["text"]))]
    if not numbers:
        return set(), seen
    text = [w for w in words if not _INTEGER_RE.fullmatch(str(w["text"]))]
    if not text:
        return set(), seen
    left = min(float(w["x0"]) for w in text)
    body_size = median(_size(w) for w in text)
    margin = sorted(
        (i for i in numbers if float(words[i]["x1"]) <= left - _GAP),
        key=lambda i: float(words[i]["x1"]),
    )
    found: set[int] = set()
    column = seen
    for run in _by_size(_aligned(margin, words), words):
        sizes = [_size(words[i]) for i in run]
        right = float(words[run[0]]["x1"])
        known = (
            seen is not None
            and abs(seen.right - right) <= _ALIGNED
            and abs(seen.size - sizes[0]) <= 0.5
        )
        if not (_counts_down([int(words[i]["text"]) for i in run]) and (len(run) >= 2 or known)):
            continue
        beside = sum(_beside_text(words[i], text) for i in run)
        if beside < len(run) and (beside < _BESIDE * len(run) or beside < 3):
            continue  # an empty paragraph is numbered too, but most numbers count text lines
        marked = [words[i] for i in run]
        if not (
            sizes[0] <= _SMALL * body_size or _lighter(marked, chars) or _other_font(marked, chars)
        ):
            continue
        found.update(run)
        column = MarginColumn(right, sizes[0])
    return found, column


def _aligned(indices: list[int], words: list[dict[str, Any]]) -> list[list[int]]:
    """``indices`` (sorted by right edge) grouped by a shared right edge."""
    groups: list[list[int]] = []
    for i in indices:
        if groups and float(words[i]["x1"]) - float(words[groups[-1][0]]["x1"]) <= _ALIGNED:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _by_size(groups: list[list[int]], words: list[dict[str, Any]]) -> list[list[int]]:
    """Each group (one right edge) split by type size, each part top to bottom: a running
    header's own number set smaller above the column is no line of it."""
    parts: list[list[int]] = []
    for group in groups:
        sizes: dict[float, list[int]] = {}
        for i in group:
            size = _size(words[i])
            key = next((k for k in sizes if abs(k - size) <= 0.5), size)
            sizes.setdefault(key, []).append(i)
        parts.extend(sorted(run, key=lambda i: float(words[i]["top"])) for run in sizes.values())
    return parts


def _counts_down(values: list[int]) -> bool:
    """Values (top to bottom) going up by one same step (1, or every 5th line: 5, 10...)."""
    if len(values) < 2:
        return True
    step = values[1] - values[0]
    return step >= 1 and all(b - a == step for a, b in zip(values, values[1:], strict=False))


def _beside_text(number: dict[str, Any], text: list[dict[str, Any]]) -> bool:
    """A word of the text block stands on the number's baseline (the line it counts)."""
    bottom = float(number["bottom"])
    tolerance = max(1.5, 0.3 * _size(number))
    return any(abs(float(w["bottom"]) - bottom) <= tolerance for w in text)


def _boxes(words: list[dict[str, Any]]) -> list[tuple[float, float, float, float]]:
    """Each word's box (x0, x1, top, bottom), half a point wider all round."""
    return [
        (
            float(w["x0"]) - 0.5,
            float(w["x1"]) + 0.5,
            float(w["top"]) - 0.5,
            float(w["bottom"]) + 0.5,
        )
        for w in words
    ]


def _lighter(numbers: list[dict[str, Any]], chars: list[dict[str, Any]]) -> bool:
    """Are the numbers' glyphs lighter than most of the page's glyphs (grey on black)?"""
    boxes = _boxes(numbers)
    mine: list[float] = []
    others: Counter[float] = Counter()
    for char in chars:
        if not str(char.get("text", "")).strip():
            continue
        value = _lightness(char.get("non_stroking_color"))
        if value is None:
            continue
        x, top = float(char["x0"]), float(char["top"])
        if any(x0 <= x <= x1 and t <= top <= b for x0, x1, t, b in boxes):
            mine.append(value)
        else:
            others[round(value, 2)] += 1
    if not mine or not others:
        return False
    body = others.most_common(1)[0][0]
    return min(mine) >= body + _LIGHTER


def _other_font(numbers: list[dict[str, Any]], chars: list[dict[str, Any]]) -> bool:
    """Are the numbers set in a typeface the page's text hardly uses (Word's « Numéros de
    ligne » style in a serif beside a sans-serif text)? A table's « N° » column shares the
    cells' typeface."""
    boxes = _boxes(numbers)
    mine: set[str] = set()
    others: Counter[str] = Counter()
    for char in chars:
        if not str(char.get("text", "")).strip():
            continue
        font = _family(str(char.get("fontname", "")))
        x, top = float(char["x0"]), float(char["top"])
        if any(x0 <= x <= x1 and t <= top <= b for x0, x1, t, b in boxes):
            mine.add(font)
        else:
            others[font] += 1
    total = sum(others.values())
    if not mine or not total:
        return False
    return sum(others[font] for font in mine) <= _RARE_FONT * total


def _family(fontname: str) -> str:
    """A glyph's typeface without its subset tag and weight (« BAAAAA+LiberationSans-Bold »
    → « liberationsans »)."""
    name = fontname.split("+", 1)[-1].lower()
    for cut in ("-", ","):
        name = name.split(cut, 1)[0]
    for weight in ("bolditalic", "bold", "italic", "oblique", "regular", "mt", "ps"):
        name = name.removesuffix(weight)
    return name


def _lightness(color: Any) -> float | None:
    """0 (black) to 1 (white) for a gray, RGB or CMYK fill colour; None when unknown."""
    if isinstance(color, int | float):
        color = (color,)
    if not isinstance(color, list | tuple) or not all(isinstance(c, int | float) for c in color):
        return None
    values = [float(c) for c in color]
    if len(values) == 1:
        return values[0]
    if len(values) == 3:
        r, g, b = values
        return 0.299 * r + 0.587 * g + 0.114 * b
    if len(values) == 4:
        c, m, y, k = values
        return (1 - k) * (1 - (0.299 * c + 0.587 * m + 0.114 * y))
    return None


def _size(word: dict[str, Any]) -> float:
    return float(word.get("size") or 9.0)
