"""Glyphs drawn TWICE, a copy a hair apart: a text shadow (a site theme's ``text-shadow: 0 1px
0 #FFF``, an office « Ombre » effect) or a fake bold (the same glyph struck again a fraction of
a point aside). Read as they are, every letter comes twice (« DDeessccrriippttiiff »), or the
two copies fall on two lines. The copy under another is set aside before anything reads the
page: of two glyphs of the same character, font and size whose origins lie closer than a
sixth of the size across and a quarter of it up or down — no two letters of one word sit so
close, the narrowest (« i », « l ») being a fifth of the size wide —, with another such pair
beside them on the line (a shadow doubles words: two cells' words overlapping may set one
letter on another), the one drawn later (on top, the one the reader sees) is kept, unless it
is white and the other is not (a light copy drawn over: the dark one is the text), or names no
font and the other does. Copies are told by their baselines: a text thickened by a stroke
(``-webkit-text-stroke``) is printed twice on one baseline, the stroked copy with a font the
engines size otherwise, its top a fifth of the size off.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

_ACROSS = 1 / 6  # of the size: two glyphs' origins closer than this across are one glyph
_ALONG = 0.25  # of the size, up or down
_BAND = 4.0  # points: the bands of baselines a copy and its glyph fall in, mostly the same
_LOOK_AHEAD = 4  # neighbours compared in the (character, x) order


def shadow_chars(chars: list[dict[str, Any]]) -> list[int]:
    """Indexes of ``chars`` that are a copy under another of the same glyph."""
    n = len(chars)
    if n < 2:
        return []
    # the page's glyphs by character, then x (keys and order made in C), each compared with
    # its next neighbours only where the first of them is the same character close by
    texts = list(map(itemgetter("text"), chars))
    xs = list(map(itemgetter("x0"), chars))
    downs = _downs(chars)
    bands = (int(d // _BAND) for d in downs)
    if len(set(zip(texts, map(round, xs), bands, strict=True))) == n:
        return []  # no two glyphs of one character on one spot, to a point across and in one
        # band of a few points down (told in C): a shadow, a fake bold or a stroked copy sets
        # many such pairs on a page, most of them in one band
    # glyphs of one character at one x in baseline order: a block printed twice at the very
    # same place (a faded « Lire la suite » block: its text under the mask and over it) sets
    # every « d' » starting a line of it at one x, the twins of each next to each other
    keys = list(zip(texts, xs, downs, strict=True))
    order = sorted(range(n), key=keys.__getitem__)
    widest = _ACROSS * max(map(itemgetter("size"), chars))
    pairs: list[tuple[int, int]] = []
    for k in range(n - 1):
        i, j = order[k], order[k + 1]
        if texts[i] != texts[j] or xs[j] - xs[i] > widest or not texts[i].strip():
            continue  # (most glyphs: no copy beside them, told at once)
        a = chars[i]
        size = a["size"]
        for j in order[k + 1 : k + 1 + _LOOK_AHEAD]:
            if texts[j] != texts[i] or xs[j] - xs[i] > _ACROSS * size:
                break
            b = chars[j]
            if (
                abs(downs[j] - downs[i]) <= _ALONG * size
                and abs(b["size"] - size) <= 0.05 * size
                and _same_font(a, b)
            ):
                pairs.append((i, j))
    if not pairs:
        return []
    return sorted({_under(chars, i, j) for i, j in _confirmed(chars, pairs)})


def _downs(chars: list[dict[str, Any]]) -> list[float]:
    """Each glyph's baseline, downwards (its origin's height when every glyph has one, else its
    top). A copy stroked over a filled text (``-webkit-text-stroke``) may be printed with a
    font object that has no descriptor: the engines give it another ascent, so its top lies a
    fifth of the size off its twin's on the very same baseline."""
    if all(len(c.get("matrix") or ()) == 6 for c in chars):
        return [-float(c["matrix"][5]) for c in chars]
    return [float(c["top"]) for c in chars]


def _same_font(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Same font name, or one of the two copies has none (PDFium names no font for a stroked
    copy printed with a font object that has no descriptor)."""
    first, second = a.get("fontname") or "", b.get("fontname") or ""
    return first == second or not first or not second


def _confirmed(chars: list[dict[str, Any]], pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pairs with another pair beside them on their line (within a glyph and a half): a
    shadow or a fake bold doubles words, not one glyph (two cells' words overlapping may set
    one letter on another, « …tion » over « naturalistes »)."""
    placed = sorted(
        (
            min(float(chars[i]["top"]), float(chars[j]["top"])),
            float(chars[i]["x0"]),
            float(chars[i]["size"]),
            (i, j),
        )
        for i, j in pairs
    )
    lines: list[list[tuple[float, float, tuple[int, int]]]] = []
    last = float("-inf")
    for top, x, size, pair in placed:  # pairs on one line: tops within a point
        if top - last > 1.0:
            lines.append([])
        lines[-1].append((x, size, pair))
        last = top
    out: list[tuple[int, int]] = []
    for found in lines:
        found.sort(key=lambda t: t[0])
        for k, (x, size, pair) in enumerate(found):
            near = (k > 0 and x - found[k - 1][0] <= 1.5 * size) or (
                k + 1 < len(found) and found[k + 1][0] - x <= 1.5 * size
            )
            if near:
                out.append(pair)
    return out


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
    if chars[first].get("fontname") and not chars[last].get("fontname"):
        return last  # a stroked copy with no font named: its twin's box is the font's own
    return first


def without_shadows(page: Any) -> Any:
    """The page without the copies under its glyphs (the page itself when it has none): a
    PDFium page sets them aside, a pdfplumber page is given as a filtered view."""
    from sources.pdf.watermark import without_chars_found

    return without_chars_found(page, shadow_chars)
