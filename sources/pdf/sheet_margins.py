"""A document shown as SHEETS ON A BACKDROP (an online office editor's tab, a viewer's page
printed by the browser): the sheets' own running headers and page numbers, set aside.

An online editor lays the document out as white sheets on a grey backdrop, each with its own
running header (« PCAET Grand Auch … — Programme d'actions ») and page number (« 3 / 11 »),
and the browser prints that view cut anywhere by its own pages: a sheet's header and number
land in the middle of a printed page, between two rows of a table (read as a cell's line, a
cell « 9 / 11 2021 ») or over a line of text. Page-edge rules never see them.

A BACKDROP is a filled, not white, box at least nine tenths of the page wide and half of it
high; a SHEET a white filled box on it at least seven tenths of the page wide, narrower than the
backdrop. In the band along a sheet's top or bottom edge printed on the page (an eighth of the
sheet's width deep), the characters set smaller than the page's text (nine tenths of its usual
size at most) are the sheet's margin furniture. The sheet's text starts below its margin; a
printed page's own header and footer are left to the running-text rules.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sources.pdf.line_numbers import _lightness
from sources.pdf.watermark import without_objects

_WIDE_BACKDROP = 0.9  # of the page's width
_TALL_BACKDROP = 0.5  # of the page's height
_WIDE_SHEET = 0.7  # of the page's width
_MARGIN = 0.125  # of the sheet's width: the depth of its top and bottom margins
_SMALL = 0.9  # of the page's usual text size
_WHITE = 0.98
_EDGE = 1.0  # pt: a sheet's edge this far inside the backdrop is printed on the page

Box = tuple[float, float, float, float]


def _fill_tone(rect: dict[str, Any]) -> float | None:
    return _lightness(rect.get("non_stroking_color")) if rect.get("fill") else None


def sheet_margin_chars(page: Any) -> set[int]:
    """``id`` of the characters in the margins of the sheets shown on ``page`` (see the
    module); empty when the page shows no sheets."""
    width, height = float(page.width), float(page.height)
    rects = page.rects
    backdrops = [
        r
        for r in rects
        if float(r["x1"]) - float(r["x0"]) >= _WIDE_BACKDROP * width
        and float(r["bottom"]) - float(r["top"]) >= _TALL_BACKDROP * height
        and (tone := _fill_tone(r)) is not None
        and tone < _WHITE
    ]
    if not backdrops:
        return set()
    back = backdrops[0]
    bx0, btop, bx1, bottom_b = (float(back[k]) for k in ("x0", "top", "x1", "bottom"))
    bands: list[Box] = []
    for r in rects:
        x0, x1, top, bottom = (float(r[k]) for k in ("x0", "x1", "top", "bottom"))
        tone = _fill_tone(r)
        if tone is None or tone < _WHITE or x1 - x0 < _WIDE_SHEET * width:
            continue
        if x0 <= bx0 + _EDGE or x1 >= bx1 - _EDGE:
            continue  # as wide as the backdrop: no sheet on it
        depth = _MARGIN * (x1 - x0)
        if btop + _EDGE < top < bottom_b:
            bands.append((x0, top, x1, top + depth))
        if btop < bottom < bottom_b - _EDGE:
            bands.append((x0, bottom - depth, x1, bottom))
    if not bands:
        return set()
    chars = [c for c in page.chars if str(c.get("text", "")).strip()]
    sizes = Counter(round(float(c.get("size") or 0.0), 1) for c in chars)
    if not sizes:
        return set()
    usual = sizes.most_common(1)[0][0]
    out: set[int] = set()
    for c in chars:
        if float(c.get("size") or 0.0) > _SMALL * usual:
            continue
        cx, cy = (float(c["x0"]) + float(c["x1"])) / 2, (float(c["top"]) + float(c["bottom"])) / 2
        if any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in bands):
            out.add(id(c))
    return out


def without_sheet_margins(page: Any) -> Any:
    """The page without its sheets' margin furniture (the page itself when it shows none)."""
    return without_objects(page, sheet_margin_chars(page))
