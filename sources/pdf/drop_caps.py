"""Drop caps: a paragraph's first letter set large, floated left over two or three lines.

A web theme (Drupal's, a blog's ``::first-letter``) or a word processor (Writer's « Lettrines »)
may open a paragraph with its first letter in a font two to four times the text's, the
paragraph's first lines wrapping around it. The letter is then its own word, a few points
left of the rest of its word (« N » + « ombre de structures »): it is glued back, the joined
word taking the text's size and top so that it stands on the paragraph's first line.

Told by its shape alone: ONE letter (perhaps with its apostrophe, « L' »), at least
:data:`_RATIO` times the size of the word right after it on the same first line (tops within
a text line's height), that word close after it (less than half the letter's size) and going
on in lower case — or after the apostrophe, any letter. A big initial before a capitalised
word (« A  Mobilité »), or standing apart, is left as printed.
"""

from __future__ import annotations

from typing import Any

_RATIO = 1.8  # a drop cap's size over its text's


def _initial(text: str) -> bool:
    """One letter, perhaps followed by an apostrophe (« L' », « D’ »)."""
    core = text.rstrip("'’")
    return len(core) == 1 and core.isalpha() and core.isupper() and len(text) - len(core) <= 1


def rejoin_drop_caps(words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``words`` with each drop cap glued to the rest of its word (see the module's doc)."""
    caps = [k for k, w in enumerate(words) if _initial(w["text"])]
    if not caps:
        return words
    joined: dict[int, dict[str, Any]] = {}
    used: set[int] = set()
    for k in caps:
        cap = words[k]
        big = float(cap.get("size") or 0.0)
        best: tuple[float, int] | None = None
        for j, w in enumerate(words):
            size = float(w.get("size") or 0.0)
            if j == k or j in used or not size or size * _RATIO > big:
                continue
            gap = w["x0"] - cap["x1"]
            if not -0.5 <= gap < 0.5 * big or abs(w["top"] - cap["top"]) > 1.2 * size:
                continue
            if best is None or gap < best[0]:
                best = (gap, j)
        if best is None:
            continue
        rest = words[best[1]]
        first = rest["text"][:1]
        apostrophe = cap["text"][-1] in "'’"
        if not (first.isalpha() and (first.islower() or apostrophe)):
            continue
        used |= {k, best[1]}
        joined[best[1]] = {
            **rest,
            "text": cap["text"] + rest["text"],
            "x0": cap["x0"],
        }
    return [joined.get(j, w) for j, w in enumerate(words) if j not in used or j in joined]


def set_drop_caps_in_line(chars: list[dict[str, Any]]) -> int:
    """Each drop cap among a page's ``chars`` set back in its paragraph's first line, in
    place: its box given the text's size and line, ending where the next glyph starts, so
    that every reader (a grid cell's text, the page's words) reads « Lancer », « 18000 »
    where a template's « Lettrine » printed a letter two lines tall beside « ancer ». A cap:
    one letter or digit, :data:`_RATIO` times the size of the glyph right after it (less
    than half the cap's size away, its top within the cap's upper three quarters; the
    topmost such line), that glyph going on
    in lower case (a letter) or a digit or « ) » (a digit). Returns how many were set."""
    sizes = [float(c.get("size") or 0.0) for c in chars]
    small = min((s for s in sizes if s > 0), default=0.0)
    if not small or max(sizes, default=0.0) < _RATIO * small:
        return 0
    count = 0
    spaces: list[dict[str, Any]] = []  # a cap's own trailing space (:func:`_space_after`)
    for cap in chars:
        text = str(cap.get("text", ""))
        big = float(cap.get("size") or 0.0)
        if (
            len(text) != 1
            or not text.isalnum()
            or big < _RATIO * small
            or not cap.get("upright", True)
        ):
            continue
        # (a lowercase cap is set larger, its x-height two lines tall: its box reaches higher)
        if any(  # « L' »: the cap goes on in a big glyph (left to the words' rule)
            c is not cap
            and str(c.get("text", "")).strip()  # (not its own trailing space)
            and float(c.get("size") or 0.0) >= 0.8 * big
            and abs(float(c["x0"]) - float(cap["x1"])) <= 1.0
            for c in chars
        ):
            continue
        reach = float(cap["top"]) + 0.75 * (float(cap["bottom"]) - float(cap["top"]))
        ink = _ink_top(cap, text, big)
        best: dict[str, Any] | None = None
        for c in chars:
            size = float(c.get("size") or 0.0)
            if c is cap or not size or size * _RATIO > big or not c.get("upright", True):
                continue
            gap = float(c["x0"]) - float(cap["x1"])
            if (
                not -0.5 <= gap < 0.5 * big
                or not float(cap["top"]) - 1.0 <= float(c["top"]) <= reach
                or float(c["bottom"]) <= ink  # a line above the cap's ink: the text before
            ):
                continue
            if best is not None and (c["top"], c["x0"]) >= (best["top"], best["x0"]):
                continue
            if _beside_cap(c, cap, chars):
                best = c
        if best is None or not _goes_on(
            text, str(best.get("text", "")), float(best["x0"]) - float(cap["x1"]), big
        ):
            continue
        spaces += _space_after(cap, chars)
        _set_on(cap, best)
        count += 1
    for space in spaces:  # (by identity: a dict equal to another space is not that space)
        del chars[next(k for k, c in enumerate(chars) if c is space)]
    return count


def _space_after(cap: dict[str, Any], chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The space that ends ``cap``'s own text object, where the cap stands (PDFium's text page
    gives « G » then a space at the cap's size when the template wrote the cap alone in its
    run): set back in the line, the cap would stand apart from its word (« G ACdG »)."""
    top, x1 = float(cap["top"]), float(cap["x1"])
    return [
        c
        for c in chars
        if c.get("text") == " "
        and abs(float(c["x0"]) - x1) <= 0.5
        and abs(float(c["top"]) - top) <= 1.0
    ][:1]


_X_HEIGHT_LETTERS = frozenset("acemnorsuvwxz")
_X_HEIGHT, _CAP_HEIGHT = 0.5, 0.7  # of the size, a little under the usual fonts' heights


def _ink_top(cap: dict[str, Any], text: str, big: float) -> float:
    """About where the cap's ink starts (from the page's top): its baseline less its x-height
    (« s », « c ») or cap height. A lowercase cap is set so that its x-height spans the lines,
    its box reaching far above them, into the cell or paragraph before: a line ending there
    is none of the cap's."""
    baseline = float(cap["bottom"])
    matrix, y1 = cap.get("matrix"), cap.get("y1")
    if matrix is not None and y1 is not None:
        baseline = float(cap["top"]) + float(y1) - float(matrix[5])
    share = _X_HEIGHT if text in _X_HEIGHT_LETTERS else _CAP_HEIGHT
    return baseline - share * big


def _beside_cap(glyph: dict[str, Any], cap: dict[str, Any], chars: list[dict[str, Any]]) -> bool:
    """Does ``glyph`` start its line's text right of ``cap`` (no glyph of its line between
    them: the cap's line, not a longer line running on past the cap, « Solid|aire »)?"""
    top, x0, edge = float(glyph["top"]), float(glyph["x0"]), float(cap["x1"]) - 0.5
    return not any(
        c is not glyph
        and c is not cap
        and abs(float(c["top"]) - top) <= 1.0
        and float(c["x0"]) < x0
        and float(c["x1"]) > edge
        for c in chars
    )


_TIGHT = 0.15  # of the cap's size: a gap this narrow sets the cap against its word


def _goes_on(cap: str, after: str, gap: float, big: float) -> bool:
    """Does the glyph ``after``, ``gap`` right of the cap (``big`` its size), go on with its
    word? A digit before a digit; a letter before a lower-case letter, or before a capital
    set tight against it (« G » + « ACdG », « C » + « AUE »: a capitalised word or an acronym
    opening a cell, the cap's distance to the text 0.1 cm) — a big letter standing as a word
    of its own keeps a space's width from the next word."""
    if cap.isdigit():
        return after.isdigit() or after in ").,"
    return after.isalpha() and (after.islower() or gap <= _TIGHT * big)


def _set_on(cap: dict[str, Any], glyph: dict[str, Any]) -> None:
    """``cap``'s box moved onto ``glyph``'s line, at its size, right before it."""
    scale = float(glyph["size"]) / float(cap["size"])
    width = (float(cap["x1"]) - float(cap["x0"])) * scale
    dy = float(glyph["top"]) - float(cap["top"])
    cap["x1"] = float(glyph["x0"])
    cap["x0"] = cap["x1"] - width
    for key in ("top", "bottom", "y0", "y1", "size", "height", "doctop"):
        if key in glyph:
            cap[key] = glyph[key]
    if "doctop" in cap and "doctop" not in glyph:
        cap["doctop"] = float(cap["doctop"]) + dy
    cap["width"] = width
    if "adv" in cap:
        cap["adv"] = width
