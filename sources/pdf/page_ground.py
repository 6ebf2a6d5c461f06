"""Page grounds: one fill under the whole printed page, the paper's colour, not a box.

A web page printed in dark mode (« Graphiques d'arrière-plan » on, the ``html`` element's
background kept) or a dark-themed slide draws, before anything else, ONE filled rectangle
over the whole printable area, every line of text and every table on top of it. Read as a
shape, its sides close every rule drawn across the page (a fields table's rules under its
pairs, a steps table's rules under its rows, as wide as the printable area) into one grid
down the whole page: headings, fields and the next steps table are read as rows of the steps
table before, so a fiche's heading becomes a step of the fiche before it. Such a fill is the
page's ground, like white paper: it is set aside before lines, panels and tables are built,
by both engines.

DARK ground: a filled rectangle with no outline, its fill colour known, spanning at least
70 % of the page's width and of its height (an A4 or Letter page inside its margins), at least
90 % of the page's characters on it (a filled side panel or a dark band leaves text outside),
and the text on it LIGHTER than it (the median glyph's luminance at least 0.4 above the
fill's): text that white paper would not show, so the fill is what the page is printed on.

TINTED (or white) PAPER, under dark text: LibreOffice Writer's page colour (Format › Page ›
Area) and Word's « Couleur de page » are one fill over the whole sheet; Chromium printing a
tinted ``html`` background (a sepia reading theme) fills the printable area, then the
``body``'s fill of the same colour over the content's height. The whole-sheet fill read right
already (its sides are the page's edges, away from every rule); the printable-area fill
closed a steps table as wide as it (shaded header, banded rows) with the next fiche into one
grid, like the dark ground. Text darker than the fill does not tell paper from a pale box, so
the paper is told by where it is drawn: such a fill (outline-less, the same 70 % spans) is
paper when it is the FIRST rectangle drawn on the page (after other paper fills only), every
other rectangle, rule and curve of the page lies on it, each of its sides is within 15 % of
the page's width or height from the page's edge, at least 90 % of the characters stand on it
(running heads and feet may sit in the white margin) and their median is at least 0.4 darker
than it. A fill of its colour drawn right after it across its whole width (the ``body``) is
part of it. A box leaves a rule, a band or a tenth of the text outside it, white paper wider
than 15 % around it, or is drawn over shapes drawn before it: the tuned large pale boxes
(a fiche body under its title band) and the translucent black card shadows under dark text
(drawn first, under everything, but not lighter than their text) stay shapes. Fills of the
ground's colour drawn on it later (banded rows) stay shapes too. A fill of exactly the box of
the paper fill drawn right before it, whatever its colour or pattern, is one more layer of the
same background (CSS multiple backgrounds: a Seyès ruling printed as tiling patterns over the
``body``'s white), part of the paper.
"""

from __future__ import annotations

from typing import Any

from sources.pdf.obj_box import Box, within
from sources.pdf.obj_box import box_of as _box
from sources.pdf.pdfium_page import PdfiumPage
from sources.pdf.watermark import lightness, view_without

MIN_SPAN = 0.7  # of the page's width and of its height
MIN_TEXT_ON = 0.9  # share of the page's characters whose centre stands on the fill
MIN_CONTRAST = 0.4  # the text's usual lightness above the fill's: light text on a dark ground
MAX_MARGIN = 0.15  # of the page's width / height: a paper fill's sides this near the edges
REACH = 1.5  # pt: a path on a paper fill may pass its sides by this much (a rounded pixel)
SAME_TONE = 0.01  # fill components this close: the paper's colour (a stacked ``body`` fill)


