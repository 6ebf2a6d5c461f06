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


def _outside_clip(obj: Any) -> tuple[float, float, float, float] | None:
    """The object's bounds (PDF space) when it lies wholly outside one of its clip paths."""
    clip = pdfium_c.FPDFPageObj_GetClipPath(obj)
    if not clip:
        return None
    n = pdfium_c.FPDFClipPath_CountPaths(clip)
    if n <= 0:
        return None
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not pdfium_c.FPDFPageObj_GetBounds(
        obj, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top)
    ):
        return None
    x = ctypes.c_float()
    y = ctypes.c_float()
    for path in range(n):
        count = pdfium_c.FPDFClipPath_CountPathSegments(clip, path)
        if count <= 0:
            continue
        xs, ys = [], []
        for index in range(count):
            segment = pdfium_c.FPDFClipPath_GetPathSegment(clip, path, index)
            if segment and pdfium_c.FPDFPathSegment_GetPoint(
                segment, ctypes.byref(x), ctypes.byref(y)
            ):
                xs.append(x.value)
                ys.append(y.value)
        if not xs:
            continue
        if (
            right.value < min(xs) - _SLACK
            or left.value > max(xs) + _SLACK
            or top.value < min(ys) - _SLACK
            or bottom.value > max(ys) + _SLACK
        ):
            return left.value, bottom.value, right.value, top.value
    return None


def hidden_text_boxes(raw_page: pdfium.PdfPage, handles: list[int] | None = None) -> list[Box]:
    """Boxes (from the page's top) of the top-level text objects clipped away; ``handles``:
    the page's text objects when already known (else the page's objects are walked)."""
    top = float(raw_page.get_mediabox()[3])
    if handles is None:
        n = pdfium_c.FPDFPage_CountObjects(raw_page.raw)
        handles = []
        for i in range(max(n, 0)):
            obj = pdfium_c.FPDFPage_GetObject(raw_page.raw, i)
            if obj and pdfium_c.FPDFPageObj_GetType(obj) == pdfium_c.FPDF_PAGEOBJ_TEXT:
                handles.append(ctypes.cast(obj, ctypes.c_void_p).value)
    boxes: list[Box] = []
    for handle in handles:
        found = _outside_clip(ctypes.cast(ctypes.c_void_p(handle), pdfium_c.FPDF_PAGEOBJECT))
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
