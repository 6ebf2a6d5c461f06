"""A sheet printed « 2 pages par feuille » (N-up imposition), cut back into its pages.

Printing a PDF two pages per sheet (a PDF viewer's « Pages par feuille : 2 », PDFium's
``FPDF_ImportNPagesToOne``, a print driver's booklet options) puts two consecutive portrait
pages, reduced to fit (70.7 % for A4 on A4), side by side on one landscape sheet, each centred
in its half, the text kept as text. Read as one page, the two pages' lines run into each other
(a row of the left page's table beside a line of the right page's text, each page's running
header in the middle of the body), and every length is 0.7 of the page's own. So such a sheet
is read as its pages: each half becomes a page of its own (:class:`ImposedPage`), in reading
order (left then right), its coordinates brought back to the page's own scale (a 7 pt body is
10 pt again, a 595 pt wide page 595 pt wide), so every threshold the reader measures holds.

Told from the sheet alone (:func:`imposition`), read in the fast pass over the document
(:class:`sources.pdf.running.EdgeTexts`) so the running headers are counted per page and both
engines split the same sheets:

* a LANDSCAPE sheet (width ≥ :data:`_MIN_LANDSCAPE` × height) whose middle strip
  (:data:`_MIDDLE_CLEAR` each side) no text run and no drawn rule or fill crosses: a landscape
  table's columns, a centred title or footer, a slide's title bar cross it;
* text on both sides, with a gutter (the two pages' inner margins) at least
  :data:`_GUTTER_TO_MARGINS` of twice the left page's left margin and :data:`_MIN_GUTTER`
  wide: a page in two text columns has a gutter narrower than its margins;
* each half with its OWN PAGE FURNITURE at the same place: a text of the top or bottom band
  (a running header or footer, a page number, digits masked) found in both halves at the same
  height and the same distance from the half's left edge. Two columns of a landscape page,
  the two boxes of a slide, a handout's slides never repeat a band text so.

The last sheet of a document imposed so holds the odd last page alone in its left half: a
sheet of the same size right after an imposed one, its ink all in the left half, that half's
band holding the imposed pages' furniture at its place, is cut too (one page). A sheet with ink in its RIGHT half alone, at a page margin from the
middle (a booklet's side whose left page is a padding blank, :mod:`sources.pdf.booklet`), is
set as two pages, the left one blank (:attr:`Imposition.inked`). The decision
is the document's (:func:`settle`): a sheet is cut only when most pages of its size are set
as two pages, and pages printed without any furniture (a web page printed with no header or
footer) only along with sheets showing theirs. Pages are imposed side by side only (not 2 × 2 on a
portrait sheet: not met yet).

Page numbers: every page cut from a sheet keeps the SHEET's page number (1-based, as in the
PDF) as its provenance, since that is the page a user opens. While reading, the pages are
numbered as read (1, 2 on the first sheet, 3, 4 on the second...) so that « the same page » and
« the next page » keep their meaning; the records' pages are then mapped back to their sheets
(:func:`sources.pdf.pages.iter_pages` gives each page's sheet). The reduction is the sheet's paper turned the other way
fitted into a half (:func:`reduction`), as for a scanned sheet (:mod:`sources.ocr_nup`).
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pdfplumber import utils as plumber_utils

from sources.pdf.built_page import BuiltPage

Box = tuple[float, float, float, float]  # x0, top, x1, bottom, from the sheet's top-left
Run = tuple[Box, str | None]  # a text run of the sheet and its text (None where not read)

_MIN_LANDSCAPE = 1.2  # width / height of a sheet of two portrait pages (A4: 1.41)
_MIDDLE_CLEAR = 5.7  # pt (2 mm) each side of the middle: the two pages' inner margins
_MIN_GUTTER = 34.0  # pt (12 mm): two page margins reduced, 2 × 10 mm × 0.707 at least
_GUTTER_TO_MARGINS = 0.75  # gutter / (2 × the left margin): ~1 on a sheet of two pages
_BAND = 0.12  # of the sheet's height: the top and bottom bands a page's furniture stands in
_SAME_PLACE = 4.0  # pt: the same furniture's place in each half, this close


@dataclass(frozen=True)
class Imposition:
    """How a sheet holds its pages: each page's box on the sheet (reading order), the
    reduction they were printed at, and the furniture found at the same place in each."""

    boxes: tuple[Box, ...]
    scale: float
    size: tuple[float, float]  # the sheet's width and height
    furniture: tuple[tuple[str, float, float], ...]  # (key, x from the half's left, top)
    margin: float = 0.0  # the left page's left margin on the sheet
    inked: tuple[bool, ...] = ()  # per box: does it hold text (a booklet's blank page not)


def reduction(width: float, height: float) -> float:
    """The factor a page was reduced by to fit one half of the sheet: the sheet's paper turned
    the other way (a portrait page of the same paper) fitted into the half."""
    return min((width / 2) / height, height / width)


def imposition(
    width: float,
    height: float,
    runs: list[Run],
    rules: Callable[[], list[Box]],
    key: Callable[[str], str],
    before: Imposition | None = None,
    read: Callable[[Box], str] | None = None,
) -> Imposition | None:
    """The sheet's pages when it is set as two pages side by side (module docstring), else
    None; with no ``furniture`` when its pages show none of their own, to be settled over the
    document (:func:`settle`).

    ``runs`` are the sheet's text runs, their text read by ``read`` where it is None and
    needed (runs across the middle, in the top and bottom bands); ``rules()`` its drawn rules
    and fills (asked only when the text says two pages); ``key`` folds a band text (digits
    masked); ``before`` is the sheet before's imposition. The cheap tests come first: most
    landscape pages have text across their middle."""
    if width < _MIN_LANDSCAPE * height or not runs:
        return None
    middle = width / 2

    def text(run: Run) -> str:
        if run[1] is not None:
            return run[1]
        return read(run[0]) if read is not None else ""

    for run in runs:
        b = run[0]
        if b[0] < middle + _MIDDLE_CLEAR and b[2] > middle - _MIDDLE_CLEAR:
            if run[1] is None and read is None or text(run).strip():  # spaces are paper
                return None
    left = [r for r in runs if r[0][2] <= middle]
    right = [r for r in runs if r[0][0] >= middle]
    if right and left and not _wide_gutter([b for b, _ in runs], middle):
        return None
    halves = ((0.0, 0.0, middle, height), (middle, 0.0, width, height))
    furniture: tuple[tuple[str, float, float], ...] = ()
    if right and not left:  # a booklet's outer sheet: a padding blank page beside a page
        if min(r[0][0] for r in right) - middle < _MIN_GUTTER / 2:
            return None  # ink at the sheet's middle: no page's margin there
    elif right:
        theirs = _furniture(right, middle, height, key, text)
        mine = _furniture(left, 0.0, height, key, text) if theirs else []
        furniture = tuple(f for f in mine if any(_alike(f, g) for g in theirs))
    else:  # an odd last page alone in the left half of a sheet like the ones before
        if before is not None and _same_size(before.size, (width, height)):
            here = _furniture(left, 0.0, height, key, text)
            furniture = tuple(f for f in before.furniture if any(_alike(f, g) for g in here))
        halves = halves[:1]
    drawn = rules()
    if any(b[0] < middle + _MIDDLE_CLEAR and b[2] > middle - _MIDDLE_CLEAR for b in drawn):
        return None
    ink = [b for b, _ in runs] + drawn
    if right and left and not _wide_gutter(ink, middle):
        return None
    margin = min(b[0] for b in ink)  # the left page's left margin
    inked = (bool(left), bool(right)) if len(halves) == 2 else (True,)
    if not left:  # the right page's left margin, the left page's had it held text
        margin -= middle
    scale = reduction(width, height)
    return Imposition(halves, scale, (width, height), furniture, margin, inked)


def _wide_gutter(ink: list[Box], middle: float) -> bool:
    """Is the empty space between the halves' ink as wide as two page margins? The pages'
    inner margins together: twice the left page's left margin, near enough (the outer right
    margin is no measure: a page of short lines ends far from the sheet's edge)."""
    inner_left = max((b[2] for b in ink if b[2] <= middle), default=0.0)
    inner_right = min((b[0] for b in ink if b[0] >= middle), default=2 * middle)
    gutter = inner_right - inner_left
    margin = min(b[0] for b in ink)
    return gutter >= _MIN_GUTTER and gutter >= _GUTTER_TO_MARGINS * 2 * margin


