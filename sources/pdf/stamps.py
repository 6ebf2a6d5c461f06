"""A STAMP laid over the text (« FICHE VALIDÉE — Comité de pilotage du 14/10/2021 »): its words
set aside, the text under it kept.

A service circulates its fiches after a committee with a stamp drawn in the word processor —
a rounded box with no fill and a coloured outline, its words in the outline's colour, laid « in
front of the text » over a fields table. Printed, the stamp's words lie among the value's
words beneath them and are read into them (« d'économie Comitécirculaire de pilotage … »).

A stamp is an outlined box (a rectangle or a closed curve: a stroke at least 1 pt wide in a
COLOUR — not black nor grey —, NO FILL, at most six tenths of the page wide and three tenths
high) whose inside holds characters in its outline's colour AND characters of another colour
(the text it lies over), one of its own glyphs printed over one of theirs. Its own characters
are set aside; the others are the document's. A coloured frame around its own caption, a
tile's coloured figure over its black caption, overlap no other text and stay.
"""

from __future__ import annotations

from typing import Any

from sources.pdf.watermark import without_objects

_STROKE = 1.0  # pt: the least outline width of a stamp
_CHROMA = 0.3  # a colour's channels at least this far apart: no black nor grey
_TONE = 0.06  # channels this close: the outline's colour
_WIDE, _HIGH = 0.6, 0.3  # of the page: a stamp's largest size


def _rgb(colour: Any) -> tuple[float, ...] | None:
    if not isinstance(colour, list | tuple) or len(colour) != 3:
        return None
    if not all(isinstance(c, int | float) for c in colour):
        return None
    return tuple(float(c) for c in colour)


def _outlines(page: Any) -> list[tuple[tuple[float, float, float, float], tuple[float, ...]]]:
    """Boxes and colours of the page's coloured, unfilled outlines of a stamp's size."""
    width, height = float(page.width), float(page.height)
    out = []
    for obj in [*page.curves, *page.rects]:
        if obj.get("fill") or not obj.get("stroke", True):
            continue
        if float(obj.get("linewidth") or 0.0) < _STROKE:
            continue
        colour = _rgb(obj.get("stroking_color"))
        if colour is None or max(colour) - min(colour) < _CHROMA:
            continue
        x0, top, x1, bottom = (float(obj[k]) for k in ("x0", "top", "x1", "bottom"))
        if x1 - x0 > _WIDE * width or bottom - top > _HIGH * height or x1 - x0 < 5:
            continue
        out.append(((x0, top, x1, bottom), colour))
    return out


def stamp_chars(page: Any) -> set[int]:
    """``id`` of the characters of the stamps laid over the page's text (see the module)."""
    outlines = _outlines(page)
    if not outlines:
        return set()
    drop: set[int] = set()
    for (x0, top, x1, bottom), colour in outlines:
        own: list[dict[str, Any]] = []
        beneath: list[dict[str, Any]] = []
        for c in page.chars:
            if not str(c.get("text", "")).strip():
                continue
            cx = (float(c["x0"]) + float(c["x1"])) / 2
            cy = (float(c["top"]) + float(c["bottom"])) / 2
            if not (x0 < cx < x1 and top < cy < bottom):
                continue
            tone = _rgb(c.get("non_stroking_color"))
            if tone is not None and all(
                abs(a - b) <= _TONE for a, b in zip(tone, colour, strict=True)
            ):
                own.append(c)
            else:
                beneath.append(c)
        if own and beneath and _printed_over(own, beneath):
            drop.update(id(c) for c in own)
    return drop


def _printed_over(own: list[dict[str, Any]], beneath: list[dict[str, Any]]) -> bool:
    """Does one of the box's own glyphs overlap a glyph of the text beneath (a stamp laid over
    a value; a tile's coloured figure and its black caption stand apart)?"""
    for a in own:
        ax0, ax1, at, ab = (float(a[k]) for k in ("x0", "x1", "top", "bottom"))
        for b in beneath:
            if (
                ax0 < float(b["x1"]) - 0.5
                and float(b["x0"]) + 0.5 < ax1
                and at < float(b["bottom"]) - 0.5
                and float(b["top"]) + 0.5 < ab
            ):
                return True
    return False


def without_stamps(page: Any) -> Any:
    """The page without the characters of stamps laid over its text."""
    return without_objects(page, stamp_chars(page))
