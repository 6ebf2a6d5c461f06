"""PDF pages read through pypdfium2 (PDFium, C++) in the shape pdfplumber gives them.

Why: pdfplumber builds its characters and paths with pdfminer.six, a pure-Python content-stream
interpreter that costs ~40 ms a page; PDFium reads the same page in ~1 ms. The parsers in
:mod:`sources.pdf_layout`, :mod:`sources.cot` and :mod:`sources.tet_fiche` consume pdfplumber's
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

Pages PDFium cannot give with the same fidelity are read by pdfplumber instead (per page):
a ``/Rotate`` attribute or a MediaBox not at the origin (pdfminer's coordinate conventions
differ there), and rotated or skewed text (characters without an axis-aligned matrix).
``COPDIAG_PDF_ENGINE=pdfplumber`` reads every page with pdfplumber (reference engine).
"""

from __future__ import annotations

import ctypes
import io
import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from itertools import groupby
from operator import itemgetter
from typing import Any
from unicodedata import combining

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfplumber import utils as plumber_utils
from pdfplumber.container import Container
from pdfplumber.table import Table, TableFinder, TableSettings
from pdfplumber.utils.text import LIGATURES

from sources.errors import InputRejected

ENGINE_ENV = "COPDIAG_PDF_ENGINE"
ENGINES = ("pdfium", "pdfplumber")


def engine() -> str:
    """Engine chosen by ``COPDIAG_PDF_ENGINE`` (``pdfium`` by default)."""
    value = os.environ.get(ENGINE_ENV, "pdfium").strip().lower() or "pdfium"
    return value if value in ENGINES else "pdfium"


class NeedsPdfplumber(Exception):
    """This page is outside what the PDFium reading reproduces faithfully."""


# --------------------------------------------------------------------------- page


class PdfiumPage(Container):
    """A pdfplumber-compatible page (``chars``, ``rects``, ``lines``, ``curves``, ``edges``,
    ``extract_words``, ``extract_text``, ``find_tables``) built from a PDFium page."""

    def __init__(self, page: pdfium.PdfPage, page_number: int) -> None:
        self._page = page
        self.page_number = page_number
        left, bottom, right, top = page.get_mediabox()
        self._mb_top = float(top)
        self.bbox = (0.0, 0.0, float(right - left), float(top - bottom))
        self.initial_doctop = 0.0
        self._chars: list[dict[str, Any]] | None = None
        self._paths: dict[str, list[dict[str, Any]]] | None = None

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
            self._chars = _read_chars(self._page, self._mb_top, self.page_number)
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
            self._paths = _read_paths(self._page, self._mb_top, self.page_number)
        return self._paths

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
        tables = TableFinder(self, TableSettings.resolve(table_settings)).tables  # type: ignore[arg-type]
        for table in tables:
            table.__class__ = _IndexedTable
        return tables

    def load(self) -> None:
        """Read characters and paths now and release the PDFium page: the page then outlives
        its document (callers may keep it after the reader's generator is done)."""
        try:
            self.chars  # noqa: B018
            self._path_objects()
        finally:
            self._page.close()

    def close(self) -> None:
        self._chars = None
        self._paths = {"line": [], "rect": [], "curve": []}
        if hasattr(self, "_edges"):
            del self._edges
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
        for row in self.rows:
            x0, top, x1, bottom = row.bbox
            lo, hi = bisect_left(v_keys, top), bisect_left(v_keys, bottom)
            row_chars = sorted((i, h, v) for v, h, i in mids[lo:hi] if x0 <= h < x1)
            per_cell = _chars_per_cell(row.cells, row_chars, chars)
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


# --------------------------------------------------------------------------- words

_FAST_WORD_KWARGS = {
    "x_tolerance",
    "y_tolerance",
    "extra_attrs",
    "keep_blank_chars",
    "use_text_flow",
}


