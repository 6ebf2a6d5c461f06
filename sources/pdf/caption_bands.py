"""A table's HEADING TURNED IN A CAPTION BAND down its left edge: a word processor's first
column, narrow, whose one cell is merged down over every row of the table (header rows and
body rows alike), filled, its paragraph turned a quarter turn (« Modalités de mise en
oeuvre » written bottom to top). The band holds no value of any row: it is the table's
caption, set beside the table instead of above it.

Read as printed, the band is a first column of every row (its turned letters cut into the
first cells' text, « Lancer une phase … er v u e o n … ») and the heading that would open the
table is nowhere in the text flow. A band is told by geometry alone: a box (a fill, or two
vertical rules) at most :data:`_NARROW` wide and at least :data:`_TALL` times as tall as
wide, whose every visible character is turned the same quarter turn (three or more), no
upright character in it, at whose right edge the table's row rules start (two or more, one
at least inside its height: the band spans several rows), with no row rule across it nor
reaching its left edge from further left (it is the table's FIRST column: a narrow cell of
turned text inside a table, a turned column label or a turned year, is a cell; a letterhead
strip in the page margin, beside no row rule, is :mod:`sources.pdf.margin_strips`'s). A band
holding a code (« FICHE 1.2.1 » merged down its fiche's steps) is no caption but a key of
every row it spans, read as the table's first column.

The page is then read without the band (:class:`CaptionBandPage`): its characters and drawn
objects set aside (rules crossing it clipped to the table), so the grid reads as the same
table printed without it. The band's text (:attr:`CaptionBand.text`, read upright) is not put
back in the text flow as a heading line: the table is told a steps table by its header row
alone, and a band whose table runs onto the next page prints its heading again there, where a
heading line would open a new table in the middle of the one going on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pdfplumber import utils as plumber_utils

from sources.pdf.text_columns import RegionPage
from sources.pdf.turned import _turn, vertical_text

_CODE_RE = re.compile(r"\d+(?:\.\d+)+")  # a fiche's or an action's code (« 1.2.1 »)
_NARROW = 45.0  # pt (1.6 cm): a caption band's greatest width (Writer's 1 cm band: 28 pt)
_TALL = 2.0  # a band is at least this many times as tall as wide
_MIN_CHARS = 3  # turned visible characters in a band, at least
_EDGE = 2.0  # pt: a row rule starts this close to the band's right edge
_MIN_ROW_RULES = 2  # row rules starting at the band's right edge, at least
_SLACK = 1.0  # pt: an object this close outside the band still lies in it
_THIN = 2.0  # pt: a rule's thickness at most

Box = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass(frozen=True)
class CaptionBand:
    """A caption band's box and its turned text read upright (``text``), with the turned
    characters' font (``size``, ``fontname``)."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    size: float
    fontname: str


