"""CHARACTER HIGHLIGHTS INSIDE A RULED CELL: decoration, no cell and no cell's fill.

A word processor's text highlighter (Word's « Couleur de surbrillance du texte »,
``w:highlight``; Writer's « Arrière-plan du caractère ») prints a filled, unstroked rectangle
behind the highlighted run only — often a figure inside a longer value (« 18000 » of
« 18000 (financé) ») —, exactly as tall as the run's line and as wide as its glyphs. Inside a
grid drawn with rules, its four edges are read as rules by the table finder: a row cut after
its first line, a column at the figure's left. The grid's own rules are drawn as strokes; a
box hugging one line of glyphs (:func:`sources.pdf.line_fills.line_fills`), no thinner than
most of a line (an underline is thinner) and standing between a ruled cell's four rules, is a
highlight: the page is read without it (:class:`WithoutHighlights`) once its words are found.

A CHARACTER BORDER is no highlight: Writer's « Bordure » of a run (a « chip » of a value)
prints the same filled box behind each line of the run but strokes its four sides too, each
stroke as long as the box's side (a grid's rule runs on past a line's box, by the cell's
padding at least). Those boxes are :func:`sources.pdf.inset_rules.text_boxes`' — strokes
and fill set aside for the table finder only, the strokes kept for every other reader —;
taken as highlights, their own sides would stand for the cell's four rules. And the view
has a filter of its own (:meth:`WithoutHighlights.filter`), so that boxed runs, a
paragraph's bottom border or a drop shadow elsewhere on the page are still set aside for the
table finder (:func:`sources.pdf.inset_rules.without_inset_strokes` reads a page without a
filter as it is: every boxed line would cut its row).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from sources.pdf.line_fills import line_fills
from sources.pdf.pdfium_page import forget_edges
from sources.pdf.text_columns import RegionPage

_STROKE = 1.5  # pt: the thickest line or box still drawn as a rule
_TALL = 0.8  # of the glyphs' size: a highlight at least this tall (an underline is thinner)
_SLACK = 1.0  # pt: a rule may touch the box (a figure opening its cell under the row's rule)


def cell_highlights(page: Any) -> list[dict[str, Any]]:
    """The page's rectangles hugging one line of glyphs between a ruled cell's four rules
    (module doc)."""
    rects = {id(r) for r in getattr(page, "rects", ())}
    boxes = [o for o in line_fills(page) if id(o) in rects]
    if not boxes:
        return []
    strokes = [
        (float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"]))
        for o in [*getattr(page, "lines", ()), *getattr(page, "rects", ())]
        if min(float(o["x1"]) - float(o["x0"]), float(o["bottom"]) - float(o["top"])) <= _STROKE
    ]
    chars = [c for c in getattr(page, "chars", ()) if str(c.get("text", "")).strip()]
    return [
        box
        for box in boxes
        if _tall(box, chars) and not _outlined(box, strokes) and _in_cell(box, strokes)
    ]


def _tall(box: dict[str, Any], chars: list[dict[str, Any]]) -> bool:
    """Is ``box`` as tall as most of its glyphs' size (no underline)?"""
    sizes = [
        float(c.get("size") or 0.0)
        for c in chars
        if box["x0"] <= (c["x0"] + c["x1"]) / 2 <= box["x1"]
        and box["top"] <= (c["top"] + c["bottom"]) / 2 <= box["bottom"]
    ]
    return bool(sizes) and box["bottom"] - box["top"] >= _TALL * max(sizes)


def _outlined(box: dict[str, Any], strokes: list[tuple[float, float, float, float]]) -> bool:
    """Is ``box`` stroked along its four sides, each stroke ending with the side (a
    character border around the run, module doc)?"""
    x0, top, x1, bottom = (float(box[k]) for k in ("x0", "top", "x1", "bottom"))

    def along(x: float | None, y: float | None) -> bool:
        for a, t, b, u in strokes:
            if x is not None:  # a vertical side at x, from top to bottom
                if b - a <= _STROKE and abs((a + b) / 2 - x) <= _SLACK:
                    if abs(t - top) <= _SLACK and abs(u - bottom) <= _SLACK:
                        return True
            elif y is not None and u - t <= _STROKE and abs((t + u) / 2 - y) <= _SLACK:
                if abs(a - x0) <= _SLACK and abs(b - x1) <= _SLACK:
                    return True
        return False

    return along(x0, None) and along(x1, None) and along(None, top) and along(None, bottom)


def _in_cell(box: dict[str, Any], strokes: list[tuple[float, float, float, float]]) -> bool:
    """Does a rule run left, right, above and below ``box``, each along its whole side?"""
    x0, top, x1, bottom = (float(box[k]) for k in ("x0", "top", "x1", "bottom"))
    middle = (top + bottom) / 2
    verticals = [
        ((a + b) / 2, t, u)
        for a, t, b, u in strokes
        if b - a <= _STROKE and t <= top + _SLACK and u >= bottom - _SLACK
    ]
    horizontals = [
        ((t + u) / 2, a, b)
        for a, t, b, u in strokes
        if u - t <= _STROKE and a <= x0 + _SLACK and b >= x1 - _SLACK
    ]
    return (
        any(x <= x0 + _SLACK for x, _, _ in verticals)
        and any(x >= x1 - _SLACK for x, _, _ in verticals)
        and any(y <= top + _SLACK and y < middle for y, _, _ in horizontals)
        and any(y >= bottom - _SLACK and y > middle for y, _, _ in horizontals)
    )


class WithoutHighlights(RegionPage):
    """A page read without its cell highlights (module doc): every other object as printed."""

    def __init__(self, page: Any, highlights: list[dict[str, Any]]) -> None:
        self._base = page
        self.bbox = page.bbox
        self.region = page.bbox
        self.page_number = page.page_number
        self.initial_doctop = getattr(page, "initial_doctop", 0.0)
        drop = {id(o) for o in highlights}
        self._objects: dict[str, list[dict[str, Any]]] = {"char": list(page.chars)}
        for kind in ("rect", "line", "curve"):
            self._objects[kind] = [o for o in page.objects.get(kind, []) if id(o) not in drop]

    def filter(self, test_function: Callable[[dict[str, Any]], bool]) -> WithoutHighlights:
        """The view without the objects ``test_function`` rejects (pdfplumber's
        ``Page.filter``: a page's inset strokes set aside for its table finder, module doc)."""
        view = copy.copy(self)
        forget_edges(view)
        view._objects = {
            kind: [o for o in objects if test_function(o)]
            for kind, objects in self._objects.items()
        }
        return view