def _line_clusters(group: list[dict[str, Any]], y_tol: float) -> dict[int, list[dict[str, Any]]]:
    """Characters grouped into lines as pdfplumber does: sorted tops chained while each is
    within ``y_tol`` of the previous one."""
    cluster_of: dict[float, int] = {}
    index, last = 0, None
    for top in sorted({c["top"] for c in group}):
        if last is not None and top > last + y_tol:
            index += 1
        cluster_of[top] = index
        last = top
    lines: dict[int, list[dict[str, Any]]] = {}
    for c in group:
        lines.setdefault(cluster_of[c["top"]], []).append(c)
    return lines


def _fast_words(
    chars: list[dict[str, Any]], x_tol: float, y_tol: float, extra_attrs: tuple[str, ...]
) -> list[dict[str, Any]]:
    """pdfplumber's ``WordExtractor.extract_words`` for upright left-to-right characters (all
    a :class:`PdfiumPage` holds) with its default options otherwise: characters grouped by
    runs of equal (upright, ``extra_attrs``), lines clustered on ``top`` within ``y_tol``,
    sorted by ``x0``, a word ends at a blank or where the next character starts left of the
    previous one's start, beyond its end + ``x_tol`` or ``y_tol`` off its top. The same dicts
    in the same order (checked against pdfplumber in ``tests/sources/test_pdf_engines.py``),
    a few times faster."""
    out: list[dict[str, Any]] = []
    key = itemgetter("upright", *extra_attrs)
    for _, run in groupby(chars, key):
        lines = _line_clusters(list(run), y_tol)
        for k in sorted(lines):
            word: list[dict[str, Any]] = []
            for c in sorted(lines[k], key=_X0_KEY):
                if c["text"].isspace():
                    if word:
                        out.append(_merge(word, extra_attrs))
                    word = []
                    continue
                if word:
                    prev = word[-1]
                    cx = c["x0"]
                    if (
                        cx < prev["x0"]
                        or cx > prev["x1"] + x_tol
                        or abs(c["top"] - prev["top"]) > y_tol
                    ):
                        out.append(_merge(word, extra_attrs))
                        word = [c]
                        continue
                word.append(c)
            if word:
                out.append(_merge(word, extra_attrs))
    return out


def _X0_KEY(c: dict[str, Any]) -> tuple[float, float]:  # noqa: N802 - pdfplumber's ltr key
    return (c["x0"], c["x0"])


def _merge(word: list[dict[str, Any]], extra_attrs: tuple[str, ...]) -> dict[str, Any]:
    """pdfplumber's ``WordExtractor.merge_chars`` (ligatures expanded)."""
    first = word[0]
    x0, top, x1, bottom = first["x0"], first["top"], first["x1"], first["bottom"]
    texts = []
    for c in word:
        if c["x0"] < x0:
            x0 = c["x0"]
        if c["top"] < top:
            top = c["top"]
        if c["x1"] > x1:
            x1 = c["x1"]
        if c["bottom"] > bottom:
            bottom = c["bottom"]
        text = c["text"]
        texts.append(LIGATURES.get(text, text or ""))
    out = {
        "text": "".join(texts),
        "x0": x0,
        "x1": x1,
        "top": top,
        "doctop": top + (first["doctop"] - first["top"]),
        "bottom": bottom,
        "upright": first["upright"],
        "height": bottom - top,
        "width": x1 - x0,
        "direction": "ltr",
    }
    for attr in extra_attrs:
        out[attr] = first[attr]
    return out


