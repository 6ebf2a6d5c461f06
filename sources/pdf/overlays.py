"""Fixed overlays: bands painted OVER the page's text (a web page's fixed bar or banner), set aside.

A web page's ``position: fixed`` elements — an intranet's top bar, an RGPD cookie banner, a
« back to top » strip — are printed by Chromium on EVERY page, at the same place, after (so
over) the content flowing beneath them: the content's lines that fall under them are drawn
under their opaque fills, hidden on paper but still in the PDF's text in their reading order
(the browser does not move the flow out of their way). Read as they are, the bar's and the
banner's words interleave with the content's lines (« Etape … Accueil · Annuaire » on one
line, a cell « d'Economie Ce site utilise des c Circulaire ») and their fills and borders cut
the tables they cover.

Told by PAINT ORDER, not by words or places: the page's overlay layer is the tail of its paint
order made only of WIDE fills (at least half the page's width) and of what lies on one of
them painted after it (their texts, buttons, borders, underlines); it is an overlay only when
one of those fills HIDES text painted before it (at least ``MIN_HIDDEN`` characters of the
page's flow with their centre well inside it, the fill at least ``MIN_HEIGHT`` tall: more than
the page number a box drawn at the page's foot happens to cover) or stands
where an overlay fill of an EARLIER page of the document stood, in its colour (a print's short
last page, its flow ending above the banner, hides nothing). A band a document draws last over
nothing (a coloured footer under the text, a table's last row with its fill drawn before its
text) is not an overlay; a header band drawn over nothing on the first page IS, when a banner
of the same layer hides text there (Chromium paints every fixed element after the flow, so the
bar and the banner share the tail).

The overlay layer is set aside (its fills and everything painted on them), by both engines;
the text it hid STAYS: it is the document's flow (a steps row broken across a page under the
banner, a table's repeated header row under the bar), the seed's own words. PDFium gives the
paint order through its page objects (:meth:`sources.pdf.pdfium_page.PdfiumPage.paint_order`),
pdfplumber through the order of pdfminer's layout objects.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from sources.pdf.obj_box import Box, within
from sources.pdf.obj_box import box_of as _box
from sources.pdf.pdfium_page import PdfiumPage
from sources.pdf.watermark import without_objects

MIN_WIDTH = 0.5  # of the page's width: a fixed bar or banner spans the page
MIN_HEIGHT = 6.0  # pt: a fill hiding text is at least a short line tall (not a rule)
MIN_HIDDEN = 12  # characters of the flow a fill must hide: more than a page number under a box
INSET = 0.5  # pt: a hidden character's centre at least this far inside the fill
REACH = 1.5  # pt: an object on a fill may pass its sides by this much (a border, a rounding)
SAME_PLACE = 1.0  # pt: a later page's fill this near an earlier overlay's sides is the same
SAME_TONE = 0.01  # fill components this close: the same colour

Fill = tuple[Box, Any]  # an overlay fill's box and colour

_LT = re.compile(r"^LT")
_PATHS = ("rect", "line", "curve")


def _is_wide_fill(obj: dict[str, Any], width: float) -> bool:
    return (
        obj.get("object_type") == "rect"
        and bool(obj.get("fill"))
        and float(obj["x1"]) - float(obj["x0"]) >= MIN_WIDTH * width
    )


def _on(obj: dict[str, Any], box: Box) -> bool:
    return within(obj, box, REACH)


def _hides(box: Box, chars: list[dict[str, Any]]) -> bool:
    """Whether a fill over ``box`` covers at least ``MIN_HIDDEN`` of ``chars``' centres."""
    x0, top, x1, bottom = box
    if bottom - top < MIN_HEIGHT:
        return False
    count = 0
    for c in chars:
        if not str(c.get("text", "")).strip():
            continue
        cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        if x0 + INSET < cx < x1 - INSET and top + INSET < cy < bottom - INSET:
            count += 1
            if count >= MIN_HIDDEN:
                return True
    return False


def _walk(objs: list[Any], boxed: bool) -> Iterator[Any]:
    """pdfminer's layout objects in pdfplumber's order (``Page.iter_layout_objects``)."""
    from pdfminer.layout import LTContainer

    for obj in objs:
        if isinstance(obj, LTContainer):
            if boxed:
                yield obj
            yield from _walk(obj._objs, boxed)
        else:
            yield obj


