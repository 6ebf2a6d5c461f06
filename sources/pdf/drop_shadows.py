"""A table's drop shadow: grey bands along its right and bottom edges, no rule.

Writer's « Ombre » (a table's border tab) and a web page's ``box-shadow`` print a filled band
a few points thick beside the table's right edge and under its bottom edge, offset by its own
thickness (it starts that far below the table's top, that far right of its left edge). The
grid finder takes a filled rectangle's sides for rules: the band would add a column at each
side and a row at the top. A band is told by its place: a filled, unstroked rectangle at most
8 pt thick and five times as long, one of whose long sides lies on a rule of the page, the
band starting its own thickness (within 1.5 pt) past that rule's start.
"""

from __future__ import annotations

from typing import Any

_THICK = 8.0  # pt: a shadow band is at most this thick
_LONG = 5.0  # times its thickness: at least this long
_ON = 1.0  # pt: its long side lies on a rule within this
_OFFSET = 1.5  # pt: it starts its thickness past the rule's start within this
_THIN = 1.5  # pt: a rule's thickness at most


def shadow_bands(page: Any) -> list[dict[str, Any]]:
    """The page's drop-shadow bands (module docstring)."""
    bands = [
        r
        for r in page.rects
        if r.get("fill")
        and not r.get("stroke")
        and min(r["x1"] - r["x0"], r["bottom"] - r["top"]) <= _THICK
        and max(r["x1"] - r["x0"], r["bottom"] - r["top"])
        >= _LONG * max(min(r["x1"] - r["x0"], r["bottom"] - r["top"]), 0.5)
    ]
    if not bands:
        return []
    rules = [o for o in (*page.lines, *page.rects) if o not in bands]
    vertical = [
        ((o["x0"] + o["x1"]) / 2, o["top"])
        for o in rules
        if o["x1"] - o["x0"] <= _THIN and o["bottom"] - o["top"] > _LONG
    ]
    horizontal = [
        ((o["top"] + o["bottom"]) / 2, o["x0"])
        for o in rules
        if o["bottom"] - o["top"] <= _THIN and o["x1"] - o["x0"] > _LONG
    ]
    out = []
    for band in bands:
        width, height = band["x1"] - band["x0"], band["bottom"] - band["top"]
        if width <= height:  # along a vertical rule, starting its width below its top
            found = any(
                abs(x - band["x0"]) <= _ON and abs(band["top"] - (top + width)) <= _OFFSET
                for x, top in vertical
            )
        else:  # under a horizontal rule, starting its height right of its left end
            found = any(
                abs(y - band["top"]) <= _ON and abs(band["x0"] - (x0 + height)) <= _OFFSET
                for y, x0 in horizontal
            )
        if found:
            out.append(band)
    return out