def _fast_text(chars: list[dict[str, Any]]) -> str:
    """pdfplumber's ``utils.extract_text(chars)`` without layout: :func:`_fast_words`'s
    grouping (x/y tolerance 3) keeping only each word's text and top, then words joined by
    spaces and lines (words clustered on ``top`` within 3 pt, pdfplumber's ``cluster_objects``)
    by newlines. Called for every table cell, so no word dict is built."""
    words: list[tuple[float, str]] = []  # (top, text) in _fast_words' order
    for _, run in groupby(chars, itemgetter("upright")):
        lines = _line_clusters(list(run), 3)
        for k in sorted(lines):
            prev: dict[str, Any] | None = None
            texts: list[str] = []
            w_top = 0.0
            for c in sorted(lines[k], key=_X0_KEY):
                text = c["text"]
                if text.isspace():
                    if texts:
                        words.append((w_top, "".join(texts)))
                    texts, prev = [], None
                    continue
                if prev is not None and (
                    c["x0"] < prev["x0"]
                    or c["x0"] > prev["x1"] + 3
                    or abs(c["top"] - prev["top"]) > 3
                ):
                    words.append((w_top, "".join(texts)))
                    texts = []
                if not texts:
                    w_top = c["top"]
                elif c["top"] < w_top:
                    w_top = c["top"]
                texts.append(LIGATURES.get(text, text or ""))
                prev = c
            if texts:
                words.append((w_top, "".join(texts)))
    if not words:
        return ""
    # cluster_objects(words, top, 3): clusters of the sorted distinct tops, stable order
    cluster_of = {}
    index, last = 0, None
    for top in sorted({w[0] for w in words}):
        if last is not None and top > last + 3:
            index += 1
        cluster_of[top] = index
        last = top
    out_lines: dict[int, list[str]] = {}
    for top, text in words:
        out_lines.setdefault(cluster_of[top], []).append(text)
    return "\n".join(" ".join(out_lines[k]) for k in sorted(out_lines))


# --------------------------------------------------------------------------- characters

_BUF = 256


class _Fast:
    """PDFium functions bound without pypdfium2's pointer wrappers (plain ``c_void_p`` in and
    out): a page has thousands of characters and the per-call conversions dominated."""

    def __init__(self) -> None:
        import pypdfium2_raw.bindings as bindings

        lib = bindings._libs["pdfium"]

        def bind(name: str, restype: Any) -> Any:
            func = lib[name]  # ``lib[name]`` is a fresh function object: pypdfium2's untouched
            func.restype = restype
            func.argtypes = None
            return func

        vp, ci, cd = ctypes.c_void_p, ctypes.c_int, ctypes.c_double
        self.count = bind("FPDFText_CountChars", ci)
        self.text_object = bind("FPDFText_GetTextObject", vp)
        self.origin = bind("FPDFText_GetCharOrigin", ci)
        self.generated = bind("FPDFText_IsGenerated", ci)
        self.map_error = bind("FPDFText_HasUnicodeMapError", ci)
        self.loose_box = bind("FPDFText_GetLooseCharBox", ci)
        self.matrix = bind("FPDFText_GetMatrix", ci)
        self.font_size = bind("FPDFText_GetFontSize", cd)
        self.font_info = bind("FPDFText_GetFontInfo", ctypes.c_ulong)
        self.fill = bind("FPDFText_GetFillColor", ci)
        self.font = bind("FPDFTextObj_GetFont", vp)
        self.descent = bind("FPDFFont_GetDescent", ci)
        self.glyph_width = bind("FPDFFont_GetGlyphWidth", ci)
        self.get_text = bind("FPDFText_GetText", ci)
        self.embedded = bind("FPDFFont_GetIsEmbedded", ci)


_FAST: _Fast | None = None


def _fast() -> _Fast:
    global _FAST
    if _FAST is None:
        _FAST = _Fast()
    return _FAST


