"""A FRAMED BOX IN A SIDE MARGIN: a template's box for the signatories' initials (« Paraphe : »
over an empty space), a « cadre réservé à l'administration », printed on every page in the
margin the text column leaves free. Its few words sit level with the text lines beside it and
are read into them (« … le développement Paraphe : économique local »).

Words centred inside a small stroked frame that lies in the page's outer strip, wholly right
(or left) of every other word of the page with a clear gap, are page furniture. A framed box
in the text column (a note, a cell of a grid) has text of the page beside it, above or below
it reaching as far: it is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

_OUTER = 0.12  # of the page width: the side strips such a box lies in
_SMALL = 0.15  # of the page's width / height: a box's largest size
_GAP = 2.0  # pt: least white between the box and every other word of the page

Box = tuple[float, float, float, float]


def _frames(objects: Sequence[dict[str, Any]], width: float, height: float) -> list[Box]:
    """Boxes of the stroked outlines small enough to be a margin box, in a side strip."""
    out: list[Box] = []
    for obj in objects:
        if not obj.get("stroke"):
            continue
        x0, top, x1, bottom = (float(obj[k]) for k in ("x0", "top", "x1", "bottom"))
        if not (0 < x1 - x0 <= _SMALL * width and 0 < bottom - top <= _SMALL * height):
            continue
        if x0 >= (1 - _OUTER) * width or x1 <= _OUTER * width:
            out.append((x0, top, x1, bottom))
    return out


def margin_box_words(words: Sequence[dict[str, Any]], page: Any) -> set[int]:
    """Indices of the ``words`` (the page's) inside a framed box in a side margin (see the
    module), or nothing."""
    width, height = float(page.width), float(page.height)
    frames = _frames([*page.rects, *getattr(page, "curves", [])], width, height)
    out: set[int] = set()
    for x0, top, x1, bottom in frames:
        inside = {
            i
            for i, w in enumerate(words)
            if x0 < (float(w["x0"]) + float(w["x1"])) / 2 < x1
            and top < (float(w["top"]) + float(w["bottom"])) / 2 < bottom
        }
        others = [w for i, w in enumerate(words) if i not in inside]
        if not inside or not others:
            continue
        right = all(float(w["x1"]) <= x0 - _GAP for w in others)
        left = all(float(w["x0"]) >= x1 + _GAP for w in others)
        if right or left:
            out |= inside
    return out
