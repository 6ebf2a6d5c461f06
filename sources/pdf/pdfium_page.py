"""PDF pages read through pypdfium2 (PDFium, C++) in the shape pdfplumber gives them.

Why: pdfplumber builds its characters and paths with pdfminer.six, a pure-Python content-stream
interpreter that costs ~40 ms a page; PDFium reads the same page in ~1 ms. The parsers in
:mod:`sources.pdf`, :mod:`sources.cot` and :mod:`sources.tet_fiche` consume pdfplumber's
primitives (character dicts grouped into words, line/rectangle/curve objects and their edges,
the ``lines`` table finder), so :class:`PdfiumPage` produces exactly those primitives from
PDFium's text page (character origin, advance box, font size/name/descent, fill colour) and page
objects (path segments, draw mode), and hands them to pdfplumber's own pure-Python algorithms
(``WordExtractor``, ``TableFinder``, text map): word grouping and table geometry stay
pdfplumber's, only the content-stream interpretation changes library.

Geometry follows pdfminer: a character box runs from ``origin + descent`` to ``+ font size``
vertically and over the glyph's advance width horizontally; ``top`` counts from the MediaBox
top. Paths are split per subpath and classified as pdfminer does (a straight segment is a
``line``, a closed axis-aligned four-point loop a ``rect``, anything else a ``curve``).
"""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from typing import Any

import pypdfium2 as pdfium
from pdfplumber import utils as plumber_utils
from pdfplumber.container import Container
from pdfplumber.table import Table

from sources.pdf.grid_cells import find_tables as grid_find_tables
from sources.pdf.leader_objects import without_leader_objects
from sources.pdf.pdfium_chars import _read_chars
from sources.pdf.pdfium_links import _read_links
from sources.pdf.pdfium_paths import _read_paths
from sources.pdf.pdfium_words import _FAST_WORD_KWARGS, _fast_text, _fast_words

_RENDER_SCALE = 2.0  # pixels a point: a 9 pt glyph some 18 pixels high
_DARK = 128  # grey level under which a pixel is ink
_SHRINK = 0.2  # of a box's height, taken off each side


def forget_edges(page: Any) -> None:
    """Drop the edges pdfplumber cached from a page's paths (``_edges``, ``_rect_edges``,
    ``_curve_edges``): after paths are set aside or added, the table finder must see them
    anew."""
    for name in ("_edges", "_rect_edges", "_curve_edges"):
        if name in vars(page):
            delattr(page, name)


