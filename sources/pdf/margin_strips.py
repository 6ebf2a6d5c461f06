"""TURNED TEXT IN A SIDE MARGIN: a letterhead template's vertical strip (« liseré ») down the
page's edge, its text turned a quarter (« Communauté d'agglomération … — Plan Climat Air
Énergie Territorial »), printed on every page level with whatever the page holds. Read as
lines, its letters (one a line, turned) sit beside the fiche headings and fields and break
them apart.

Words set turned (not upright) lying in the page's outer strip, wholly left or right of every
upright word of the page with a clear gap, are page furniture. Turned text inside the text
block (a merged cell's turned phase name, a turned column label) is left to the table
readers.
"""

from __future__ import annotations

from typing import Any

_OUTER = 0.1  # of the page width: the side strips such text lies in
_GAP = 8.0  # pt: least white between it and the upright text


def turned_margin_words(words: list[dict[str, Any]], width: float) -> set[int]:
    """Indices of the ``words`` (a page's, its width in pt) that are turned text in a side
    margin, or nothing."""
    upright = [w for w in words if w.get("upright", True)]
    if not upright or len(upright) == len(words):
        return set()
    left = min(float(w["x0"]) for w in upright)
    right = max(float(w["x1"]) for w in upright)
    out: set[int] = set()
    for i, w in enumerate(words):
        if w.get("upright", True):
            continue
        x0, x1 = float(w["x0"]), float(w["x1"])
        if (x1 <= _OUTER * width and x1 <= left - _GAP) or (
            x0 >= (1 - _OUTER) * width and x0 >= right + _GAP
        ):
            out.add(i)
    return out
