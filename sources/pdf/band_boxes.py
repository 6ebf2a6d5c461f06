"""A FRAMED BOX IN THE PAGE'S TOP OR BOTTOM MARGIN, printed on every page (a transmission
service's « Accusé de réception en préfecture » stamp, a reference box, a classification
mark): page furniture, its words and frame set aside before the page's lines are built.

Word processors anchor such a box to the page from the section's header or footer, in front
of the text: it prints at the same place on every page, often level with the running header
(Writer prints a header's text box in the margin whatever the header line's height). Its
lines then sit on the running header's line (« PCAET … — Programme d'actions » and the
stamp's « Date de télétransmission : 16/03/2022 » read as one line of two segments), and a
stamp's line that looks like a column label (« Date … ») keeps that line from being dropped
as a running text; the lines under it go on at its left edge and are read into the cells
of a table going on from the page before.

A box is furniture only on strong evidence: a STROKED outline (a rectangle or a closed
curve, at least :data:`_LEAST` pt each way) lying WHOLLY inside the page's top or bottom
band (the band running texts are looked for in, :data:`BAND`), apart from every other shape
(no other rectangle, curve or rule crosses or touches its outline: a table's cell shares
its sides with its neighbours), holding text whose every line is a RUNNING text (repeated in
the bands of most pages, :func:`sources.pdf.running.running_texts`) and none a heading.
A box of a repeated header row, a framed title differing from page to page, a framed value
of the body, stay.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sources.pdf.content import Line
from sources.pdf.lines import _words, words_to_lines
from sources.pdf.running import _running_key
from sources.pdf.watermark import without_objects

BAND = 0.09  # of the page's height: the top and bottom bands (as :class:`EdgeTexts`)
_LEAST = 5.0  # pt: the least width and height of a box (no rule, no tick)
_TOUCH = 0.5  # pt: a shape this close to the box's outline is joined to it


Box = tuple[float, float, float, float]


def _bbox(obj: dict[str, Any]) -> Box:
    return (float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]))


def _inside(inner: Box, outer: Box, slack: float = _TOUCH) -> bool:
    return (
        inner[0] >= outer[0] - slack
        and inner[1] >= outer[1] - slack
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


def _meets(a: Box, b: Box, slack: float = _TOUCH) -> bool:
    return (
        a[0] <= b[2] + slack
        and b[0] <= a[2] + slack
        and a[1] <= b[3] + slack
        and b[1] <= a[3] + slack
    )


def band_boxes(page: Any) -> list[Box]:
    """Outlines of the stroked boxes lying wholly in the page's top or bottom band, apart
    from every other shape of the page (shapes inside a box — its fill — are its own)."""
    height = float(page.height)
    shapes = [*page.rects, *page.curves, *page.lines]
    found: list[Box] = []
    for obj in [*page.rects, *page.curves]:
        if not obj.get("stroke"):
            continue
        box = _bbox(obj)
        if box[2] - box[0] < _LEAST or box[3] - box[1] < _LEAST:
            continue
        if not (box[3] <= BAND * height or box[1] >= (1 - BAND) * height):
            continue
        joined = any(
            _meets(_bbox(other), box) and not _inside(_bbox(other), box)
            for other in shapes
            if other is not obj
        )
        if not joined and box not in found:
            found.append(box)
    return found


def band_box_objects(
    page: Any, running: set[str], is_stop: Callable[[Line], bool] | None = None
) -> set[int]:
    """``id`` of the characters and shapes of the page's framed furniture boxes (see the
    module): boxes in its top or bottom band whose every line of text is a running text
    (``running``, folded keys) and none a heading (``is_stop``)."""
    boxes = band_boxes(page)
    if not boxes:
        return set()
    words = _words(page)
    drop: set[int] = set()
    for box in boxes:
        held = [
            w
            for w in words
            if box[0] < (float(w["x0"]) + float(w["x1"])) / 2 < box[2]
            and box[1] < (float(w["top"]) + float(w["bottom"])) / 2 < box[3]
        ]
        lines = words_to_lines(held, 0)
        if not lines:
            continue
        if not all(_running_key(ln.text) in running for ln in lines):
            continue
        if is_stop is not None and any(is_stop(ln) for ln in lines):
            continue
        for c in page.chars:
            cx = (float(c["x0"]) + float(c["x1"])) / 2
            cy = (float(c["top"]) + float(c["bottom"])) / 2
            if box[0] < cx < box[2] and box[1] < cy < box[3]:
                drop.add(id(c))
        drop.update(
            id(obj) for obj in [*page.rects, *page.curves, *page.lines] if _inside(_bbox(obj), box)
        )
    return drop


def without_band_boxes(
    page: Any, running: set[str], is_stop: Callable[[Line], bool] | None = None
) -> Any:
    """The page without its framed furniture boxes in the top and bottom bands."""
    if not running:
        return page
    return without_objects(page, band_box_objects(page, running, is_stop))