class PdfiumPage(Container):
    """A pdfplumber-compatible page (``chars``, ``rects``, ``lines``, ``curves``, ``edges``,
    ``extract_words``, ``extract_text``, ``find_tables``) built from a PDFium page."""

    def __init__(self, page: pdfium.PdfPage, page_number: int) -> None:
        self._page = page
        self.page_number = page_number
        # the document, not kept alive by its pages: a page read again to be rendered
        self._doc = weakref.ref(page.pdf)
        left, bottom, right, top = page.get_mediabox()
        self._mb_top = float(top)
        self.bbox = (0.0, 0.0, float(right - left), float(top - bottom))
        self.initial_doctop = 0.0
        self._chars: list[dict[str, Any]] | None = None
        self._paths: dict[str, list[dict[str, Any]]] | None = None
        self._links: list[tuple[str, tuple[float, float, float, float]]] | None = None
        self._char_objects: dict[int, int] = {}  # id(char) → its text object's handle
        self._text_order: dict[int, int] = {}  # text object's handle → its paint index
        self._path_order: dict[int, int] = {}  # id(path dict) → its paint index
        self._pictures: list[tuple[float, float, float, float]] = []  # images, shadings
        # coloured text objects PDFium's text page left out (a copy of a glyph it kept)
        self._twins: list[tuple[float, float, float, float]] = []

    @property
    def width(self) -> float:
        return self.bbox[2] - self.bbox[0]

    @property
    def height(self) -> float:
        return self.bbox[3] - self.bbox[1]

    # pdfplumber's Container reads everything through ``objects``
    @property
    def objects(self) -> dict[str, list[dict[str, Any]]]:
        return {"char": self.chars, **self._path_objects()}

    @property
    def chars(self) -> list[dict[str, Any]]:
        if self._chars is None:
            self._chars = without_leader_objects(
                _read_chars(
                    self._page,
                    self._mb_top,
                    self.page_number,
                    self._char_objects,
                    self._twins,
                ),
                self._char_objects,
            )
        return self._chars

    @property
    def rects(self) -> list[dict[str, Any]]:
        return self._path_objects()["rect"]

    @property
    def lines(self) -> list[dict[str, Any]]:
        return self._path_objects()["line"]

    @property
    def curves(self) -> list[dict[str, Any]]:
        return self._path_objects()["curve"]

    def _path_objects(self) -> dict[str, list[dict[str, Any]]]:
        if self._paths is None:
            self._paths = _read_paths(
                self._page,
                self._mb_top,
                self.page_number,
                self._path_order,
                self._text_order,
                self._pictures,
            )
        return self._paths

    @property
    def picture_boxes(self) -> list[tuple[float, float, float, float]]:
        """Boxes (``x0, top, x1, bottom``) of the page's images and shadings: what text may
        be printed on besides fills (:mod:`sources.pdf.unseen_text`)."""
        self._path_objects()
        return self._pictures

    def dark_shares(self, boxes: list[tuple[float, float, float, float]]) -> list[float]:
        """For each box (``x0, top, x1, bottom``): the share of its rendered pixels that are
        dark, leaving out the pixel rows and columns dark from end to end (a rule crossing
        it); zeros once the document is closed. Renders only the part of the page the boxes
        cover (:mod:`sources.pdf.unseen_text`
        asks what a white glyph looks like once blended)."""
        if not boxes:
            return []
        x0 = max(0.0, min(b[0] for b in boxes) - 1.0)
        top = max(0.0, min(b[1] for b in boxes) - 1.0)
        x1 = min(self.width, max(b[2] for b in boxes) + 1.0)
        bottom = min(self.height, max(b[3] for b in boxes) + 1.0)
        doc = self._doc()
        if doc is None:  # the document is gone: nothing is known of the paint
            return [0.0] * len(boxes)
        crop = (x0, self.height - bottom, self.width - x1, top)  # left, bottom, right, top
        page = doc[self.page_number - 1]
        try:
            bitmap = page.render(scale=_RENDER_SCALE, grayscale=True, crop=crop)
            pixels = bitmap.to_numpy().copy()
        finally:
            page.close()
        if pixels.ndim == 3:
            pixels = pixels[:, :, 0]
        dark = pixels < _DARK
        out: list[float] = []
        for bx0, btop, bx1, bbottom in boxes:
            # the box shrunk a fifth of its height each way: a neighbour's edge is not in it
            dx = dy = (bbottom - btop) * _SHRINK
            c0 = int((bx0 + dx - x0) * _RENDER_SCALE)
            c1 = int((bx1 - dx - x0) * _RENDER_SCALE)
            r0 = int((btop + dy - top) * _RENDER_SCALE)
            r1 = int((bbottom - dy - top) * _RENDER_SCALE)
            part = dark[max(0, r0) : max(0, r1), max(0, c0) : max(0, c1)]
            if part.size == 0:
                out.append(0.0)
                continue
            rows = ~part.all(axis=1)
            cols = ~part.all(axis=0)
            part = part[rows][:, cols]
            out.append(float(part.mean()) if part.size else 0.0)
        return out

    @property
    def left_out_ink(self) -> list[tuple[float, float, float, float]]:
        """Boxes (``x0, top, x1, bottom``) of the coloured text objects PDFium's text page
        left out as copies of glyphs it kept (:func:`sources.pdf.pdfium_chars._left_out_ink`)."""
        self.chars  # noqa: B018
        return self._twins

    @property
    def links(self) -> list[tuple[str, tuple[float, float, float, float]]]:
        """The page's link annotations with an address: (URI, box), as pdfplumber's
        ``hyperlinks`` give them (:mod:`sources.pdf.print_additions`)."""
        if self._links is None:
            self._links = _read_links(self._page, self._mb_top)
        return self._links

    def set_aside_chars(self, drop: set[int]) -> None:
        """Drop the characters whose ``id`` is in ``drop`` (printed by a stylesheet)."""
        self._chars = [c for c in self.chars if id(c) not in drop]
        if hasattr(self, "_mids_cache"):
            del self._mids_cache

    def set_aside_rects(self, drop: set[int]) -> None:
        """Drop the rects whose ``id`` is in ``drop`` (a page's ground, not a shape)."""
        paths = self._path_objects()
        paths["rect"] = [r for r in paths["rect"] if id(r) not in drop]
        forget_edges(self)

    def set_aside(self, drop: set[int]) -> None:
        """Drop the characters and paths whose ``id`` is in ``drop`` (a fixed overlay)."""
        self.set_aside_chars(drop)
        paths = self._path_objects()
        for kind, found in paths.items():
            paths[kind] = [p for p in found if id(p) not in drop]
        forget_edges(self)

    def paint_order(self) -> dict[int, int]:
        """Each character's and path's place in the page's paint order, by ``id``: a later
        object is painted over an earlier one (characters of one text object share it)."""
        self._path_objects()  # the walk gives the text objects' places too
        order = dict(self._path_order)
        texts = self._text_order
        for key, handle in self._char_objects.items():
            index = texts.get(handle)
            if index is not None:
                order[key] = index
        return order

    def extract_words(self, **kwargs: Any) -> list[dict[str, Any]]:
        if (
            set(kwargs) <= _FAST_WORD_KWARGS
            and not kwargs.get("keep_blank_chars")
            and not (kwargs.get("use_text_flow"))
        ):
            return _fast_words(
                self.chars,
                kwargs.get("x_tolerance", 3),
                kwargs.get("y_tolerance", 3),
                tuple(kwargs.get("extra_attrs") or ()),
            )
        return plumber_utils.extract_words(self.chars, **kwargs)

    def extract_text(self, **kwargs: Any) -> str:
        defaults: dict[str, Any] = {"layout_bbox": self.bbox}
        if "layout_width_chars" not in kwargs:
            defaults["layout_width"] = self.width
        if "layout_height_chars" not in kwargs:
            defaults["layout_height"] = self.height
        return plumber_utils.chars_to_textmap(self.chars, **{**defaults, **kwargs}).as_string

    def find_tables(self, table_settings: dict[str, Any] | None = None) -> list[Any]:
        """pdfplumber's table finder; cells read by :class:`_IndexedTable` (same text)."""
        tables = grid_find_tables(self, table_settings)
        for table in tables:
            table.__class__ = _IndexedTable
        return tables

    def load(self) -> None:
        """Read characters and paths now and release the PDFium page: the page then outlives
        its document (callers may keep it after the reader's generator is done)."""
        try:
            self.chars  # noqa: B018
            self._path_objects()
            self.links  # noqa: B018
        finally:
            self._page.close()

    def close(self) -> None:
        self._chars = None
        self._paths = {"line": [], "rect": [], "curve": []}
        self._links = []
        self._char_objects, self._text_order, self._path_order = {}, {}, {}
        forget_edges(self)
        self._page.close()


