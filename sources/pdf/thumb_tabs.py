"""A THUMB INDEX: a tab printed at the page's side edge (« onglet de bord de page »).

A report's template marks each chapter with a coloured tab bleeding off the paper's side
edge, its code or name on it (« 1.1 », « Axe 2 »), a little lower for each chapter, on every
page of the chapter. Read as lines, the tab's text sits on whatever line it faces and is
glued to it (« … et l'économie circulaire 1.1 »), or ends a table's row.

The tab is told by its shape, never by its text: a filled shape (rectangle or curve)
touching the page's left or right edge, narrow (the outer strip) and short, and words lying
wholly on it, beyond every other word of the page by a gutter. Such words are page
furniture. A table's coloured first or last column never reaches the paper's edge.
"""

from __future__ import annotations

from typing import Any

_EDGE = 1.5  # pt: the shape reaches the paper's edge within this
_OUTER = 0.15  # of the page width: the strip a tab lies in
_TALL = 0.25  # of the page height: a tab is shorter than this
_GAP = 8.0  # pt: least white between the tab's words and the page's other words
_SLACK = 1.0  # pt: a word lies on the shape within this


def _tabs(page: Any, width: float, height: float) -> list[tuple[float, float, float, float]]:
    """Boxes (x0, top, x1, bottom) of the filled shapes at a side edge of ``page``."""
    out = []
    for shape in [*getattr(page, "rects", []), *getattr(page, "curves", [])]:
        if not shape.get("fill"):
            continue
        x0, x1 = float(shape["x0"]), float(shape["x1"])
        top, bottom = float(shape["top"]), float(shape["bottom"])
        if x1 - x0 > _OUTER * width or bottom - top > _TALL * height:
            continue
        if x1 >= width - _EDGE or x0 <= _EDGE:
            out.append((x0, top, x1, bottom))
    return out


def thumb_tab_words(words: list[dict[str, Any]], page: Any) -> set[int]:
    """Indices of the ``words`` (``page``'s) printed on a thumb-index tab, or nothing."""
    width, height = float(page.width), float(page.height)
    tabs = _tabs(page, width, height)
    if not tabs:
        return set()
    out: set[int] = set()
    for x0, top, x1, bottom in tabs:
        on = {
            i
            for i, w in enumerate(words)
            if float(w["x0"]) >= x0 - _SLACK
            and float(w["x1"]) <= x1 + _SLACK
            and float(w["top"]) >= top - _SLACK
            and float(w["bottom"]) <= bottom + _SLACK
        }
        if not on:
            continue
        rest = [w for i, w in enumerate(words) if i not in on]
        if not rest:
            continue
        left = min(float(words[i]["x0"]) for i in on)
        right = max(float(words[i]["x1"]) for i in on)
        if x1 >= width - _EDGE:  # the right edge's: every other word ends left of it
            clear = all(float(w["x1"]) <= left - _GAP for w in rest)
        else:
            clear = all(float(w["x0"]) >= right + _GAP for w in rest)
        if clear:
            out |= on
    return out