def _plumber_order(page: Any) -> dict[int, int]:
    """A pdfplumber page's objects' places in its paint order, by ``id``: pdfplumber lists
    each kind in pdfminer's layout order, which is the content stream's."""
    root = page.root_page
    objects = root.objects
    seen: dict[str, int] = {}
    order: dict[int, int] = {}
    boxed = root.pdf.laparams is not None
    for index, item in enumerate(_walk(root.layout._objs, boxed)):
        kind = _LT.sub("", item.__class__.__name__).lower()
        if kind == "anno":
            continue
        k = seen.get(kind, 0)
        seen[kind] = k + 1
        found = objects.get(kind)
        if found is not None and k < len(found):
            order[id(found[k])] = index
    return order


def paint_sequence(page: Any) -> list[tuple[int, dict[str, Any]]]:
    """The page's characters and paths in paint order, each with its place in it (both
    engines: :meth:`PdfiumPage.paint_order`, pdfminer's layout order)."""
    order = page.paint_order() if isinstance(page, PdfiumPage) else _plumber_order(page)
    return sorted(
        (
            (order[id(obj)], obj)
            for obj in (*page.chars, *page.rects, *page.lines, *page.curves)
            if id(obj) in order
        ),
        key=lambda pair: pair[0],
    )


def _same_fill(obj: dict[str, Any], fill: Fill) -> bool:
    """Whether ``obj`` is filled like ``fill`` (same colour) at the same place."""
    box, colour = fill
    tone = obj.get("non_stroking_color")
    if not isinstance(tone, (tuple, list)) or not isinstance(colour, (tuple, list)):
        return False
    if len(tone) != len(colour) or any(
        abs(float(a) - float(b)) > SAME_TONE for a, b in zip(tone, colour, strict=True)
    ):
        return False
    return all(abs(a - b) <= SAME_PLACE for a, b in zip(_box(obj), box, strict=True))


def _layer_starts(painted: list[tuple[int, dict[str, Any]]], width: float) -> list[int]:
    """Places of the wide fills from which every later object is a wide fill or lies on one
    painted from there on, the earliest first."""
    fills = [j for j, (_, obj) in enumerate(painted) if _is_wide_fill(obj, width)]
    starts: list[int] = []
    for start in fills:
        boxes: list[Box] = []
        for _, obj in painted[start:]:
            if _is_wide_fill(obj, width):
                boxes.append(_box(obj))
            elif not any(_on(obj, box) for box in boxes):
                break
        else:
            starts.append(start)
    return starts


def overlay_objects(page: Any, seen: list[Fill] | None = None) -> set[int]:
    """``id`` of the characters and paths of ``page``'s overlay layer (empty when none).

    ``seen`` holds the overlay fills of the document's earlier pages (updated): a tail fill
    at the same place in the same colour is an overlay even where it hides nothing (the short
    last page of a print, its flow ending above the banner)."""
    width = float(page.width)
    rects = page.rects
    if not any(_is_wide_fill(r, width) and _box(r)[3] - _box(r)[1] >= MIN_HEIGHT for r in rects):
        return set()
    painted = paint_sequence(page)
    known = seen or []
    # the earliest wide fill from which every later object is a wide fill or lies on one
    # painted before it, and whose layer hides the flow: a web editor's last sheet (a white
    # page with its text on it) makes such a tail too, the fixed bar painted after it is the
    # layer that hides
    for start in _layer_starts(painted, width):
        first = painted[start][0]
        flow = [obj for index, obj in painted[:start] if index < first and "text" in obj]
        if not flow:  # nothing painted under it: the page's own band (its text on it)
            continue
        layer = [obj for _, obj in painted[start:]]
        fills = [obj for obj in layer if _is_wide_fill(obj, width)]
        if any(
            _hides(_box(obj), flow) or any(_same_fill(obj, fill) for fill in known) for obj in fills
        ):
            break
    else:
        return set()
    if seen is not None:
        seen.extend(
            (_box(obj), obj.get("non_stroking_color"))
            for obj in fills
            if _box(obj)[3] - _box(obj)[1] >= MIN_HEIGHT
            and not any(_same_fill(obj, fill) for fill in seen)
        )
    return {id(obj) for obj in layer}


def without_overlays(page: Any, seen: list[Fill] | None = None) -> Any:
    """The page without its overlay layer (the page itself when it has none); ``seen``: the
    overlay fills of the earlier pages (see :func:`overlay_objects`).

    A PDFium page drops the layer's characters and paths; a pdfplumber page is given as a
    filtered view, closed with the page."""
    return without_objects(page, overlay_objects(page, seen))