class _IndexedTable(Table):
    """``pdfplumber.table.Table`` whose ``extract`` finds each row's characters by bisection
    on their sorted vertical midpoints instead of testing every character of the page for
    every row and cell: the same midpoint test, the same character order, the same text.

    The sorted midpoints are computed once per page (shared by the page's tables), and a row
    whose cells do not overlap horizontally (every grid row) sends each character to its cell
    by bisection on the cells' left edges instead of testing it against every cell."""

    def extract(self, **kwargs: Any) -> list[list[str | None]]:
        chars = self.page.chars
        mids, v_keys = _sorted_mids(self.page, chars)
        out: list[list[str | None]] = []
        self.cell_chars: dict[tuple[int, int], list[dict[str, Any]]] = {}  # for later rules
        for r, row in enumerate(self.rows):
            x0, top, x1, bottom = row.bbox
            lo, hi = bisect_left(v_keys, top), bisect_left(v_keys, bottom)
            row_chars = sorted((i, h, v) for v, h, i in mids[lo:hi] if x0 <= h < x1)
            per_cell = _chars_per_cell(row.cells, row_chars, chars)
            self.cell_chars.update(((r, c), cc) for c, cc in enumerate(per_cell) if cc)
            arr: list[str | None] = []
            for cell, cell_chars in zip(row.cells, per_cell, strict=True):
                if cell is None:
                    arr.append(None)
                    continue
                c0, c_top, c1, c_bottom = cell
                if cell_chars and not kwargs:
                    arr.append(_fast_text(cell_chars))
                elif cell_chars:
                    if "layout" in kwargs:
                        kwargs["layout_width"] = c1 - c0
                        kwargs["layout_height"] = c_bottom - c_top
                        kwargs["layout_bbox"] = cell
                    arr.append(plumber_utils.extract_text(cell_chars, **kwargs))
                else:
                    arr.append("")
            out.append(arr)
        return out