def _candidate_boxes(page: Any) -> list[Box]:
    """Narrow tall boxes: filled rectangles and pairs of vertical rules of one extent."""
    boxes: list[Box] = []
    for r in page.rects:
        w, h = float(r["x1"] - r["x0"]), float(r["bottom"] - r["top"])
        if r.get("fill") and _THIN < w <= _NARROW and h >= _TALL * w:
            boxes.append((float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"])))
    verticals = [
        o
        for o in (*page.lines, *page.rects)
        if o["x1"] - o["x0"] <= _THIN and o["bottom"] - o["top"] > _TALL * _THIN
    ]
    for a in verticals:
        for b in verticals:
            w = float(b["x0"] - a["x0"])
            h = float(a["bottom"] - a["top"])
            if (
                _THIN < w <= _NARROW
                and h >= _TALL * w
                and abs(a["top"] - b["top"]) <= _EDGE
                and abs(a["bottom"] - b["bottom"]) <= _EDGE
            ):
                boxes.append((float(a["x0"]), float(a["top"]), float(b["x1"]), float(a["bottom"])))
    return boxes


def _inside(obj: dict[str, Any], box: Box, slack: float = _SLACK) -> bool:
    x0, top, x1, bottom = box
    return (
        float(obj["x0"]) >= x0 - slack
        and float(obj["x1"]) <= x1 + slack
        and float(obj["top"]) >= top - slack
        and float(obj["bottom"]) <= bottom + slack
    )


def _first_column_over_rows(page: Any, box: Box) -> bool:
    """Is ``box`` a table's first column merged down over several rows: row rules start at
    its right edge (:data:`_MIN_ROW_RULES` or more, one at least strictly inside its height),
    none crosses it, and none reaches its left edge from a column further left?"""
    x0, top, x1, bottom = box
    starting = inner = 0
    for o in (*page.lines, *page.rects):
        if o["bottom"] - o["top"] > _THIN or not top - _EDGE <= float(o["top"]) <= bottom + _EDGE:
            continue
        a, b = float(o["x0"]), float(o["x1"])
        within = top + _EDGE < float(o["top"]) < bottom - _EDGE
        if abs(a - x1) <= _EDGE and b > x1 + 2 * _EDGE:
            starting += 1
            inner += within
        elif within and a < x1 - _EDGE and b > x0 + _EDGE:
            return False  # a row rule across it: a cell of one row
        elif within and abs(b - x0) <= _EDGE and a < x0 - 2 * _EDGE:
            return False  # a row rule from the left: a column inside the table
    return starting >= _MIN_ROW_RULES and inner >= 1


def caption_bands(page: Any) -> list[CaptionBand]:
    """The page's caption bands (:mod:`this module <sources.pdf.caption_bands>`), or none."""
    chars = page.chars
    if all(c.get("upright", True) for c in chars):
        return []  # (nearly every page: no turned text at all)
    out: list[CaptionBand] = []
    for box in _candidate_boxes(page):
        if any(b.x0 - _SLACK <= box[0] and box[2] <= b.x1 + _SLACK for b in out):
            continue  # (a band's fill and its two rules: one band)
        inside = [c for c in chars if c["text"].strip() and _inside(c, box)]
        if len(inside) < _MIN_CHARS or any(c.get("upright", True) for c in inside):
            continue
        if len({_turn(c) for c in inside}) != 1 or _turn(inside[0]) == 0:
            continue
        if not _first_column_over_rows(page, box):
            continue
        text = vertical_text(inside)
        if not text or _CODE_RE.search(text):
            continue  # (« FICHE 1.2.1 » merged down its steps: a key of the rows, read so)
        size = max(float(c["x1"] - c["x0"]) for c in inside)  # across a turned line
        out.append(
            CaptionBand(
                *box,
                text=" ".join(text.split()),
                size=float(inside[0].get("size") or size),
                fontname=str(inside[0].get("fontname", "")),
            )
        )
    return out


class CaptionBandPage(RegionPage):
    """A page read without its caption bands: their characters and the drawn objects lying in
    them set aside (a rule crossing one clipped to the table at its right; the rule along
    its right edge kept, the table's left border)."""

    def __init__(self, page: Any, bands: list[CaptionBand]) -> None:
        self._base = page
        self.bbox = page.bbox
        self.region = page.bbox
        self.page_number = page.page_number
        self.initial_doctop = getattr(page, "initial_doctop", 0.0)
        boxes = [(b.x0, b.top, b.x1, b.bottom) for b in bands]
        self._objects: dict[str, list[dict[str, Any]]] = {
            "char": [c for c in page.chars if not any(_inside(c, box) for box in boxes)]
        }
        for kind in ("rect", "line", "curve"):
            kept: list[dict[str, Any]] = []
            for obj in page.objects.get(kind, []):
                box = next((b for b in boxes if _crossing(obj, b)), None)
                if box is None:
                    kept.append(obj)
                    continue
                if _inside(obj, box) and not _right_edge(obj, box):
                    continue  # the band's fill, its left rule and its own top / bottom
                if _right_edge(obj, box):
                    kept.append(obj)  # the table's left border
                    continue
                clipped = plumber_utils.clip_obj(obj, (box[2], 0.0, float(page.width), 1e6))
                if clipped is not None and clipped["x1"] - clipped["x0"] > 0.01:
                    kept.append(clipped)
            self._objects[kind] = kept


def _crossing(obj: dict[str, Any], box: Box) -> bool:
    x0, top, x1, bottom = box
    return (
        float(obj["x0"]) < x1 - 0.5 * _SLACK
        and float(obj["x1"]) > x0
        and float(obj["top"]) < bottom + _SLACK
        and float(obj["bottom"]) > top - _SLACK
    ) or _right_edge(obj, box)


def _right_edge(obj: dict[str, Any], box: Box) -> bool:
    """A vertical rule along the band's right edge (the table's left border)."""
    return (
        float(obj["x1"] - obj["x0"]) <= _THIN
        and abs((float(obj["x0"]) + float(obj["x1"])) / 2 - box[2]) <= _SLACK
        and float(obj["bottom"]) > box[1]
        and float(obj["top"]) < box[3]
    )
