"""Dark page grounds: one fill under the whole printed area, the paper's colour, not a box.

A web page printed in dark mode (« Graphiques d'arrière-plan » on, the ``html`` element's
background kept) or a dark-themed slide draws, before anything else, ONE filled rectangle
over the whole printable area, every line of text and every table on top of it. Read as a
shape, its sides close every rule drawn across the page (a fields table's rules under its
pairs, a steps table's rules under its rows, as wide as the printable area) into one grid
down the whole page: headings, fields and the next steps table are read as rows of the steps
table before, so a fiche's heading becomes a step of the fiche before it. Such a fill is the
page's ground, like white paper: it is set aside before lines, panels and tables are built,
by both engines.

A filled rectangle is a ground when it has no outline, its fill colour is known, it spans at
least 70 % of the page's width and of its height (an A4 or Letter page inside its margins), at
least 90 % of the page's characters stand on it (a filled side panel or a dark band leaves
text outside), and the text on it is LIGHTER than it (the median glyph's luminance at least
0.4 above the fill's): text that white paper would not show, so the fill is what the page is
printed on. A large pale box under dark text (a framed form, a shaded page body) or a shadow
drawn under a card stays a shape. Fills of the ground's colour drawn on it (banded rows) stay
shapes too.
"""

from __future__ import annotations

from typing import Any

from sources.pdf.pdfium_page import PdfiumPage
from sources.pdf.watermark import lightness

MIN_SPAN = 0.7  # of the page's width and of its height
MIN_TEXT_ON = 0.9  # share of the page's characters whose centre stands on the fill
MIN_CONTRAST = 0.4  # the text's usual lightness above the fill's: light text on a dark ground


def _is_ground(
    rect: dict[str, Any], chars: list[dict[str, Any]], width: float, height: float
) -> bool:
    """Whether ``rect`` is a ground of a page ``width`` × ``height`` holding ``chars``."""
    if not rect.get("fill") or rect.get("stroke"):
        return False
    x0, x1, top, bottom = (float(rect[k]) for k in ("x0", "x1", "top", "bottom"))
    if x1 - x0 < MIN_SPAN * width or bottom - top < MIN_SPAN * height:
        return False
    light = lightness(rect.get("non_stroking_color"))
    if light is None:
        return False
    on = [
        c
        for c in chars
        if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom
    ]
    if not on or len(on) < MIN_TEXT_ON * len(chars):
        return False
    tones = sorted(t for t in (lightness(c.get("non_stroking_color")) for c in on) if t is not None)
    return bool(tones) and tones[len(tones) // 2] >= light + MIN_CONTRAST


def ground_rects(page: Any) -> list[dict[str, Any]]:
    """The page's ground fills (usually none, at most one per page in practice)."""
    width, height = float(page.width), float(page.height)
    rects = page.rects
    if not rects:
        return []
    candidates = [
        r
        for r in rects
        if r.get("fill")
        and float(r["x1"]) - float(r["x0"]) >= MIN_SPAN * width
        and float(r["bottom"]) - float(r["top"]) >= MIN_SPAN * height
    ]
    if not candidates:
        return []
    chars = page.chars
    return [r for r in candidates if _is_ground(r, chars, width, height)]


def without_ground(page: Any) -> Any:
    """The page without its ground fills (the page itself when it has none).

    A PDFium page (:class:`sources.pdf.pdfium_page.PdfiumPage`) drops them from its read
    paths; a pdfplumber page is given as a filtered view, closed with the page."""
    grounds = ground_rects(page)
    if not grounds:
        return page
    drop = {id(r) for r in grounds}
    if isinstance(page, PdfiumPage):
        page.set_aside_rects(drop)
        return page
    view = page.filter(lambda obj: id(obj) not in drop)
    view_close = view.close

    def close() -> None:  # the caller closes the view: the page's caches go with it
        view_close()
        page.close()

    view.close = close
    return view
