"""BACKDROP GLYPHS: big pale characters a theme prints BEHIND text, as decoration.

A site theme's « process steps » style numbers each row with a CSS counter in its
``::before`` — « 01 », « 02 » … set 30 px bold in a pale blue-grey, absolutely placed at the
cell's top left, the step name printed over it. The text layer holds those digits among the
name's letters (« 0Lan1cer une phase test »): the name reads wrong and the step is lost.

Told by drawing: an upright glyph at least twice as big as the page's body text, painted
light (luminance at least 0.75, as a backdrop must be to leave the text over it legible),
over which a glyph of ordinary size and darker paint is printed (their boxes overlap). Such
glyphs are set aside before the page is read. A drop cap or a big heading is dark, or has
no text over it; a diagonal watermark is read by :mod:`sources.pdf.watermark`.
"""

from __future__ import annotations

from typing import Any

from sources.pdf.watermark import lightness, without_objects

_BIG = 2.0  # times the body text's size
_LEAST_BIG = 10.0  # pt: twice the smallest body text a plan is set in
_LIGHT = 0.75  # luminance of a backdrop's paint, at least
_DARKER = 0.15  # the text over it this much darker at least
_OVERLAP = 0.2  # share of the text glyph's box the backdrop glyph covers


def backdrop_chars(page: Any) -> set[int]:
    """``id`` of the page's backdrop glyphs (empty when none)."""
    chars = [c for c in page.chars if str(c.get("text", "")).strip()]
    if not any(
        float(c.get("size") or 0.0) >= _LEAST_BIG
        and (lightness(c.get("non_stroking_color")) or 0.0) >= _LIGHT
        for c in chars
    ):
        return set()  # (no big light glyph: the cheap test first)
    sizes = sorted(float(c.get("size") or 0.0) for c in chars)
    body = sizes[len(sizes) // 2]
    big = [
        c
        for c in chars
        if float(c.get("size") or 0.0) >= _BIG * body
        and c.get("upright", True)
        and (lightness(c.get("non_stroking_color")) or 0.0) >= _LIGHT
    ]
    if not big:
        return set()
    small = [c for c in chars if float(c.get("size") or 0.0) < _BIG * body]
    return {id(c) for c in big if _covered(c, small)}


def _covered(glyph: dict[str, Any], text: list[dict[str, Any]]) -> bool:
    """Is a darker glyph of ordinary size printed over ``glyph``?"""
    light = lightness(glyph.get("non_stroking_color")) or 0.0
    for c in text:
        w = min(c["x1"], glyph["x1"]) - max(c["x0"], glyph["x0"])
        h = min(c["bottom"], glyph["bottom"]) - max(c["top"], glyph["top"])
        if w <= 0 or h <= 0:
            continue
        area = (c["x1"] - c["x0"]) * (c["bottom"] - c["top"])
        tone = lightness(c.get("non_stroking_color"))
        if area > 0 and w * h >= _OVERLAP * area and tone is not None and tone <= light - _DARKER:
            return True
    return False


def without_backdrop_glyphs(page: Any) -> Any:
    """The page without its backdrop glyphs (the page itself when none)."""
    return without_objects(page, backdrop_chars(page))
