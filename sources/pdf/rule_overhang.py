"""Cell text started LEFT OF ITS CELL'S RULE: tucked back into its cell.

Text pasted into a table « en conservant la mise en forme source » keeps its paragraph
style, and a report's body style may carry a negative left indent (« Retrait : Gauche
−0,3 cm », to line its text up with its tables' outer edges). In a table cell every line
then starts a few points LEFT of the cell's left rule: the rule crosses each line's first
letter. A table reader gives each glyph to the cell its centre stands in, so that first
letter goes to the cell on the left (« ancer » in the step's cell, its « L » outside the
table).

Such a letter tells itself: a glyph starting a few points left of the rule (its centre left
of it), the first of a word that goes on right of the rule with no gap (« t » then « est »,
« ( » then « financé) »), nothing of the same line within a point or two left of it (no
word of the left cell running up to the rule). On a page where three lines or more start so
over vertical rules by one offset (a style's indent, to a quarter point: two thirds of the
page's such line starts at least), the glyphs left of the
rule: each such word is pressed right of it, its glyphs in their order and its end where it
was, so cells and words read it where the writer meant it. A single crossing (a word run past
its cell's right rule, :mod:`sources.pdf.cell_overflow`) is left alone.
"""

from __future__ import annotations

from statistics import median
from typing import Any

from sources.pdf.rules import vertical_rules

_MIN_LINES = 3  # line starts crossing rules by one offset on a page, at least
_ALIKE = 0.25  # pt: their offsets differ by no more than this (one style's indent)
_SHARE = 2 / 3  # of the page's crossing line starts, at least, at that offset
_REACH = 0.6  # of the size: a line start this far left of a rule at most
_CLEAR = 1.5  # pt: nothing of the same line this close left of the crossing glyph
_LEVEL = 1.0  # pt: glyphs this close in top stand on one line


def tuck_overhangs(page: Any) -> None:
    """Move, in place, the glyphs of line starts left of their cell's rule into the cell
    (module docstring)."""
    rules = vertical_rules(page, 8)
    if not rules:
        return
    chars = [c for c in page.chars if c.get("upright", True) and c["text"].strip()]
    lines: dict[int, list[dict[str, Any]]] = {}
    for c in chars:
        lines.setdefault(round(float(c["top"])), []).append(c)
    # (offset, rule, the word's glyphs) of each line start across a rule
    found: list[tuple[float, float, list[dict[str, Any]]]] = []
    for line in lines.values():
        line.sort(key=lambda c: float(c["x0"]))
        for k, c in enumerate(line):
            hit = _crossing(c, line, k, rules)
            if hit is not None:
                found.append(hit)
    if len(found) < _MIN_LINES:
        return
    centre = median(f[0] for f in found)
    alike = [f for f in found if abs(f[0] - centre) <= _ALIKE]
    if len(alike) < _MIN_LINES or len(alike) < _SHARE * len(found):
        return  # words run across rules here and there (a sheet's text over its cells)
    for _, rule, word in alike:
        left, right = float(word[0]["x0"]), max(float(g["x1"]) for g in word)
        start = rule + 0.1
        scale = (right - start) / (right - left)
        for glyph in word:  # the word pressed right of the rule, its end where it was
            x0 = start + (float(glyph["x0"]) - left) * scale
            x1 = start + (float(glyph["x1"]) - left) * scale
            glyph["x0"], glyph["x1"], glyph["width"] = x0, x1, x1 - x0
            if "adv" in glyph:
                glyph["adv"] = x1 - x0


def _crossing(
    c: dict[str, Any], line: list[dict[str, Any]], k: int, rules: list[tuple[float, float, float]]
) -> tuple[float, float, list[dict[str, Any]]] | None:
    """(offset, rule, the word's glyphs) when ``c`` starts a line's word across a vertical
    rule a few points right of it, else None."""
    x0, x1 = float(c["x0"]), float(c["x1"])
    size = float(c.get("size") or 0.0)
    mid_y = (float(c["top"]) + float(c["bottom"])) / 2
    rule = next(
        (
            x
            for x, top, bottom in rules
            if x0 < x <= x0 + _REACH * size
            and top - 0.5 <= mid_y <= bottom + 0.5
            and (x0 + x1) / 2 < x
        ),
        None,
    )
    if rule is None:
        return None
    if k and float(line[k - 1]["x1"]) > x0 - _CLEAR:
        return None  # the line's text runs up to the rule from the left
    word = [c]
    j = k + 1
    while (
        j < len(line)
        and float(line[j]["x0"]) - float(word[-1]["x1"]) <= 0.5
        and abs(float(line[j]["top"]) - float(c["top"])) <= _LEVEL
    ):
        word.append(line[j])
        j += 1
    if max(float(g["x1"]) for g in word) < rule + 0.5:
        return None  # a word ending before the rule: the left cell's
    return rule - x0, rule, word