def _chars_on(box: Box, chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    x0, top, x1, bottom = box
    return [
        c
        for c in chars
        if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom
    ]


def _is_plain_fill(rect: dict[str, Any], width: float, height: float) -> bool:
    """Filled, outline-less, a known colour, at least ``MIN_SPAN`` of the page each way."""
    if not rect.get("fill") or rect.get("stroke"):
        return False
    if lightness(rect.get("non_stroking_color")) is None:
        return False
    x0, top, x1, bottom = _box(rect)
    return x1 - x0 >= MIN_SPAN * width and bottom - top >= MIN_SPAN * height


def _is_ground(
    rect: dict[str, Any], chars: list[dict[str, Any]], width: float, height: float
) -> bool:
    """Whether ``rect`` is a DARK ground of a page ``width`` × ``height`` holding ``chars``:
    the text on it lighter than it."""
    if not _is_plain_fill(rect, width, height):
        return False
    light = lightness(rect.get("non_stroking_color"))
    assert light is not None
    on = _chars_on(_box(rect), chars)
    if not on or len(on) < MIN_TEXT_ON * len(chars):
        return False
    tones = sorted(t for t in (lightness(c.get("non_stroking_color")) for c in on) if t is not None)
    return bool(tones) and tones[len(tones) // 2] >= light + MIN_CONTRAST


def _within(obj: dict[str, Any], box: Box) -> bool:
    return within(obj, box, REACH)


def _is_paper(rect: dict[str, Any], stack: list[dict[str, Any]], page: Any, chars: list) -> bool:
    """Whether ``rect`` (drawn after the fills of ``stack`` only) is the paper of ``page``."""
    width, height = float(page.width), float(page.height)
    if not _is_plain_fill(rect, width, height):
        return False
    box = _box(rect)
    x0, top, x1, bottom = box
    if max(x0, width - x1) > MAX_MARGIN * width or max(top, height - bottom) > MAX_MARGIN * height:
        return False
    below = {id(r) for r in stack} | {id(rect)}
    for obj in (*page.rects, *page.lines, *page.curves):
        if id(obj) not in below and not _within(obj, box):
            return False
    on = _chars_on(box, chars)
    if not on or len(on) < MIN_TEXT_ON * len(chars):
        return False
    light = lightness(rect.get("non_stroking_color"))
    assert light is not None
    tones = sorted(t for t in (lightness(c.get("non_stroking_color")) for c in on) if t is not None)
    return bool(tones) and tones[len(tones) // 2] <= light - MIN_CONTRAST


def _same_tone(a: Any, b: Any) -> bool:
    if not isinstance(a, (tuple, list)) or not isinstance(b, (tuple, list)) or len(a) != len(b):
        return False
    return all(abs(float(u) - float(v)) <= SAME_TONE for u, v in zip(a, b, strict=True))


def _continues(rect: dict[str, Any], paper: dict[str, Any]) -> bool:
    """A fill of the paper's colour across its whole width drawn right after it (a printed
    ``body`` over its ``html``): invisible on it, part of the paper."""
    if not rect.get("fill") or rect.get("stroke"):
        return False
    if not _same_tone(rect.get("non_stroking_color"), paper.get("non_stroking_color")):
        return False
    x0, _, x1, _ = _box(rect)
    px0, _, px1, _ = _box(paper)
    return _within(rect, _box(paper)) and x1 - x0 >= px1 - px0 - 2 * REACH


def _layer(rect: dict[str, Any], below: dict[str, Any]) -> bool:
    """A further fill of exactly the box of the paper fill drawn right before it, whatever
    its colour or pattern: one more layer of a CSS multiple background (a Seyès ruling's
    tiling patterns, a gradient) painted over the ``body``'s own fill, part of the paper."""
    if not rect.get("fill") or rect.get("stroke"):
        return False
    box, under = _box(rect), _box(below)
    return all(abs(a - b) <= REACH for a, b in zip(box, under, strict=True))


def paper_rects(page: Any, chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The fills drawn first on the page, under everything else: its paper (any tone)."""
    stack: list[dict[str, Any]] = []
    for rect in page.rects:
        if _is_paper(rect, stack, page, chars):
            stack.append(rect)
        elif stack and (_continues(rect, stack[-1]) or _layer(rect, stack[-1])):
            stack.append(rect)
        else:
            break
    return stack


def ground_rects(page: Any) -> list[dict[str, Any]]:
    """The page's ground fills: its paper (stacked fills drawn first) and any dark ground."""
    width, height = float(page.width), float(page.height)
    rects = page.rects
    if not rects or not any(_is_plain_fill(r, width, height) for r in rects):
        return []
    chars = page.chars
    grounds = paper_rects(page, chars)
    kept = {id(r) for r in grounds}
    grounds += [r for r in rects if id(r) not in kept and _is_ground(r, chars, width, height)]
    return grounds


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
    return view_without(page, drop)
