"""SPACES THAT DO NOT ADVANCE: a browser's soft hyphens (``&shy;``, a typography plug-in
marking every syllable of every long word) are written in the PDF as space glyphs drawn at the
place of the letter after them, the pen not moved. Read as spaces they cut every long word into
its syllables (« Eco no mie Cir cu laire »), in table cells above all.

A space is a PHANTOM when the next glyph of its line (in the order they are drawn) starts no
further right than a quarter of the space's own width past its left edge (a fifth of the type
size where the engine gives the space no width): it covers that glyph, no gap is printed. It is set aside; a real space leaves the next glyph a space's width
away.

An office suite's slides (Impress) write SOFT HYPHENS (U+00AD) the same way, and share each
font's single blank glyph between the space and U+00AD: a font may read every soft hyphen as a
space and another every space as U+00AD. So a U+00AD is treated as a space is: one that does not
advance (a soft hyphen not used for a break) is set aside the same way, one that is left (the
next glyph a space's width away, or the line's end) is read as the space it prints, and one
inside a ligature's text (« f\u00adfi » for the « ffi » glyph) is dropped.
"""

from __future__ import annotations

from typing import Any

from sources.pdf.watermark import without_objects

_SAME_LINE = 1.0  # pt: two glyphs' tops this close are on one line
_ADVANCE = 0.25  # of a space's width: the least a real space moves the next glyph
_LEAST_WIDTH = 0.2  # of the type size: a space's width where the engine gives it none
_BLANKS = (" ", "\u00ad")  # a space, and a soft hyphen written with the space's glyph


def phantom_spaces(chars: list[dict[str, Any]]) -> set[int]:
    """``id`` of the spaces (and soft hyphens) among ``chars`` (a page's, in drawing order)
    that do not advance."""
    out: set[int] = set()
    for c, nxt in zip(chars, chars[1:], strict=False):
        if c.get("text") not in _BLANKS or not str(nxt.get("text", "")).strip():
            continue
        if c.get("leader_break"):  # the blank put before a leader (sources.pdf.leader_objects)
            continue
        if c.get("upright") is False or abs(float(nxt["top"]) - float(c["top"])) > _SAME_LINE:
            continue
        x0, x1 = float(c["x0"]), float(c["x1"])
        width = max(x1 - x0, _LEAST_WIDTH * float(c.get("size") or 9.0))  # (PDFium: 0 wide)
        # (kerning may set the next glyph a little left of the blank's place)
        if x0 - _ADVANCE * width <= float(nxt["x0"]) <= x0 + _ADVANCE * width:
            out.add(id(c))
    return out


def without_phantom_spaces(page: Any) -> Any:
    """The page without its spaces that do not advance (the page itself when none)."""
    chars = page.chars
    if not any(c.get("text") == " " or "\u00ad" in str(c.get("text", "")) for c in chars):
        return page
    drop = phantom_spaces(chars)
    spacing = _spacing_fonts(chars, drop)
    for c in chars:
        text = str(c.get("text", ""))
        if len(text) > 1 and "\u00ad" in text:  # a ligature (« ffi ») over a syllable point
            c["text"] = text.replace("\u00ad", "")
        elif text == "\u00ad" and id(c) not in drop and c.get("fontname") in spacing:
            c["text"] = " "  # the font's space glyph: the space it prints
    return without_objects(page, drop)


def _spacing_fonts(chars: list[dict[str, Any]], drop: set[int]) -> set[str]:
    """Fonts whose U+00AD is their space: one of them, not set aside, leaves the next glyph of
    its line at least half its own width away (a soft hyphen that breaks no line takes no room;
    at a line's end, where a printed hyphen may be mapped to U+00AD too, nothing tells)."""
    out: set[str] = set()
    for c, nxt in zip(chars, chars[1:], strict=False):
        if c.get("text") != "\u00ad" or id(c) in drop or not str(nxt.get("text", "")).strip():
            continue
        if abs(float(nxt["top"]) - float(c["top"])) > _SAME_LINE:
            continue
        x0, x1 = float(c["x0"]), float(c["x1"])
        if x1 - x0 > 0 and float(nxt["x0"]) >= x0 + 0.5 * (x1 - x0):  # half: it advanced
            out.add(str(c.get("fontname")))
    return out
