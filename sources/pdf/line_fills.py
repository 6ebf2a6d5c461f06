"""Fills HUGGING ONE LINE OF TEXT: a highlight, not a cell.

A theme that sets a cell's value in a ``<mark>`` (a « pill » behind the text) with
``box-decoration-break: clone`` prints a filled box — often rounded — behind EVERY LINE the
value wraps onto, each as wide as that line's text plus the mark's padding, the boxes of one
cell apart by the line spacing. Their edges are no row's: the table finder would cut a step's
row at every line of its cells. A cell's own fill spans its cell (and meets its neighbours'
fills or rules); a highlight stands alone, a line of glyphs inside it from near its left to
near its right side — or beside the next one on its line, the text running on from one into
the other across a printed space (an editor's author colours, Etherpad's: a box behind each
author's run of words and its space) or overflowing into it.

:func:`line_fills` finds them for the grid finder to look past (they stay on the page for
every other reader: a tag chip or a badge is read by its shape).

So are UNDERLINES DRAWN AS FILLS: a design system's link underlined by a background
gradient 1 px high at the foot of each of its lines (« fr-link »: ``background-image:
linear-gradient(…)``, ``background-size: 100% 1px``), printed as a thin pattern-filled box
per line, through the line's descenders, whose box may run past its cell (the browser clips
it to the line; the box is the gradient's). A row's border is drawn in a plain colour and
clear of its cells' text; an underline runs along a line of glyphs it touches.

A fill that meets another only ACROSS A DRAWN RULE is in another cell than that fill: a word
processor's highlighter (Word's « surbrillance », ``w:highlight``) prints its box the height of
the line, so the box of a figure opening a grid's first body row stands a fraction of a point
under the row's rule, the header row's grey fill as close on the rule's other side. The rule
parts the two cells; the highlight, clear of its cell's sides, is still a highlight (its
bottom edge would cut the row after its first line).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

_HUG = 0.7  # of the text's size: a highlight's padding either side at most
_LINES = 1.9  # of the text's size: a highlight's height at most (one line)
_NEAR = 0.8  # pt: a fill this close to another fill meets it (cells of one grid)
_STROKE = 1.5  # pt: the thickest line or box still drawn as a rule between two fills


def line_fills(page: Any) -> list[dict[str, Any]]:
    """The page's filled, unstroked rectangles and paths that each hug one line of text and
    touch no other fill (module doc)."""
    fills = [
        o
        for o in [*getattr(page, "rects", ()), *getattr(page, "curves", ())]
        if o.get("fill") and not o.get("stroke") and o["x1"] - o["x0"] > 2.0
    ]
    if len(fills) < 2:
        return []
    chars = sorted(
        (c for c in getattr(page, "chars", ()) if str(c.get("text", "")).strip()),
        key=lambda c: (c["top"] + c["bottom"]) / 2,
    )
    middles = [(c["top"] + c["bottom"]) / 2 for c in chars]
    blanks = [
        ((c["top"] + c["bottom"]) / 2, c["x0"], c["x1"])
        for c in getattr(page, "chars", ())
        if c.get("text") == " "
    ]
    out: list[dict[str, Any]] = []
    ink: dict[int, tuple[float, float, float]] = {}  # a hugging fill's glyphs: left, right, size
    for shape in fills:
        x0, top, x1, bottom = shape["x0"], shape["top"], shape["x1"], shape["bottom"]
        inside = [
            c
            for c in chars[bisect_left(middles, top) : bisect_right(middles, bottom)]
            if x0 <= (c["x0"] + c["x1"]) / 2 <= x1
        ]
        if not inside:
            continue
        size = max(float(c.get("size") or 0.0) for c in inside)
        if size <= 0 or bottom - top > _LINES * size:
            continue
        if max(c["top"] for c in inside) - min(c["top"] for c in inside) > 0.5 * size:
            continue  # two lines: a cell
        left, right = min(c["x0"] for c in inside), max(c["x1"] for c in inside)
        if left - x0 > _HUG * size or x1 - right > _HUG * size:
            continue  # wider than its text: a cell's fill
        out.append(shape)
        ink[id(shape)] = (left, right, size)
    # fills of one grid's cells meet one another; the highlights of a value's lines set
    # solid (a highlighter's band as tall as the line) meet only one another, one above the
    # other (cells meet side by side too), or side by side where the line's text runs on from
    # one into the other, a word's space apart (an editor's author colours: a box a run of
    # words, the next author's box from the next word on; cells' text keeps their paddings
    # apart)
    strokes = _strokes(page)
    out = [
        shape
        for shape in out
        if not any(
            o is not shape
            and _meets(shape, o)
            and not _parted(shape, o, strokes)
            and (
                id(o) not in ink
                or (
                    _side_by_side(shape, o)
                    and not _runs_on(
                        ink[id(shape)], ink[id(o)], (shape["top"], shape["bottom"]), blanks
                    )
                )
            )
            for o in fills
        )
    ]
    return (
        (out if len(out) >= 2 else [])
        + _pattern_underlines(fills, chars, middles)
        + _text_underlines(fills, chars, middles)
    )


_UNDER = 1.5  # pt: an underline's height at most
_PATTERN_COLOURS = {(1.0, 1.0, 1.0), (1.0,)}
_FOOT = 0.35  # of the text's size: an underline's top this far above its glyphs' feet at most


def _pattern_underlines(
    fills: list[dict[str, Any]], chars: list[dict[str, Any]], middles: list[float]
) -> list[dict[str, Any]]:
    """The thin pattern-filled boxes at the foot of a line of glyphs (module doc)."""
    out = []
    for shape in fills:
        colour = shape.get("non_stroking_color")
        if isinstance(colour, (tuple, list)) and tuple(colour) not in _PATTERN_COLOURS:
            continue  # a plain colour: a rule, never a gradient's underline (a pattern is
            # named by pdfminer; PDFium tells it as white, its default, and a white rule
            # touching dark glyphs' feet would be no rule one sees)
        top, bottom = float(shape["top"]), float(shape["bottom"])
        if bottom - top > _UNDER:
            continue
        above = [
            c
            for c in chars[bisect_left(middles, top - 12.0) : bisect_right(middles, top)]
            if shape["x0"] <= (c["x0"] + c["x1"]) / 2 <= shape["x1"]
            and float(c["bottom"]) - _FOOT * float(c.get("size") or 0.0)
            <= top
            <= float(c["bottom"]) + 0.5
        ]
        if len(above) >= 2:
            out.append(shape)
    return out


_RUN_ON = 0.4  # of the text's size: a word's space at most, between two fills' glyphs
_ABUT = 0.1  # of the text's size: glyphs this close are of one word


def _runs_on(
    a: tuple[float, float, float],
    b: tuple[float, float, float],
    band: tuple[float, float],
    blanks: list[tuple[float, float, float]],
) -> bool:
    """Does the text run on from one hugging fill into the other, side by side: a space
    printed between their glyphs, a word's space wide at most, or their glyphs abutting (a
    word the two boxes share) or running into each other (a word overflowing its cell into
    the next one's text)? Cells filled to their text keep their paddings apart, no space
    printed between them."""
    (_, a_right, size), (b_left, _, _) = sorted((a, b))
    gap = b_left - a_right
    if -_RUN_ON * size <= gap <= _ABUT * size:
        return True  # one word's glyphs either side (or running into each other)
    if not 0 <= gap <= _RUN_ON * size:
        return False
    top, bottom = band
    return any(
        top <= middle <= bottom and x0 >= a_right - 0.5 and x1 <= b_left + 0.5
        for middle, x0, x1 in blanks
    )


def _side_by_side(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Do ``a`` and ``b`` share more than half the lower one's height (one row)?"""
    shared = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    return shared > 0.5 * min(a["bottom"] - a["top"], b["bottom"] - b["top"])


def _strokes(page: Any) -> list[tuple[float, float, float, float]]:
    """(x0, top, x1, bottom) of the page's drawn rules: lines and boxes no thicker than
    :data:`_STROKE` (a fill's own edges are none)."""
    out = []
    for o in [*getattr(page, "lines", ()), *getattr(page, "rects", ())]:
        x0, top, x1, bottom = (float(o[k]) for k in ("x0", "top", "x1", "bottom"))
        if min(x1 - x0, bottom - top) <= _STROKE:
            out.append((x0, top, x1, bottom))
    return out


def _parted(
    a: dict[str, Any], b: dict[str, Any], strokes: list[tuple[float, float, float, float]]
) -> bool:
    """Does a drawn rule run in the gap between ``a`` and ``b``, one above the other, along
    the whole of ``a``'s width (two cells of a grid, module doc)? A fill clear of its cell's
    sides only: its left and right more than :data:`_NEAR` from any vertical rule's."""
    upper, lower = (a, b) if a["top"] <= b["top"] else (b, a)
    gap_top, gap_bottom = float(upper["bottom"]), float(lower["top"])
    if gap_bottom - gap_top < -_NEAR / 2:
        return False  # overlapping: no rule between them
    across = any(
        bottom - top <= _STROKE
        and gap_top - _NEAR <= (top + bottom) / 2 <= gap_bottom + _NEAR
        and x0 - _NEAR <= a["x0"]
        and a["x1"] <= x1 + _NEAR
        for x0, top, x1, bottom in strokes
    )
    if not across:
        return False
    return not any(
        x1 - x0 <= _STROKE
        and top < a["bottom"]
        and bottom > a["top"]
        and (abs((x0 + x1) / 2 - a["x0"]) <= _NEAR or abs((x0 + x1) / 2 - a["x1"]) <= _NEAR)
        for x0, top, x1, bottom in strokes
    )


def _meets(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Do ``a`` and ``b`` touch or overlap (within :data:`_NEAR`)?"""
    return (
        a["x0"] - _NEAR <= b["x1"]
        and b["x0"] - _NEAR <= a["x1"]
        and a["top"] - _NEAR <= b["bottom"]
        and b["top"] - _NEAR <= a["bottom"]
    )


_THICK = 2.6  # pt: a thick underline's height at most (« text-decoration: underline 3px »)
_THIN_RULE = 1.5  # pt: a thick underline is thicker than a cell's border
_ENDS = 1.5  # pt: an underline starts and ends with its line's ink, within this
_OFFSET = 0.6  # of the text's size: an underline's top this far under its glyphs' feet at most


def _text_underlines(
    fills: list[dict[str, Any]], chars: list[dict[str, Any]], middles: list[float]
) -> list[dict[str, Any]]:
    """Thin fills under a line of glyphs that start and end with that line's ink: a
    theme's thick underline (``text-decoration: underline 3px``, ``text-underline-offset``)
    under a wrapped step name's every line. A row's border runs from cell edge to cell edge,
    past its text by the cells' padding."""
    out = []
    for shape in fills:
        top, bottom = float(shape["top"]), float(shape["bottom"])
        if not _THIN_RULE < bottom - top <= _THICK:
            continue  # (a hairline may be a padless cell's border under its text)
        x0, x1 = float(shape["x0"]), float(shape["x1"])
        above = [
            c
            for c in chars[bisect_left(middles, top - 14.0) : bisect_right(middles, top)]
            if x0 - _ENDS <= (c["x0"] + c["x1"]) / 2 <= x1 + _ENDS
            and float(c["bottom"]) - _FOOT * float(c.get("size") or 0.0)
            <= top
            <= float(c["bottom"]) + _OFFSET * float(c.get("size") or 0.0)
        ]
        if len(above) < 3:
            continue
        left, right = min(c["x0"] for c in above), max(c["x1"] for c in above)
        if abs(left - x0) > _ENDS or abs(right - x1) > _ENDS:
            continue
        if any(
            abs(float(c["top"]) - float(above[0]["top"])) > 0.5 * float(c.get("size") or 1.0)
            for c in above
        ):
            continue  # glyphs of two lines: no one line's underline
        out.append(shape)
    return out