def _read_chars(page: pdfium.PdfPage, mb_top: float, page_number: int) -> list[dict[str, Any]]:
    """pdfminer-like character dicts from PDFium's text page.

    PDFium's text page differs from pdfminer's characters in four ways, undone here: it
    replaces a text object's trailing space by a *generated* one (restored as a real space when
    the object's text ends with a space), reports a ligature glyph (« ﬁ ») as several code
    points each with a part of the box (kept as one character), marks a line-end hyphen as
    ``\x02`` (back to ``-``) and gives a loose box wider than the advance for some glyphs (the
    advance width of the font's ``/Widths``, as pdfminer, is used). Font, size, matrix and
    colour are read once per text object.
    """
    fast = _fast()
    textpage = page.get_textpage()
    tp = ctypes.c_void_p(ctypes.cast(textpage.raw, ctypes.c_void_p).value)
    try:
        n = fast.count(tp)
        if n <= 0:
            return []
        buf = (ctypes.c_uint16 * (n + 1))()
        fast.get_text(tp, 0, n, buf)
        codes = list(buf[:n])
        rect = pdfium_c.FS_RECTF()
        ox, oy = ctypes.c_double(), ctypes.c_double()
        p_rect, p_ox, p_oy = ctypes.byref(rect), ctypes.byref(ox), ctypes.byref(oy)
        glyph_w = ctypes.c_float()
        p_glyph_w = ctypes.byref(glyph_w)
        objects: dict[int, tuple[dict[str, Any], float, float, float, float, int]] = {}
        widths: dict[tuple[int, int], float] = {}
        chars: list[dict[str, Any]] = []
        last_origin: tuple[float, float, int] | None = None
        last_obj = 0
        for i in range(n):
            code = codes[i]
            if code in (32, 13, 10) and fast.generated(tp, i) == 1:
                last_origin = None
                if (
                    code == 32
                    and last_obj
                    and chars
                    and chars[-1]["text"] != " "
                    and _object_text(last_obj, tp).endswith(" ")
                ):
                    base, _, size_pt, scale, _, font = objects[last_obj]
                    width = max(_advance(fast, widths, font, 32, size_pt, p_glyph_w), 0.0)
                    prev = chars[-1]
                    x0 = prev["x1"]
                    chars.append(
                        {
                            **prev,
                            "text": " ",
                            "x0": x0,
                            "x1": x0 + width * scale,
                            "adv": width * scale,
                            "width": width * scale,
                        }
                    )
                last_obj = 0
                continue
            obj = fast.text_object(tp, i) or 0
            fast.origin(tp, i, p_ox, p_oy)
            x0, y_origin = ox.value, oy.value
            if code >= 0x300 and chars and last_obj == obj and obj and combining(chr(code)):
                # « e » + U+0301: one glyph mapped to two code points, PDFium places the accent
                # apart; pdfminer keeps one character with the base glyph's box
                chars[-1]["text"] += chr(code)
                continue
            if last_origin is not None and last_origin == (x0, y_origin, obj) and chars:
                # one glyph, several code points (ligature « ﬁ »): one character, whole box
                fast.loose_box(tp, i, p_rect)
                prev = chars[-1]
                prev["text"] += chr(code)
                prev["x1"] = max(prev["x1"], rect.right)
                prev["width"] = prev["adv"] = prev["x1"] - prev["x0"]
                continue
            last_origin = (x0, y_origin, obj)
            last_obj = obj
            info = objects.get(obj)
            if info is None:
                info = _object_info(fast, tp, i, obj, page_number)
                objects[obj] = info
            base, descent, size_pt, scale, d, font = info
            if code in (2, 0xFFFE):  # PDFium's mark for a hyphen ending a line
                text, code = "-", 45
            elif fast.map_error(tp, i) == 1:
                text = "(cid:0)"
            else:
                text = chr(code)
            width = _advance(fast, widths, font, code, size_pt, p_glyph_w) if code > 32 else -1.0
            if width > 0:
                x1 = x0 + scale * width
            else:
                fast.loose_box(tp, i, p_rect)
                x1 = max(rect.right, x0)
            # pdfminer's box: from ``descent`` below the baseline, one font size tall
            y0 = y_origin + d * descent * size_pt
            y1 = y0 + d * size_pt
            char = dict(base)
            char["text"] = text
            char["adv"] = char["width"] = x1 - x0
            char["x0"], char["x1"], char["y0"], char["y1"] = x0, x1, y0, y1
            char["top"] = char["doctop"] = mb_top - y1
            char["bottom"] = mb_top - y0
            char["height"] = char["size"] = y1 - y0
            char["matrix"] = (scale, 0.0, 0.0, d, x0, y_origin)
            chars.append(char)
        return chars
    finally:
        textpage.close()