def _sorted_mids(
    page: Any, chars: list[dict[str, Any]]
) -> tuple[list[tuple[float, float, int]], list[float]]:
    """The page's characters as (vertical midpoint, horizontal midpoint, index), sorted, and
    the vertical midpoints alone (bisection keys); cached on the page for its other tables."""
    cached = getattr(page, "_mids_cache", None)
    if cached is not None and cached[0] is chars:
        return cached[1], cached[2]
    mids = sorted(
        ((c["top"] + c["bottom"]) / 2, (c["x0"] + c["x1"]) / 2, i) for i, c in enumerate(chars)
    )
    v_keys = [m[0] for m in mids]
    try:
        page._mids_cache = (chars, mids, v_keys)
    except AttributeError:  # pragma: no cover - a page type without attributes
        pass
    return mids, v_keys


def _chars_per_cell(
    cells: list[tuple[float, float, float, float] | None],
    row_chars: list[tuple[int, float, float]],
    chars: list[dict[str, Any]],
) -> list[list[dict[str, Any]]]:
    """Each cell's characters (``row_chars``: index, horizontal and vertical midpoints, in
    page order): pdfplumber's test ``x0 <= h < x1`` and ``top <= v < bottom``, in page order."""
    live = sorted((c[0], c[2], k) for k, c in enumerate(cells) if c is not None)
    buckets: list[list[dict[str, Any]]] = [[] for _ in cells]
    disjoint = all(live[j][1] <= live[j + 1][0] for j in range(len(live) - 1))
    if not disjoint:  # overlapping cells: a character may belong to several
        for k, cell in enumerate(cells):
            if cell is None:
                continue
            c0, c_top, c1, c_bottom = cell
            buckets[k] = [
                chars[i] for i, h, v in row_chars if c0 <= h < c1 and c_top <= v < c_bottom
            ]
        return buckets
    starts = [c[0] for c in live]
    for i, h, v in row_chars:
        j = bisect_right(starts, h) - 1
        if j < 0:
            continue
        c0, c1, k = live[j]
        if h < c1:
            cell = cells[k]
            if cell[1] <= v < cell[3]:  # type: ignore[index]
                buckets[k].append(chars[i])
    return buckets
