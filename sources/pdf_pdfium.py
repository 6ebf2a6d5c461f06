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
from collections.abc import Iterator
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfplumber import utils as plumber_utils
from pdfplumber.container import Container
from pdfplumber.table import TableFinder, TableSettings

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
        return plumber_utils.extract_words(self.chars, **kwargs)

    def extract_text(self, **kwargs: Any) -> str:
        defaults: dict[str, Any] = {"layout_bbox": self.bbox}
        if "layout_width_chars" not in kwargs:
            defaults["layout_width"] = self.width
        if "layout_height_chars" not in kwargs:
            defaults["layout_height"] = self.height
        return plumber_utils.chars_to_textmap(self.chars, **{**defaults, **kwargs}).as_string

    def find_tables(self, table_settings: dict[str, Any] | None = None) -> list[Any]:
        return TableFinder(self, TableSettings.resolve(table_settings)).tables  # type: ignore[arg-type]

    def close(self) -> None:
        self._chars = None
        self._paths = None
        if hasattr(self, "_edges"):
            del self._edges
        self._page.close()


# --------------------------------------------------------------------------- characters

_BUF = 256


def _read_chars(page: pdfium.PdfPage, mb_top: float, page_number: int) -> list[dict[str, Any]]:
    """pdfminer-like character dicts from PDFium's text page.

    PDFium's text page differs from pdfminer's characters in four ways, undone here: it
    replaces a text object's trailing space by a *generated* one (restored as a real space when
    the object's text ends with a space), reports a ligature glyph (« ﬁ ») as several code
    points each with a part of the box (kept as one character), marks a line-end hyphen as
    ``\x02`` (back to ``-``) and gives a loose box wider than the advance for some glyphs (the
    advance width of the font's ``/Widths``, as pdfminer, is used).
    """
    textpage = page.get_textpage()
    raw = textpage.raw
    try:
        n = pdfium_c.FPDFText_CountChars(raw)
        rect = pdfium_c.FS_RECTF()
        ox, oy = ctypes.c_double(), ctypes.c_double()
        matrix = pdfium_c.FS_MATRIX()
        name_buf = ctypes.create_string_buffer(_BUF)
        flags = ctypes.c_int()
        r_, g_, b_, a_ = (ctypes.c_uint() for _ in range(4))
        desc, glyph_w = ctypes.c_float(), ctypes.c_float()
        fonts: dict[int, tuple[str, float]] = {}  # font handle → (name, descent per 1 pt)
        widths: dict[tuple[int, int, float], float] = {}
        chars: list[dict[str, Any]] = []
        last_key: tuple[float, float, int] | None = None
        last_obj: Any = None
        last_font: tuple[Any, float, float] | None = None  # (font, size, scale) of last char

        def advance(font: Any, font_key: int, code: int, size_pt: float) -> float:
            key = (font_key, code, size_pt)
            width = widths.get(key)
            if width is None:
                ok = pdfium_c.FPDFFont_GetGlyphWidth(font, code, ctypes.c_float(size_pt), glyph_w)
                width = float(glyph_w.value) if ok else -1.0
                widths[key] = width
            return width

        for i in range(n):
            if pdfium_c.FPDFText_IsGenerated(raw, i) == 1:
                last_key = None
                if (
                    last_obj is not None
                    and last_font is not None
                    and chars
                    and chars[-1]["text"] != " "
                    and pdfium_c.FPDFText_GetUnicode(raw, i) == 32
                    and _object_text(last_obj, raw).endswith(" ")
                ):
                    font, size_pt, scale = last_font
                    width = max(advance(font, 0, 32, size_pt), 0.0) * scale
                    prev = chars[-1]
                    chars.append(
                        {**prev, "text": " ", "x0": prev["x1"], "x1": prev["x1"] + width,
                         "adv": width, "width": width}
                    )
                last_obj = None
                continue
            code = pdfium_c.FPDFText_GetUnicode(raw, i)
            pdfium_c.FPDFText_GetCharOrigin(raw, i, ox, oy)
            textobj = pdfium_c.FPDFText_GetTextObject(raw, i)
            pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect)
            key = (ox.value, oy.value, ctypes.cast(textobj, ctypes.c_void_p).value or 0)
            if last_key == key and chars:  # one glyph, several code points (ligature « ﬁ »)
                prev = chars[-1]
                prev["text"] += chr(code)
                prev["x1"] = max(prev["x1"], rect.right)
                prev["width"] = prev["adv"] = prev["x1"] - prev["x0"]
                continue
            last_key = key
            last_obj = textobj
            if pdfium_c.FPDFText_HasUnicodeMapError(raw, i) == 1:
                text = "(cid:0)"
            elif code == 2:  # PDFium's mark for a hyphen ending a line
                text = "-"
            else:
                text = chr(code)
            pdfium_c.FPDFText_GetMatrix(raw, i, matrix)
            a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
            if abs(b) > 1e-6 or abs(c) > 1e-6 or a <= 0 or d <= 0:
                raise NeedsPdfplumber("rotated or mirrored text")
            size_pt = pdfium_c.FPDFText_GetFontSize(raw, i)
            font = pdfium_c.FPDFTextObj_GetFont(textobj)
            font_key = ctypes.cast(font, ctypes.c_void_p).value or 0
            info = fonts.get(font_key)
            if info is None:
                pdfium_c.FPDFText_GetFontInfo(raw, i, name_buf, _BUF, flags)
                pdfium_c.FPDFFont_GetDescent(font, ctypes.c_float(1000.0), desc)
                info = (name_buf.value.decode("utf-8", "replace"), desc.value / 1000.0)
                fonts[font_key] = info
            fontname, descent = info
            last_font = (font, size_pt, a)
            x0 = ox.value
            width = advance(font, font_key, code, size_pt) if code > 32 else -1.0
            if width > 0:
                x1 = x0 + a * width
            else:
                x1 = max(rect.right, x0)
            # text space → page: the char matrix has no font size (pdfminer's ``matrix``)
            y0 = oy.value + d * descent * size_pt
            y1 = y0 + d * size_pt
            pdfium_c.FPDFText_GetFillColor(raw, i, r_, g_, b_, a_)
            colour = (r_.value / 255, g_.value / 255, b_.value / 255)
            top = mb_top - y1
            chars.append(
                {
                    "object_type": "char",
                    "page_number": page_number,
                    "text": text,
                    "fontname": fontname,
                    "size": y1 - y0,
                    "adv": x1 - x0,
                    "upright": True,
                    "x0": x0,
                    "x1": x1,
                    "y0": y0,
                    "y1": y1,
                    "top": top,
                    "bottom": mb_top - y0,
                    "doctop": top,
                    "width": x1 - x0,
                    "height": y1 - y0,
                    "matrix": (a, b, c, d, ox.value, oy.value),
                    "non_stroking_color": colour,
                    "stroking_color": colour,
                }
            )
        return chars
    finally:
        textpage.close()


def _object_text(textobj: Any, textpage: Any) -> str:
    """Whole text of a PDFium text object (UTF-16LE through ``FPDFTextObj_GetText``)."""
    size = pdfium_c.FPDFTextObj_GetText(textobj, textpage, None, 0)
    if size <= 2:
        return ""
    buf = ctypes.create_string_buffer(size)
    pdfium_c.FPDFTextObj_GetText(
        textobj, textpage, ctypes.cast(buf, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), size
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
                        page.chars  # noqa: B018 - read now: rotated text falls back below
                    except NeedsPdfplumber:
                        page.close()
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