def _same_size(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return abs(a[0] - b[0]) <= 1 and abs(a[1] - b[1]) <= 1


def settle(
    sheets: list[Imposition | None], sizes: list[tuple[float, float] | None]
) -> list[Imposition | None]:
    """Each page's imposition once the whole document is seen (``sizes``: each page's size,
    None for a page without text). A sheet whose pages show their own furniture is cut when
    at least half the document's pages of its size with text are set as two pages too (one
    landscape page of a landscape report whose halves happen to start with the same band
    text is no sheet of two pages). A sheet only SET as two pages (nothing across its middle,
    a wide gutter; or its ink in its left half alone, at the left margin of the document's
    imposed sheets) but with no band text repeated at the same place in both halves (a web
    page printed with no header or footer) is cut when the document holds a sheet of its size
    whose pages show their furniture and every page of that size with text is set as two
    pages (none with a table or a title across its middle)."""

    def alike(sheet: Imposition) -> list[Imposition | None]:
        return [
            other
            for other, size in zip(sheets, sizes, strict=True)
            if size is not None and _same_size(size, sheet.size)
        ]

    furnished = [
        s for s in sheets if s is not None and s.furniture and len(s.boxes) == 2 and _most(alike(s))
    ]
    out: list[Imposition | None] = []
    for sheet in sheets:
        if sheet is None:
            out.append(None)
            continue
        if sheet.furniture:
            out.append(sheet if _most(alike(sheet)) else None)
            continue
        shown = [s for s in furnished if _same_size(s.size, sheet.size)]
        uniform = all(other is not None for other in alike(sheet))
        placed = len(sheet.boxes) == 2 or any(
            abs(s.margin - sheet.margin) <= _SAME_PLACE for s in shown
        )
        out.append(sheet if shown and uniform and placed else None)
    return out


def _most(pages: list[Imposition | None]) -> bool:
    """Are at least half of ``pages`` set as two pages?"""
    return 2 * sum(1 for p in pages if p is not None) >= len(pages)


def _furniture(
    runs: list[Run],
    x0: float,
    height: float,
    key: Callable[[str], str],
    text: Callable[[Run], str],
) -> list[tuple[str, float, float]]:
    """The band texts of one half: (key, x from the half's left edge, top)."""
    out = []
    for run in runs:
        left, top, _, bottom = run[0]
        if bottom <= _BAND * height or top >= (1 - _BAND) * height:
            folded = key(text(run))
            if folded:
                out.append((folded, left - x0, top))
    return out


def _alike(a: tuple[str, float, float], b: tuple[str, float, float]) -> bool:
    return a[0] == b[0] and abs(a[1] - b[1]) <= _SAME_PLACE and abs(a[2] - b[2]) <= _SAME_PLACE


def sheet_runs(textpage: Any, height: float) -> tuple[list[Run], Callable[[Box], str]]:
    """The text runs of a PDFium text page (boxes from the sheet's top, text not read) and
    a reader of the text in a box (read only where :func:`imposition` needs it)."""
    import codecs

    from sources.pdf.pdfium_chars import _fast

    fast = _fast()
    tp = ctypes.c_void_p(ctypes.cast(textpage.raw, ctypes.c_void_p).value)
    n_rects = fast.count_rects(tp, 0, -1)
    out: list[Run] = []
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    refs = [ctypes.byref(v) for v in (left, top, right, bottom)]
    for index in range(max(n_rects, 0)):
        if fast.get_rect(tp, index, *refs):
            out.append(((left.value, height - top.value, right.value, height - bottom.value), None))

    def read(box: Box) -> str:
        edges = [ctypes.c_double(v) for v in (box[0], height - box[1], box[2], height - box[3])]
        n_chars = fast.bounded_text(tp, *edges, None, 0)
        if n_chars <= 0:
            return ""
        buffer = (ctypes.c_ushort * n_chars)()
        fast.bounded_text(tp, *edges, buffer, n_chars)
        return codecs.decode(buffer, "utf-16-le", "ignore")  # type: ignore[arg-type]

    return out, read


def sheet_rules(page: Any) -> list[Box]:
    """The drawn rules, fills and curves of a PDFium page (boxes from its top)."""
    from sources.pdf.pdfium_paths import _read_paths

    _, _, _, top = page.get_mediabox()
    paths = _read_paths(page, float(top), 0)
    return [
        (float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"]))
        for kind in ("rect", "line", "curve")
        for o in paths[kind]
    ]


def read_imposition(
    page: Any, textpage: Any, key: Callable[[str], str], before: Imposition | None
) -> Imposition | None:
    """:func:`imposition` of a PDFium page (unrotated, MediaBox at the origin: the
    coordinates both engines share), its text page open."""
    if page.get_rotation() % 360:
        return None
    x0, y0, x1, y1 = page.get_mediabox()
    if abs(x0) > 1e-6 or abs(y0) > 1e-6:
        return None
    width, height = float(x1 - x0), float(y1 - y0)
    if width < _MIN_LANDSCAPE * height:
        return None
    runs, read = sheet_runs(textpage, height)
    return imposition(width, height, runs, lambda: sheet_rules(page), key, before, read)


class ImposedPage(BuiltPage):
    """One page of an imposed sheet seen as the page it was: the characters (by their
    centre) and drawn objects (clipped) of its box, moved to the box's corner and grown by
    the reduction; words and tables found as the sheet's engine finds them. Its
    ``page_number`` is the sheet's."""

    def __init__(self, sheet: Any, box: Box, scale: float) -> None:
        from sources.pdf.pdfium_page import PdfiumPage

        self._base = sheet
        self.pdfium = isinstance(sheet, PdfiumPage) or bool(getattr(sheet, "pdfium", False))
        self.page_number = sheet.page_number
        self.initial_doctop = 0.0
        x0, top, x1, bottom = box
        self.bbox = (0.0, 0.0, (x1 - x0) / scale, (bottom - top) / scale)
        lift = float(sheet.height) - bottom  # the box's bottom above the sheet's
        move = _Move(x0, top, lift, scale)
        chars = [
            move.obj(c)
            for c in sheet.chars
            if x0 <= (c["x0"] + c["x1"]) / 2 < x1 and top <= (c["top"] + c["bottom"]) / 2 < bottom
        ]
        self._objects: dict[str, list[dict[str, Any]]] = {"char": chars}
        for kind in ("rect", "line", "curve"):
            clipped = plumber_utils.crop_to_bbox(sheet.objects.get(kind, []), box)
            self._objects[kind] = [
                move.obj(o) for o in clipped if o["x1"] - o["x0"] > 0.01 or o["bottom"] > o["top"]
            ]

    def close(self) -> None:
        """The sheet itself is closed by its reader."""


class _Move:
    """A box of the sheet brought to the origin and grown by ``1 / scale``."""

    def __init__(self, x0: float, top: float, lift: float, scale: float) -> None:
        self.x0, self.top, self.lift, self.scale = x0, top, lift, scale

    def x(self, v: float) -> float:
        return (v - self.x0) / self.scale

    def t(self, v: float) -> float:  # from the top
        return (v - self.top) / self.scale

    def y(self, v: float) -> float:  # from the bottom
        return (v - self.lift) / self.scale

    def obj(self, o: dict[str, Any]) -> dict[str, Any]:
        out = dict(o)
        s = self.scale
        for k in ("x0", "x1"):
            out[k] = self.x(o[k])
        for k in ("top", "bottom", "doctop"):
            if k in o:
                out[k] = self.t(o[k])
        for k in ("y0", "y1"):
            if k in o:
                out[k] = self.y(o[k])
        for k in ("width", "height", "size", "adv", "linewidth"):
            if isinstance(o.get(k), int | float):
                out[k] = o[k] / s
        if o.get("pts"):
            out["pts"] = [(self.x(px), self.t(py)) for px, py in o["pts"]]
        if o.get("path"):
            out["path"] = [
                (op[0], *((self.x(p[0]), self.t(p[1])) for p in op[1:])) for op in o["path"]
            ]
        matrix = o.get("matrix")
        if matrix is not None:
            a, b, c, d, e, f = matrix
            out["matrix"] = (a / s, b / s, c / s, d / s, self.x(e), self.y(f))
        return out