def _object_info(
    fast: _Fast, tp: Any, index: int, obj: int, page_number: int
) -> tuple[dict[str, Any], float, float, float, float, int]:
    """Per text object: base char dict (font name, colour), descent per point, font size, the
    matrix scales; raises :class:`NeedsPdfplumber` for rotated, skewed or mirrored text."""
    matrix = pdfium_c.FS_MATRIX()
    fast.matrix(tp, index, ctypes.byref(matrix))
    a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
    if abs(b) > 1e-6 or abs(c) > 1e-6 or a <= 0 or d <= 0:
        raise NeedsPdfplumber("rotated or mirrored text")
    size_pt = fast.font_size(tp, index)
    font = fast.font(ctypes.c_void_p(obj)) or 0 if obj else 0
    name_buf = ctypes.create_string_buffer(_BUF)
    flags = ctypes.c_int()
    fast.font_info(tp, index, name_buf, _BUF, ctypes.byref(flags))
    fontname = name_buf.value.decode("utf-8", "replace")
    descent = 0.0
    standard = _standard_descent(fontname)
    if standard is not None and font and not fast.embedded(ctypes.c_void_p(font)):
        descent = standard  # pdfminer takes a standard font's metrics from its AFM table
    elif font:
        desc = ctypes.c_float()
        fast.descent(ctypes.c_void_p(font), ctypes.c_float(1000.0), ctypes.byref(desc))
        descent = desc.value / 1000.0
    r_, g_, b_, a_ = (ctypes.c_uint() for _ in range(4))
    fast.fill(tp, index, ctypes.byref(r_), ctypes.byref(g_), ctypes.byref(b_), ctypes.byref(a_))
    colour = (r_.value / 255, g_.value / 255, b_.value / 255)
    base = {
        "object_type": "char",
        "page_number": page_number,
        "fontname": fontname,
        "upright": True,
        "non_stroking_color": colour,
        "stroking_color": colour,
    }
    return base, descent, size_pt, a, d, font


def _standard_descent(fontname: str) -> float | None:
    """Descent (per point) of a standard-14 font in pdfminer's AFM table, else ``None``."""
    from pdfminer.fontmetrics import FONT_METRICS

    metrics = FONT_METRICS.get(fontname)
    if metrics is None:
        return None
    return float(metrics[0].get("Descent", 0)) / 1000.0


def _advance(
    fast: _Fast,
    widths: dict[tuple[int, int], float],
    font: int,
    code: int,
    size_pt: float,
    p_width: Any,
) -> float:
    """Advance width (font ``/Widths``) of ``code`` for a 1-unit scale; -1 when unknown."""
    key = (font, code)
    per_pt = widths.get(key)
    if per_pt is None:
        per_pt = -1.0
        if font and fast.glyph_width(
            ctypes.c_void_p(font), ctypes.c_uint32(code), ctypes.c_float(1000.0), p_width
        ):
            per_pt = p_width._obj.value / 1000.0
        widths[key] = per_pt
    return per_pt * size_pt if per_pt >= 0 else -1.0


def _object_text(textobj: int, textpage: Any) -> str:
    """Whole text of a PDFium text object (UTF-16LE through ``FPDFTextObj_GetText``)."""
    obj = ctypes.cast(ctypes.c_void_p(textobj), pdfium_c.FPDF_PAGEOBJECT)
    page = ctypes.cast(textpage, pdfium_c.FPDF_TEXTPAGE)
    size = pdfium_c.FPDFTextObj_GetText(obj, page, None, 0)
    if size <= 2:
        return ""
    buf = ctypes.create_string_buffer(size)
    pdfium_c.FPDFTextObj_GetText(
        obj, page, ctypes.cast(buf, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), size
    )
    return buf.raw[: size - 2].decode("utf-16-le", "replace")


