"""Words cut by a HIGHLIGHT inside them: a site's search results mark the matched letters only
(« <mark>entreprise</mark>s », « l'<mark>économie</mark> ») and the theme pads the mark
(Bootstrap: ``mark { padding: .2em }``), so the word prints with a small gap where the
highlight starts or ends, and the word grouping reads two words (« entreprise s »,
« l' économie »).

A highlight is a filled box hugging a run of glyphs on one line: no taller than twice their
size, its sides at most :data:`_PAD` of the size from the first glyph's left and the last
glyph's right (a table cell's fill, a tag chip's, leaves more room). Two words of one line
whose gap holds such a box's side, narrower than :data:`_GAP` of the size (a space and the
padding are wider), are one word, unless a space is printed in that gap (a box coloured behind
a run of words up to its last space, as an editor's author colours: its side at the next
word's start).
"""

from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter
from typing import Any

_PAD = 0.45  # of the glyphs' size: a highlight's padding at most
_GAP = 0.35  # of the size: a narrower gap holding a highlight's side is inside a word
_LEVEL = 1.0  # pt: words of one line share their top within this


def mark_sides(
    rects: list[dict[str, Any]], chars: list[dict[str, Any]]
) -> list[tuple[float, float, float]]:
    """(x, top, bottom) of each side of each highlight box on the page (module doc)."""
    boxes = [
        r
        for r in rects
        if r.get("fill") and 3.0 <= r["bottom"] - r["top"] <= 40.0 and r["x1"] - r["x0"] >= 3.0
    ]
    if not boxes:
        return []
    sizes = sorted(map(itemgetter("size"), chars[:: max(1, len(chars) // 200)]))
    if not sizes:
        return []
    tallest = 2.2 * sizes[len(sizes) // 2]  # a highlight: about a line of the body's text
    boxes = [r for r in boxes if r["bottom"] - r["top"] <= tallest]
    if not boxes:
        return []
    glyphs = sorted((c for c in chars if c["text"].strip()), key=itemgetter("top"))
    tops = [float(c["top"]) for c in glyphs]
    sides: list[tuple[float, float, float]] = []
    for box in boxes:
        start = bisect_left(tops, float(box["top"]) - 0.5)
        inside = []
        for c in glyphs[start:]:
            if c["top"] > box["bottom"]:
                break
            if (
                c["bottom"] <= box["bottom"] + 0.5
                and box["x0"] - 0.5 <= c["x0"]
                and c["x1"] <= box["x1"] + 0.5
            ):
                inside.append(c)
        if not inside:
            continue
        size = max(float(c["size"]) for c in inside)
        if box["bottom"] - box["top"] > 2.0 * size:
            continue
        first = min(float(c["x0"]) for c in inside)
        last = max(float(c["x1"]) for c in inside)
        if first - box["x0"] <= _PAD * size and box["x1"] - last <= _PAD * size:
            sides.append((float(box["x0"]), float(box["top"]), float(box["bottom"])))
            sides.append((float(box["x1"]), float(box["top"]), float(box["bottom"])))
    return sides


def mark_spaces(page: Any) -> set[int]:
    """The ids of the page's space characters standing in a highlight's side inside a word,
    the next glyph starting before the space's end (PDFium sets a space at the end of the
    highlight's text object where none is printed: « entreprise » · « s »)."""
    chars = page.chars
    sides = page_mark_sides(page)
    if not sides:
        return set()
    found: set[int] = set()
    for k, c in enumerate(chars):
        if c["text"] != " " or k + 1 >= len(chars):
            continue
        nxt = chars[k + 1]
        if not nxt["text"].strip() or abs(nxt["top"] - c["top"]) > _LEVEL:
            continue
        if nxt["x0"] >= c["x1"] - 0.1:
            continue  # room for the space: printed
        middle = (c["top"] + c["bottom"]) / 2
        if any(
            top <= middle <= bottom and c["x0"] - 0.5 <= x <= nxt["x0"] + 0.5
            for x, top, bottom in sides
        ):
            found.add(id(c))
    return found


def without_mark_spaces(page: Any) -> Any:
    """A PDFium page without :func:`mark_spaces` (any other page as it is: pdfminer reads no
    such space)."""
    from sources.pdf.pdfium_page import PdfiumPage

    if not isinstance(page, PdfiumPage):
        return page
    drop = mark_spaces(page)
    if drop:
        page.set_aside_chars(drop)
    return page


def page_mark_sides(page: Any) -> list[tuple[float, float, float]]:
    """:func:`mark_sides` of ``page``, found once per page (two readers ask)."""
    cached = getattr(page, "_copdiag_mark_sides", None)
    if cached is not None:
        return cached
    rects = page.rects
    sides = mark_sides(rects, page.chars) if any(r.get("fill") for r in rects) else []
    try:
        page._copdiag_mark_sides = sides
    except AttributeError:  # (a view that takes no attribute: found again when asked)
        pass
    return sides


def rejoin_at_marks(words: list[dict[str, Any]], page: Any) -> list[dict[str, Any]]:
    """``words`` with the words cut at a highlight's side joined again (module doc)."""
    if len(words) < 2:
        return words
    sides = page_mark_sides(page)
    if not sides:
        return words
    spaces = sorted(  # (a space PDFium generated and the reader put back may be none printed)
        (float(c["top"]), float(c["x0"]), float(c["x1"]))
        for c in page.chars
        if c["text"] == " " and not c.get("generated")
    )
    space_tops = [t for t, _, _ in spaces]
    order = sorted(range(len(words)), key=lambda i: (round(words[i]["top"]), words[i]["x0"]))
    glued: dict[int, int] = {}  # a word's index → the index of the word it goes on from
    for a, b in zip(order, order[1:], strict=False):
        left, right = words[a], words[b]
        if abs(left["top"] - right["top"]) > _LEVEL:
            continue
        size = float(left.get("size") or (left["bottom"] - left["top"]))
        gap = right["x0"] - left["x1"]
        if not 0 <= gap < _GAP * size:
            continue
        middle = (left["top"] + left["bottom"]) / 2
        if any(
            top <= middle <= bottom and left["x1"] - 0.5 <= x <= right["x0"] + 0.5
            for x, top, bottom in sides
        ):
            if not _spaced(left, right, spaces, space_tops):
                glued[b] = a
    if not glued:
        return words
    roots: dict[int, int] = {}
    for i in order:  # left to right: a word's head is resolved before it
        head = glued.get(i)
        roots[i] = roots[head] if head is not None else i
    joined: dict[int, dict[str, Any]] = {}
    for i in order:
        root = roots[i]
        if root == i:
            joined[i] = dict(words[i])
        else:
            first = joined[root]
            first.update(text=first["text"] + words[i]["text"], x1=words[i]["x1"])
    return [joined[i] for i in range(len(words)) if roots[i] == i]


def _spaced(
    left: dict[str, Any],
    right: dict[str, Any],
    spaces: list[tuple[float, float, float]],
    tops: list[float],
) -> bool:
    """A space printed in the gap between ``left`` and ``right``, filling it: two words (a
    box coloured behind a run of words that ends after its space, as an editor's author
    colours, has its side at the next word's start)."""
    start = bisect_left(tops, float(left["top"]) - _LEVEL)
    for top, x0, x1 in spaces[start:]:
        if top > float(left["top"]) + _LEVEL:
            break
        if (
            x0 >= left["x1"] - 0.5
            and x1 <= right["x0"] + 0.5
            and x1 - x0 >= 0.5 * (right["x0"] - left["x1"])
        ):
            return True
    return False
