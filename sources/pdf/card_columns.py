"""CARDS SIDE BY SIDE (a CSS grid of two or more columns, one card an item): each card read
whole, the left one first, and a card cut by a page break read on in its own column.

A portal's « grille de fiches » lays items out as cards in a grid of equal columns: each
card a drawn box (its border or fill) holding a whole record — a heading, its fields, its
table — set from the card's own left edge, the cards of a grid row as high as the row
(a grid stretches its items), a gutter with no ink between them. Read line by line across
the page, the two cards' lines interleave and their tables, standing level, read as one
table. A browser breaks the row's cards at the same page break: each card's part on the next
page stands in the same column, at the top (the shorter card's part may be an empty box).

So a CARD ROW is two boxes or more with the same top and bottom, side by side, each wide
enough for running text (:data:`_MIN_WIDTH`) and several lines high, nothing written or
drawn in the gutters between them from the row's top to its bottom, and holding records,
not blocks of a record: some card's text is ruled by the card's own rules (a fields or a
steps table, its rules stopping inside the card) — steps set as cards (a name over a
description, badges) carry no table of their own. The page is then read in regions as a
page in text columns is (:mod:`sources.pdf.text_columns`): above the row, each card's
column left to right, below it. A row that runs to the page's foot (nothing under it) is
cut by the page break when the next page starts with a card row in the same columns:
the cards' parts are then read column by column over the pages (:class:`CardColumns`): the
first column on this page, then on the next …, then the second column's parts.
"""

from __future__ import annotations

from typing import Any

from sources.pdf.text_columns import Box, RegionPage

_SAME = 2.0  # pt: two boxes' tops (bottoms, edges) this close are level
_GUTTER = 1.0  # em of the body text: the gap between two cards at least (a grid's gap)
_MIN_WIDTH = 12.0  # em of the body text: a card's least width (a column of running text)
_MIN_HEIGHT = 3.0  # em of the body text: a card's least height (a few lines)
_THIN = 2.0  # pt: a rule's greatest thickness
_RULED = 2  # rules of a card's own at least (a table's): the card holds a record
_BACKGROUND = 0.8  # of the page's width and height: a box as large is the page's ground
_FOOT = 1.0  # em: text starting this far under a row's bottom at least is under the row


def _objects(page: Any) -> list[dict[str, Any]]:
    return [*page.rects, *page.lines, *page.curves]


def _chars(page: Any) -> list[dict[str, Any]]:
    return [c for c in page.chars if str(c.get("text", "")).strip()]


def _body_size(chars: list[dict[str, Any]]) -> float:
    sizes = sorted(float(c.get("size", 0.0)) for c in chars)
    return sizes[len(sizes) // 2] if sizes else 0.0


def _box(obj: dict[str, Any]) -> Box:
    return (float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]))


def _inside(c: dict[str, Any], box: Box) -> bool:
    x = (float(c["x0"]) + float(c["x1"])) / 2
    y = (float(c["top"]) + float(c["bottom"])) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def card_rows(page: Any) -> list[list[Box]]:
    """The card rows of ``page`` (module docstring), top to bottom, each its cards' boxes
    left to right."""
    chars = _chars(page)
    size = _body_size(chars)
    if not chars or size <= 0:
        return []
    width, height = float(page.width), float(page.height)
    objects = _objects(page)
    boxes: list[Box] = []
    for obj in objects:
        box = _box(obj)
        w, h = box[2] - box[0], box[3] - box[1]
        if w < _MIN_WIDTH * size or h < _MIN_HEIGHT * size:
            continue
        if w >= _BACKGROUND * width and h >= _BACKGROUND * height:
            continue
        if not any(all(abs(a - b) <= _SAME for a, b in zip(box, o, strict=True)) for o in boxes):
            boxes.append(box)
    rows: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: (b[1], b[0])):
        row = [b for b in boxes if abs(b[1] - box[1]) <= _SAME and abs(b[3] - box[3]) <= _SAME]
        row = _side_by_side(sorted(row, key=lambda b: b[0]))
        if len(row) < 2 or any(_overlap(row[0], r) for found in rows for r in found):
            continue
        if _clear_gutters(row, chars, objects, size) and _records(row, chars, objects):
            rows.append(row)
    return rows


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _side_by_side(row: list[Box]) -> list[Box]:
    """Boxes of a row that stand apart, left to right (a box inside another is dropped)."""
    out: list[Box] = []
    for box in row:
        if out and box[0] < out[-1][2]:
            if box[2] - box[0] > out[-1][2] - out[-1][0]:
                out[-1] = box  # the outer box of two nested ones
            continue
        out.append(box)
    return out


def _clear_gutters(
    row: list[Box], chars: list[dict[str, Any]], objects: list[dict[str, Any]], size: float
) -> bool:
    """Each gap between two cards an em wide at least, no character and no drawn object in
    it between the row's top and bottom."""
    top, bottom = row[0][1], row[0][3]
    for a, b in zip(row, row[1:], strict=False):
        g0, g1 = a[2], b[0]
        if g1 - g0 < _GUTTER * size:
            return False
        for obj in [*chars, *objects]:
            if float(obj["x1"]) <= g0 + 0.5 or float(obj["x0"]) >= g1 - 0.5:
                continue
            if float(obj["bottom"]) <= top + 0.5 or float(obj["top"]) >= bottom - 0.5:
                continue
            return False
    return True


