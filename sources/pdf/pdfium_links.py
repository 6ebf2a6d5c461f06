"""A PDFium page's link annotations with a web address, in pdfplumber's coordinates.

pdfplumber gives them as ``page.hyperlinks`` (URI and box); PDFium's link API gives the same
from the page's annotations: each link's URI action and its annotation rectangle, turned to
pdfplumber's top-down coordinates (:mod:`sources.pdf.print_additions` reads them).
"""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as raw

Box = tuple[float, float, float, float]


def _uri(doc: pdfium.PdfDocument, action: object) -> str:
    size = raw.FPDFAction_GetURIPath(doc.raw, action, None, 0)
    if size <= 1:
        return ""
    buf = ctypes.create_string_buffer(size)
    raw.FPDFAction_GetURIPath(doc.raw, action, buf, size)
    return buf.value.decode("utf-8", "replace")


def _read_links(page: pdfium.PdfPage, mb_top: float) -> list[tuple[str, Box]]:
    """(URI, (x0, top, x1, bottom)) of every link annotation of ``page`` opening an address."""
    out: list[tuple[str, Box]] = []
    pos = ctypes.c_int(0)
    link = raw.FPDF_LINK()
    while raw.FPDFLink_Enumerate(page.raw, ctypes.byref(pos), ctypes.byref(link)):
        action = raw.FPDFLink_GetAction(link)
        if not action or raw.FPDFAction_GetType(action) != raw.PDFACTION_URI:
            continue
        uri = _uri(page.pdf, action)
        rect = raw.FS_RECTF()
        if not uri or not raw.FPDFLink_GetAnnotRect(link, ctypes.byref(rect)):
            continue
        left, right = sorted((float(rect.left), float(rect.right)))
        low, high = sorted((float(rect.bottom), float(rect.top)))
        out.append((uri, (left, mb_top - high, right, mb_top - low)))
    return out
