"""Glyphs drawn TWICE, a copy a hair apart: a text shadow (a site theme's ``text-shadow: 0 1px
0 #FFF``, an office « Ombre » effect) or a fake bold (the same glyph struck again a fraction of
a point aside). Read as they are, every letter comes twice (« DDeessccrriippttiiff »), or the
two copies fall on two lines. The copy under another is set aside before anything reads the
page: of two glyphs of the same character, font and size whose origins lie closer than a
sixth of the size across and a quarter of it up or down — no two letters of one word sit so
close, the narrowest (« i », « l ») being a fifth of the size wide — the one drawn later (on
top, the one the reader sees) is kept, unless it is white and the other is not (a light copy
drawn over: the dark one is the text).
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

_ACROSS = 1 / 6  # of the size: two glyphs' origins closer than this across are one glyph
_ALONG = 0.25  # of the size, up or down
_LOOK_AHEAD = 4  # neighbours compared in the (character, x) order


def shadow_chars(chars: list[dict[str, Any]]) -> list[int]:
    """Indexes of ``chars`` that are a copy under another of the same glyph."""
    if len(chars) < 2:
        return []
    index: dict[int, int] = {}  # each glyph's place in paint order, made when first asked
    ordered = sorted(chars, key=itemgetter("text", "x0"))  # (the key read in C: every page)
    drop: set[int] = set()
    for k in range(len(ordered) - 1):
        a, b = ordered[k], ordered[k + 1]
        if b["text"] != a["text"] or b["x0"] - a["x0"] > _ACROSS * a["size"]:
            continue  # (most glyphs: no copy beside them, told at once)
        if not a["text"].strip():
            continue
        for b in ordered[k + 1 : k + 1 + _LOOK_AHEAD]:
            size = a["size"]
            if b["text"] != a["text"] or b["x0"] - a["x0"] > _ACROSS * size:
                break
            if (
                abs(b["top"] - a["top"]) <= _ALONG * size
                and abs(b["size"] - size) <= 0.05 * size
                and b.get("fontname") == a.get("fontname")
            ):
                if not index:
                    index = {id(c): i for i, c in enumerate(chars)}
                drop.add(_under(chars, index[id(a)], index[id(b)]))
    return sorted(drop)


def _white(char: dict[str, Any]) -> bool:
    colour = char.get("non_stroking_color")
    if not isinstance(colour, (tuple, list)) or not colour:
        return False
    values = [float(v) for v in colour if isinstance(v, (int, float))]
    if len(values) == 4:  # CMYK: white is no ink
        return all(v <= 0.05 for v in values)
    return bool(values) and all(v >= 0.95 for v in values)


def _under(chars: list[dict[str, Any]], i: int, j: int) -> int:
    """Of two copies of one glyph, the one to set aside: the earlier drawn, unless the later
    is white over a coloured one."""
    first, last = min(i, j), max(i, j)
    if _white(chars[last]) and not _white(chars[first]):
        return last
    return first


def without_shadows(page: Any) -> Any:
    """The page without the copies under its glyphs (the page itself when it has none): a
    PDFium page sets them aside, a pdfplumber page is given as a filtered view."""
    from sources.pdf.pdfium_page import PdfiumPage
    from sources.pdf.watermark import view_without

    chars = page.chars
    found = shadow_chars(chars)
    if not found:
        return page
    drop = {id(chars[i]) for i in found}
    if isinstance(page, PdfiumPage):
        page.set_aside_chars(drop)
        return page
    return view_without(page, drop)
