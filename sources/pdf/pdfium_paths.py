"""pdfminer-like line/rect/curve objects read from PDFium's path objects.
"""

from __future__ import annotations

import ctypes
import re
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

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