# --------------------------------------------------------------------------- paths

_SEG_OP = {
    pdfium_c.FPDF_SEGMENT_LINETO: "l",
    pdfium_c.FPDF_SEGMENT_BEZIERTO: "c",
    pdfium_c.FPDF_SEGMENT_MOVETO: "m",
}


def _matrix(obj: Any) -> tuple[float, float, float, float, float, float]:
    """Object → page matrix, composed through the Form XObjects holding it."""
    m = pdfium_c.FS_MATRIX()
    total = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    current = obj
    while current is not None:
        pdfium_c.FPDFPageObj_GetMatrix(current.raw, m)
        total = _mult(total, (m.a, m.b, m.c, m.d, m.e, m.f))
        current = getattr(current, "container", None)
    return total


def _mult(
    m1: tuple[float, float, float, float, float, float],
    m0: tuple[float, float, float, float, float, float],
) -> tuple[float, float, float, float, float, float]:
    """``m1`` then ``m0`` (pdfminer's ``mult_matrix`` order)."""
    a1, b1, c1, d1, e1, f1 = m1
    a0, b0, c0, d0, e0, f0 = m0
    return (
        a0 * a1 + c0 * b1,
        b0 * a1 + d0 * b1,
        a0 * c1 + c0 * d1,
        b0 * c1 + d0 * d1,
        a0 * e1 + c0 * f1 + e0,
        b0 * e1 + d0 * f1 + f0,
    )


def _read_paths(
    page: pdfium.PdfPage, mb_top: float, page_number: int
) -> dict[str, list[dict[str, Any]]]:
    """Path objects as pdfminer classifies them: ``line``, ``rect`` and ``curve`` dicts."""
    out: dict[str, list[dict[str, Any]]] = {"line": [], "rect": [], "curve": []}
    px, py = ctypes.c_float(), ctypes.c_float()
    fillmode, stroke = ctypes.c_int(), ctypes.c_int()
    width = ctypes.c_float()
    r_, g_, b_, a_ = (ctypes.c_uint() for _ in range(4))
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=8):
        raw = obj.raw
        count = pdfium_c.FPDFPath_CountSegments(raw)
        if count <= 0:
            continue
        pdfium_c.FPDFPath_GetDrawMode(raw, fillmode, stroke)
        if not fillmode.value and not stroke.value:
            continue
        a, b, c, d, e, f = _matrix(obj)
        pdfium_c.FPDFPageObj_GetStrokeWidth(raw, width)
        fill_colour: tuple[float, ...] | None = None
        if pdfium_c.FPDFPageObj_GetFillColor(raw, r_, g_, b_, a_):
            fill_colour = (r_.value / 255, g_.value / 255, b_.value / 255)
        attrs = {
            "linewidth": float(width.value),
            "stroke": bool(stroke.value),
            "fill": bool(fillmode.value),
            "evenodd": fillmode.value == pdfium_c.FPDF_FILLMODE_ALTERNATE,
            "non_stroking_color": fill_colour,
        }
        # rebuild pdfminer's path: (op, point) with bezier control points folded
        path: list[tuple[str, tuple[float, float]]] = []
        bezier = 0
        for index in range(count):
            seg = pdfium_c.FPDFPath_GetPathSegment(raw, index)
            pdfium_c.FPDFPathSegment_GetPoint(seg, px, py)
            x, y = px.value, py.value
            point = (a * x + c * y + e, b * x + d * y + f)
            op = _SEG_OP.get(pdfium_c.FPDFPathSegment_GetType(seg), "l")
            if op == "c":
                bezier += 1
                if bezier % 3:
                    continue
            else:
                bezier = 0
            path.append((op, point))
            if pdfium_c.FPDFPathSegment_GetClose(seg):
                path.append(("h", point))
        _classify(path, attrs, mb_top, page_number, out)
    return out


