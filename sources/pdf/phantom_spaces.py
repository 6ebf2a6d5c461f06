"""SPACES THAT DO NOT ADVANCE: a browser's soft hyphens (``&shy;``, a typography plug-in
marking every syllable of every long word) are written in the PDF as space glyphs drawn at the
place of the letter after them, the pen not moved. Read as spaces they cut every long word into
its syllables (« Eco no mie Cir cu laire »), in table cells above all.

A space is a PHANTOM when the next glyph of its line (in the order they are drawn) starts no
further right than a quarter of the space's own width past its left edge (a fifth of the type
size where the engine gives the space no width): it covers that glyph, no gap is printed. It is set aside; a real space leaves the next glyph a space's width
away.
"""

from __future__ import annotations

from typing import Any

from sources.pdf.watermark import without_objects

_SAME_LINE = 1.0  # pt: two glyphs' tops this close are on one line
_ADVANCE = 0.25  # of a space's width: the least a real space moves the next glyph
_LEAST_WIDTH = 0.2  # of the type size: a space's width where the engine gives it none


def phantom_spaces(chars: list[dict[str, Any]]) -> set[int]:
    """``id`` of the spaces among ``chars`` (a page's, in drawing order) that do not advance."""
    out: set[int] = set()
    for c, nxt in zip(chars, chars[1:], strict=False):
        if c.get("text") != " " or not str(nxt.get("text", "")).strip():
            continue
        if c.get("leader_break"):  # the blank put before a leader (sources.pdf.leader_objects)
            continue
        if c.get("upright") is False or abs(float(nxt["top"]) - float(c["top"])) > _SAME_LINE:
            continue
        x0, x1 = float(c["x0"]), float(c["x1"])
        width = max(x1 - x0, _LEAST_WIDTH * float(c.get("size") or 9.0))  # (PDFium: 0 wide)
        if x0 - 0.01 <= float(nxt["x0"]) <= x0 + _ADVANCE * width:
            out.add(id(c))
    return out


def without_phantom_spaces(page: Any) -> Any:
    """The page without its spaces that do not advance (the page itself when none)."""
    chars = page.chars
    if not any(c.get("text") == " " for c in chars):
        return page
    return without_objects(page, phantom_spaces(chars))
