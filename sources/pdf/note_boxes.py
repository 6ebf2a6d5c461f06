"""Notes printed OVER a page's text (a spreadsheet's cell notes left shown), set aside.

A workbook's agents leave each other cell notes (« Insérer un commentaire ») and show them
(« Afficher le commentaire ») so the reviewers see them; Calc then prints each note as a
small box — a pale fill, a thin outline, a shadow, a callout line to its cell — laid over
the cells beside its own, after them. The cells' text under the box is hidden on paper but
still in the PDF; the note's text, painted on the box, interleaves with it (« 2020 S. Climat :
porteur à valider »), and the box's sides cut the grid's cells.

Told by PAINT ORDER, as :mod:`sources.pdf.overlays` tells a web page's fixed bars: a filled
shape (rectangle or curve) narrower than half the page that HIDES text painted before it (at
least ``MIN_HIDDEN`` characters with their centre inside it) and holds text of its OWN
painted after it (at least ``MIN_OWN`` characters inside it). Set aside: the shape, the
shadow painted just before it (a fill of its size a few points off), the paths painted
after it that touch it (its outline, its callout line and arrow) before its own text, and
its own text. The hidden text STAYS: it is the page's own (the cells' values) — unless the
boxes' text is a COPY of it laid over it (a deck's table duplicated, updated and left over last
year's: the labels the same glyphs at the same places), then the hidden text goes and the
boxes with their text stay (:func:`_copy_laid_over`).

A cheap test comes first: two characters inside the shape overlap (text printed over text);
only then is the paint order read. Both engines give it
(:meth:`sources.pdf.pdfium_page.PdfiumPage.paint_order`, pdfminer's layout order).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from sources.pdf.obj_box import Box
from sources.pdf.obj_box import box_of as _box
from sources.pdf.overlays import MIN_HEIGHT, MIN_WIDTH, paint_sequence
from sources.pdf.watermark import without_objects

MIN_HIDDEN = 3  # characters a note's box hides, at least
MIN_OWN = 3  # characters of its own painted on it, at least
SHADOW = 4.0  # pt: a shadow stands this far off its box at most
TOUCH = 6.0  # pt: an outline, callout line or arrow touches its box within this
_INSET = 0.5  # pt: a character's centre this far inside the box
_BUCKET = 20.0  # pt: characters bucketed by their centre's height
COPY_SHARE = 0.3  # of the boxes' own glyphs where the same hidden glyph stands: a copy
COPY_LEAST = 20  # glyphs printed on the boxes, at least, to tell a copy
_FIGURE_GLYPHS = frozenset("0123456789,.%+-−")  # an updated figure's glyphs
_LINE = 1.0  # pt: tops of one line's glyphs


def _inside(c: dict[str, Any], box: Box) -> bool:
    x0, top, x1, bottom = box
    cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return x0 + _INSET < cx < x1 - _INSET and top + _INSET < cy < bottom - _INSET


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    w = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
    h = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    if w <= 0 or h <= 0:
        return False
    small = min(
        (a["x1"] - a["x0"]) * (a["bottom"] - a["top"]),
        (b["x1"] - b["x0"]) * (b["bottom"] - b["top"]),
    )
    return w * h > 0.2 * max(small, 0.01)


def _candidates(page: Any) -> list[dict[str, Any]]:
    """Filled shapes over which text is printed over text (the cheap test). The page's
    characters are bucketed by height once, each shape looking at the buckets it spans."""
    width = float(page.width)
    shapes = []
    for shape in (*page.rects, *page.curves):
        if not shape.get("fill"):
            continue
        x0, top, x1, bottom = _box(shape)
        if x1 - x0 >= MIN_WIDTH * width or bottom - top < MIN_HEIGHT or x1 - x0 < MIN_HEIGHT:
            continue
        shapes.append(shape)
    if not shapes:
        return []
    rows: dict[int, list[dict[str, Any]]] = {}
    for c in page.chars:
        if str(c.get("text", "")).strip():
            rows.setdefault(int((c["top"] + c["bottom"]) / 2 // _BUCKET), []).append(c)
    out = []
    for shape in shapes:
        box = _box(shape)
        inside = [
            c
            for k in range(int(box[1] // _BUCKET), int(box[3] // _BUCKET) + 1)
            for c in rows.get(k, ())
            if _inside(c, box)
        ]
        if len(inside) < MIN_HIDDEN + MIN_OWN:
            continue
        inside.sort(key=lambda c: c["x0"])
        if any(
            _overlap(a, b)
            for i, a in enumerate(inside)
            for b in inside[i + 1 : i + 8]
            if b["x0"] < a["x1"]
        ):
            out.append(shape)
    return out


def note_objects(page: Any) -> set[int]:
    """``id`` of the characters and paths of the notes printed over ``page``'s text."""
    shapes = _candidates(page)
    if not shapes:
        return set()
    painted = paint_sequence(page)
    place = {id(o): k for k, (_, o) in enumerate(painted)}
    drop: set[int] = set()
    hidden: list[dict[str, Any]] = []  # the text the notes' boxes hide, and their own
    owned: list[dict[str, Any]] = []
    for shape in shapes:
        at = place.get(id(shape))
        if at is None or id(shape) in drop:
            continue
        box = _box(shape)
        before = [o for _, o in painted[:at] if "text" in o and _inside(o, box)]
        if sum(1 for c in before if str(c["text"]).strip()) < MIN_HIDDEN:
            continue
        own = [o for _, o in painted[at + 1 :] if "text" in o and _inside(o, box)]
        if sum(1 for c in own if str(c["text"]).strip()) < MIN_OWN:
            continue
        hidden += before
        owned += own
        group = {id(shape), *(id(c) for c in own)}
        if at and "text" not in painted[at - 1][1]:  # its shadow, painted just before
            shadow = _box(painted[at - 1][1])
            if all(abs(a - b) <= SHADOW for a, b in zip(shadow, box, strict=True)):
                group.add(id(painted[at - 1][1]))
        for _, o in painted[at + 1 :]:  # its outline, callout line, arrow: up to its text
            if "text" in o:
                break
            ox0, otop, ox1, obottom = _box(o)
            if (
                ox0 <= box[2] + TOUCH
                and ox1 >= box[0] - TOUCH
                and otop <= box[3] + TOUCH
                and obottom >= box[1] - TOUCH
            ):
                group.add(id(o))
        drop |= group
    if _copy_laid_over(hidden, owned):  # a table over its older copy: the copy goes
        return _under_cells(page, painted)
    return drop