def _classify(
    path: list[tuple[str, tuple[float, float]]],
    attrs: dict[str, Any],
    mb_top: float,
    page_number: int,
    out: dict[str, list[dict[str, Any]]],
) -> None:
    """pdfminer's ``PDFLayoutAnalyzer.paint_path``: one shape per subpath."""
    shape = "".join(op for op, _ in path)
    if shape[:1] != "m":
        return
    if shape.count("m") > 1:
        for match in re.finditer(r"m[^m]+", shape):
            _classify(path[match.start() : match.end()], attrs, mb_top, page_number, out)
        return
    pts = [pt if op != "h" else path[0][1] for op, pt in path]
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape = shape[:-2] + "h"
        pts.pop()
    if shape in {"mlh", "ml"}:
        kind, pts = "line", pts[:2]
    elif shape in {"mlllh", "mllll"}:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
            y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
        )
        if pts[0] == pts[4] and square:
            kind = "rect"
            pts = [pts[0], pts[2]]
        else:
            kind = "curve"
    else:
        kind = "curve"
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    obj = {
        "object_type": kind,
        "page_number": page_number,
        **attrs,
        "x0": x0,
        "x1": x1,
        "y0": y0,
        "y1": y1,
        "top": mb_top - y1,
        "bottom": mb_top - y0,
        "doctop": mb_top - y1,
        "width": x1 - x0,
        "height": y1 - y0,
    }
    if kind == "curve":
        obj["pts"] = [(x, mb_top - y) for x, y in pts]
    out[kind].append(obj)


# --------------------------------------------------------------------------- documents


def _plumber_error(exc: BaseException) -> InputRejected:
    text = (type(exc).__name__ + " " + repr(exc.args)).lower()
    if "password" in text or "encrypt" in text:
        return InputRejected("PDF protégé par mot de passe", "encrypted")
    return InputRejected("PDF illisible ou tronqué", "corrupt_pdf")


def _fits_pdfium(page: pdfium.PdfPage) -> bool:
    """Pages whose coordinates pdfminer and PDFium express the same way."""
    if page.get_rotation() % 360:
        return False
    left, bottom, _, _ = page.get_mediabox()
    return abs(left) < 1e-6 and abs(bottom) < 1e-6


def iter_plumber_pages(data: bytes, max_pages: int | None = None) -> Iterator[Any]:
    """pdfplumber-compatible pages in order, each closed after use by the caller (``close``).

    PDFium pages (:class:`PdfiumPage`) unless ``COPDIAG_PDF_ENGINE=pdfplumber`` or the page is
    one PDFium cannot give with the same fidelity, then a pdfplumber page. Raises
    :class:`InputRejected` (French reason) for a corrupt or password-protected file.
    """
    use_pdfium = engine() == "pdfium"
    plumber: Any = None
    doc: pdfium.PdfDocument | None = None
    try:
        if use_pdfium:
            try:
                doc = pdfium.PdfDocument(io.BytesIO(data))
            except pdfium.PdfiumError as exc:
                raise _plumber_error(exc) from exc
            n_pages = len(doc)
        else:
            plumber = _open_plumber(data)
            n_pages = len(plumber.pages)
        if max_pages is not None:
            n_pages = min(n_pages, max_pages)
        for index in range(n_pages):
            page: Any = None
            if doc is not None:
                raw_page = doc[index]
                if _fits_pdfium(raw_page):
                    page = PdfiumPage(raw_page, index + 1)
                    try:
                        page.load()  # read now: rotated text falls back below
                    except NeedsPdfplumber:
                        page = None
                else:
                    raw_page.close()
            if page is None:
                if plumber is None:
                    plumber = _open_plumber(data)
                page = plumber.pages[index]
            yield page
    finally:
        if plumber is not None:
            plumber.close()
        if doc is not None:
            doc.close()


def _open_plumber(data: bytes) -> Any:
    import pdfplumber

    try:
        return pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types
        raise _plumber_error(exc) from exc