def _records(row: list[Box], chars: list[dict[str, Any]], objects: list[dict[str, Any]]) -> bool:
    """Text in a card at least (the other
    card's part on this page may be empty), and in some card text ruled by the card's own rules
    (thin rules standing inside it, a table's)."""
    if not any(_inside(c, box) for box in row for c in chars):
        return False
    for box in row:
        x0, top, x1, bottom = box
        own = [
            o
            for o in objects
            if min(float(o["x1"]) - float(o["x0"]), float(o["bottom"]) - float(o["top"])) <= _THIN
            and float(o["x0"]) > x0 + _SAME
            and float(o["x1"]) < x1 - _SAME
            and float(o["top"]) >= top - _SAME
            and float(o["bottom"]) <= bottom + _SAME
        ]
        if len(own) >= _RULED:
            return True
    return False


def card_regions(page: Any, rows: list[list[Box]] | None = None) -> list[tuple[Box, int]] | None:
    """``page``'s reading regions when it holds card rows, in reading order, each with its
    card column's index (0, 1, …) or -1 for a band across the page; None when no card row.
    A card column runs from the middle of the gutter at its left to that at its right."""
    rows = card_rows(page) if rows is None else rows
    if not rows:
        return None
    width, height = float(page.width), float(page.height)
    out: list[tuple[Box, int]] = []
    cursor = 0.0
    for row in rows:
        top, bottom = row[0][1], row[0][3]
        if top > cursor:
            out.append(((0.0, cursor, width, top), -1))
        edges = [0.0, *((a[2] + b[0]) / 2 for a, b in zip(row, row[1:], strict=False)), width]
        out += [
            ((a, top, b, bottom), i) for i, (a, b) in enumerate(zip(edges, edges[1:], strict=False))
        ]
        cursor = bottom
    out.append(((0.0, cursor, width, height), -1))
    return out


def _edges(row: list[Box]) -> list[float]:
    return [x for box in row for x in (box[0], box[2])]


def _same_columns(a: list[Box], b: list[Box]) -> bool:
    return len(a) == len(b) and all(
        abs(x - y) <= _SAME for x, y in zip(_edges(a), _edges(b), strict=True)
    )


Job = tuple[Any, int, str, int]  # a region seen as a page, its page number, fast text, sheet


class CardColumns:
    """Card rows cut by page breaks read column by column over the pages (module docstring):
    a card column after the first, in a row running to a page's foot, is held until the
    first column's part on the next page has been read, when that page starts with a card
    row in the same columns; else it is given back at once, the page's order kept."""

    def __init__(self) -> None:
        self.row: list[Box] | None = None  # the cut row's cards (at the page before's foot)
        self.held: dict[int, list[Job]] = {}  # its columns after the first: their parts
        self.owners: dict[int, Any] = {}  # a held region's PDF page, by the region's id
        self.pages: list[Any] = []  # the PDF pages whose regions are held, closed when read

    def jobs(self, view: Any, job: Job, owner: Any, last: bool) -> list[Job] | None:
        """The regions of ``view`` (a page, read as ``job`` says) to read now, in order (the
        parts held from the pages before among them), or None when the page holds no card
        row (the held parts are then to be read first: :meth:`flush`). ``owner``: the PDF
        page, kept open while a region of it is held; ``last``: the document's last page
        (nothing held)."""
        rows = card_rows(view)
        if not rows:
            return None
        regions = card_regions(view, rows)
        assert regions is not None
        chars = _chars(view)
        size = _body_size(chars)
        first, end = rows[0], rows[-1]
        top = first[0][1]
        going_on = (
            self.row is not None
            and _same_columns(self.row, first)
            and not any(float(c["bottom"]) <= top for c in chars)
        )
        cut = not last and not any(float(c["top"]) >= end[0][3] + _FOOT * size for c in chars)
        out: list[Job] = [] if going_on else self.flush()
        held: dict[int, list[Job]] = {}
        for box, column in regions:
            region = RegionPage(view, box)
            part = (region, *job[1:])
            first_row = going_on and column >= 0 and box[1] == top
            last_row = cut and column >= 0 and box[1] == end[0][1]
            if first_row and column > 0:
                parts = [*self.held.get(column, []), *([part] if region.chars else [])]
                if last_row:
                    held[column] = parts
                else:
                    out += parts
                continue
            if not region.chars:
                continue
            if last_row and column > 0:
                held[column] = [part]
            else:
                out.append(part)
        self.held = held
        for parts in held.values():
            for part in parts:
                self.owners.setdefault(id(part[0]), owner)
        self.row = end if cut and held else None
        if self.holds(owner) and owner not in self.pages:
            self.pages.append(owner)
        return out

    def flush(self) -> list[Job]:
        """The parts held, column by column, to be read now."""
        out = [job for column in sorted(self.held) for job in self.held[column]]
        self.held, self.row = {}, None
        return out

    def holds(self, page: Any) -> bool:
        """Are regions of ``page`` (a PDF page) held, the page to stay open?"""
        return any(
            self.owners.get(id(job[0])) is page for jobs in self.held.values() for job in jobs
        )

    def close_read(self) -> None:
        """Close the pages whose held regions have all been read."""
        for page in [p for p in self.pages if not self.holds(p)]:
            self.pages.remove(page)
            page.close()
        kept = {id(job[0]) for jobs in self.held.values() for job in jobs}
        self.owners = {k: v for k, v in self.owners.items() if k in kept}