def _under_cells(page: Any, painted: list[tuple[int, dict[str, Any]]]) -> set[int]:
    """``id`` of the characters painted under a filled box that carries text of its own on
    their lines, painted after it: the older copy of a table laid over it, every cell of it
    (those whose two texts do not overlap too)."""
    chars = sorted(
        ((float(c["top"]), k, c) for k, (_, c) in enumerate(painted) if "text" in c),
        key=lambda t: t[0],
    )
    tops = [t for t, _, _ in chars]
    out: set[int] = set()
    for at, (_, obj) in enumerate(painted):
        if obj.get("object_type") not in ("rect", "curve") or not obj.get("fill"):
            continue
        box = _box(obj)
        lo, hi = bisect_left(tops, box[1] - 2.0), bisect_right(tops, box[3])
        inside = [(k, c) for _, k, c in chars[lo:hi] if _inside(c, box)]
        lines = [float(c["top"]) for k, c in inside if k > at and str(c["text"]).strip()]
        out.update(
            id(c)
            for k, c in inside
            if k < at and any(abs(float(c["top"]) - t) <= _LINE for t in lines)
        )
    return out


def _copy_laid_over(hidden: list[dict[str, Any]], own: list[dict[str, Any]]) -> bool:
    """Is the text printed on the boxes AN UPDATED COPY LAID OVER the text they hide — a
    deck's table duplicated, its figures typed anew and left over last year's, each opaque
    cell hiding the old one: at least ``COPY_SHARE`` of its glyphs stand where a hidden glyph
    of the same character stands (the labels kept), and every other one is a figure's (a
    digit, a decimal comma, « % »)? Then the hidden text is the one not printed, and the
    boxes with their text are the page's. A note's text is no copy of the cells it covers; a
    frozen column's clone over its column updates no figure (it goes, as notes do)."""
    mine = [c for c in own if str(c.get("text", "")).strip()]
    if len(mine) < COPY_LEAST:
        return False
    places = {
        (c["text"], round(float(c["x0"])), round(float(c["top"])))
        for c in hidden
        if str(c.get("text", "")).strip()
    }
    moved = [
        c
        for c in mine
        if not any(
            (c["text"], round(float(c["x0"])) + dx, round(float(c["top"])) + dy) in places
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
        )
    ]
    return (
        bool(moved)
        and len(moved) <= (1 - COPY_SHARE) * len(mine)
        and all(str(c["text"]) in _FIGURE_GLYPHS for c in moved)
    )


def without_notes(page: Any) -> Any:
    """The page without the notes printed over its text (the page itself when none): a
    PDFium page drops them, a pdfplumber page is given as a filtered view."""
    return without_objects(page, note_objects(page))
