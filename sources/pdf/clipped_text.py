"""TEXT CLIPPED AWAY: text drawn wholly outside its clipping path is not printed, yet it is in
the page's text layer. A spreadsheet prints a text box anchored in a row of the next page on
this page too, below the last row and outside the print range's clip (« hidden below the last
row »); read, it makes a row of its own out of another page's description.

A text object's clipping path is read from PDFium (each of its paths' bounding box: a text
object lying outside one of them is not painted); the characters standing inside such objects'
boxes are set aside, on either engine's page (PDFium's own page, or pdfplumber's, through the
same file opened with PDFium). Only top-level text objects are looked at (a form's objects
have coordinates of their own).
"""

from __future__ import annotations

import ctypes
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from sources.pdf.watermark import without_objects

Box = tuple[float, float, float, float]  # x0, top, x1, bottom (from the page's top)
_SLACK = 0.5  # pt: an object this near its clip box is still painted (rounding)


class _Calls:
    """The PDFium calls bound without pypdfium2's pointer conversions (plain ``c_void_p``):
    a page has hundreds of text objects."""

    def __init__(self) -> None:
        import pypdfium2_raw.bindings as bindings

        lib = bindings._libs["pdfium"]

        def bind(name: str, restype: Any) -> Any:
            func = lib[name]
            func.restype = restype
            func.argtypes = None
            return func

        self.clip = bind("FPDFPageObj_GetClipPath", ctypes.c_void_p)
        self.paths = bind("FPDFClipPath_CountPaths", ctypes.c_int)
        self.segments = bind("FPDFClipPath_CountPathSegments", ctypes.c_int)
        self.segment = bind("FPDFClipPath_GetPathSegment", ctypes.c_void_p)
        self.point = bind("FPDFPathSegment_GetPoint", ctypes.c_int)
        self.bounds = bind("FPDFPageObj_GetBounds", ctypes.c_int)
        self.count = bind("FPDFPage_CountObjects", ctypes.c_int)
        self.object = bind("FPDFPage_GetObject", ctypes.c_void_p)
        self.kind = bind("FPDFPageObj_GetType", ctypes.c_int)
        self.f = [ctypes.c_float() for _ in range(6)]
        self.p = [ctypes.byref(v) for v in self.f]


_CALLS: _Calls | None = None


def _calls() -> _Calls:
    global _CALLS
    if _CALLS is None:
        _CALLS = _Calls()
    return _CALLS


def _outside_clip(calls: _Calls, obj: ctypes.c_void_p) -> tuple[float, float, float, float] | None:
    """The object's bounds (PDF space) when it lies wholly outside one of its clip paths."""
    clip = calls.clip(obj)
    if not clip:
        return None
    clip = ctypes.c_void_p(clip)
    n = calls.paths(clip)
    if n <= 0:
        return None
    f, p = calls.f, calls.p
    if not calls.bounds(obj, p[0], p[1], p[2], p[3]):
        return None
    left, bottom, right, top = (v.value for v in f[:4])
    for path in range(n):
        xs, ys = [], []
        for index in range(max(calls.segments(clip, ctypes.c_int(path)), 0)):
            segment = calls.segment(clip, ctypes.c_int(path), ctypes.c_int(index))
            if segment and calls.point(ctypes.c_void_p(segment), p[4], p[5]):
                xs.append(f[4].value)
                ys.append(f[5].value)
        if not xs:
            continue
        if (
            right < min(xs) - _SLACK
            or left > max(xs) + _SLACK
            or top < min(ys) - _SLACK
            or bottom > max(ys) + _SLACK
        ):
            return left, bottom, right, top
    return None


def hidden_text_boxes(raw_page: pdfium.PdfPage, handles: list[int] | None = None) -> list[Box]:
    """Boxes (from the page's top) of the top-level text objects clipped away; ``handles``:
    the page's text objects when already known (else the page's objects are walked)."""
    calls = _calls()
    top = float(raw_page.get_mediabox()[3])
    if handles is None:
        page = ctypes.c_void_p(ctypes.cast(raw_page.raw, ctypes.c_void_p).value)
        handles = []
        for i in range(max(calls.count(page), 0)):
            obj = calls.object(page, ctypes.c_int(i))
            if obj and calls.kind(ctypes.c_void_p(obj)) == pdfium_c.FPDF_PAGEOBJ_TEXT:
                handles.append(obj)
    boxes: list[Box] = []
    for handle in handles:
        found = _outside_clip(calls, ctypes.c_void_p(handle))
        if found is not None:
            x0, y0, x1, y1 = found
            boxes.append((x0, top - y1, x1, top - y0))
    return boxes


def without_clipped_text(page: Any, boxes: list[Box]) -> Any:
    """The page without the characters standing in ``boxes`` (the page itself when none)."""
    if not boxes:
        return page
    drop = {
        id(c)
        for c in page.chars
        if any(
            x0 - _SLACK <= (c["x0"] + c["x1"]) / 2 <= x1 + _SLACK
            and top - _SLACK <= (c["top"] + c["bottom"]) / 2 <= bottom + _SLACK
            for x0, top, x1, bottom in boxes
        )
    }
    return without_objects(page, drop)
