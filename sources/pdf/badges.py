"""HELP BADGES: a one-glyph « i », « ? » or « ! » in a small filled disc after a label.

A form or a CMS template marks its labels with a help badge — « Contexte (i) », « Porteur
(i) » — whose tooltip a printed page cannot show: a white « i » set small in a blue disc.
Read as text, the « i » joins the label (« Indicateurs i ») or opens the value beside it
(« i Entreprises »), and the label no longer names its field.

Told by drawing, never by place: the glyph is one of the badge marks, smaller than the
text around it, alone inside a filled shape about as wide as high and no more than a few
glyph sizes across, painted in another colour than the shape. The glyph and its disc are
set aside before the page is read. A digit in a pill is a figure and stays (a deck's
numbers in pills, a stepper's step numbers).
"""

from __future__ import annotations

from typing import Any

from sources.pdf.watermark import without_objects

_MARKS = frozenset("i?!ℹ")
_SQUARE = 0.25  # of the shape's larger side: width and height differ at most by this
_SIZE = (1.0, 3.0)  # the shape's side, in glyph sizes
_SMALLER = 0.9  # the glyph's size at most this share of the size of the page's body text


def badge_objects(page: Any) -> set[int]:
    """``id`` of the help badges' glyphs and discs on ``page`` (empty when none)."""
    shapes = [
        s
        for s in [*getattr(page, "curves", ()), *getattr(page, "rects", ())]
        if s.get("fill") and _square(s)
    ]
    if not shapes:
        return set()  # (no filled disc nor square: the cheap test first)
    chars = page.chars
    marks = [c for c in chars if c.get("text") in _MARKS]
    if not marks:
        return set()
    sizes = sorted(float(c.get("size") or 0.0) for c in chars if str(c.get("text", "")).strip())
    body = sizes[len(sizes) // 2]
    marks = [c for c in marks if float(c.get("size") or 0.0) <= _SMALLER * body]
    if not marks:
        return set()
    drop: set[int] = set()
    for c in marks:
        size = float(c.get("size") or 0.0)
        h, v = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        for s in shapes:
            side = max(s["x1"] - s["x0"], s["bottom"] - s["top"])
            if not (s["x0"] < h < s["x1"] and s["top"] < v < s["bottom"]):
                continue
            if not _SIZE[0] * size <= side <= _SIZE[1] * size:
                continue
            if s.get("non_stroking_color") == c.get("non_stroking_color"):
                continue  # a glyph painted as its ground would not show: not a badge
            if any(_inside(o, s) for o in chars if o is not c and str(o.get("text", "")).strip()):
                continue  # other glyphs in the shape: a pill holding text
            drop |= {id(c), id(s)}
            break
    return drop


def _square(shape: dict[str, Any]) -> bool:
    w, h = shape["x1"] - shape["x0"], shape["bottom"] - shape["top"]
    return w > 0 and h > 0 and abs(w - h) <= _SQUARE * max(w, h)


def _inside(c: dict[str, Any], shape: dict[str, Any]) -> bool:
    h, v = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return shape["x0"] < h < shape["x1"] and shape["top"] < v < shape["bottom"]


def without_badges(page: Any) -> Any:
    """The page without its help badges (the page itself when none)."""
    return without_objects(page, badge_objects(page))
