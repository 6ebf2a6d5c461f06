"""pdfminer-like line/rect/curve objects read from PDFium's path objects."""

from __future__ import annotations

import ctypes
import re
from collections.abc import Iterator
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from sources.pdf.pdfium_chars import _fast

_SEG_OP = {
    pdfium_c.FPDF_SEGMENT_LINETO: "l",
    pdfium_c.FPDF_SEGMENT_BEZIERTO: "c",
    pdfium_c.FPDF_SEGMENT_MOVETO: "m",
}


_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


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


def _path_objects(
    fast: Any,
    page: Any,
    max_depth: int = 8,
    texts: dict[int, int] | None = None,
    pictures: list[tuple[ctypes.c_void_p, list[ctypes.c_void_p]]] | None = None,
) -> Iterator[tuple[ctypes.c_void_p, list[ctypes.c_void_p], int]]:
    """The page's path objects in content order, each with the Form XObjects holding it
    (innermost first) and its paint index (its place among all the page's drawn objects,
    forms flattened), descending into forms ``max_depth`` levels deep as pypdfium2's
    ``get_objects`` does — through the bound calls, without a Python object per page object
    (a word processor's page draws hundreds of cell borders). ``texts`` receives each text
    object's paint index by handle (:mod:`sources.pdf.overlays` compares them); ``pictures``
    each image and shading object with its forms (:func:`_picture_boxes`)."""
    page_raw = ctypes.c_void_p(ctypes.cast(page.raw, ctypes.c_void_p).value)
    painted = 0

    def walk(
        parent: ctypes.c_void_p, containers: list[ctypes.c_void_p], level: int
    ) -> Iterator[tuple[ctypes.c_void_p, list[ctypes.c_void_p], int]]:
        nonlocal painted
        form = bool(containers)
        n = (fast.count_form_objects if form else fast.count_objects)(parent)
        if n < 0:
            raise pdfium.PdfiumError("Failed to get number of pageobjects.")
        get = fast.form_object if form else fast.page_object
        for i in range(n):
            raw = get(parent, i)
            if not raw:
                raise pdfium.PdfiumError("Failed to get pageobject.")
            obj = ctypes.c_void_p(raw)
            kind = fast.object_type(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                if level < max_depth - 1:
                    yield from walk(obj, [obj, *containers], level + 1)
                continue
            painted += 1
            if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                yield obj, containers, painted
            elif kind == pdfium_c.FPDF_PAGEOBJ_TEXT and texts is not None:
                texts[raw] = painted
            elif pictures is not None and kind in (
                pdfium_c.FPDF_PAGEOBJ_IMAGE,
                pdfium_c.FPDF_PAGEOBJ_SHADING,
            ):
                pictures.append((obj, containers))

    return walk(page_raw, [], 0)


def _read_paths(
    page: pdfium.PdfPage,
    mb_top: float,
    page_number: int,
    order: dict[int, int] | None = None,
    texts: dict[int, int] | None = None,
    pictures: list[tuple[float, float, float, float]] | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """Path objects as pdfminer classifies them: ``line``, ``rect`` and ``curve`` dicts.

    ``order`` receives each dict's paint index by ``id``, ``texts`` each text object's by
    handle (see :func:`_path_objects`), ``pictures`` the boxes of the page's images and
    shadings, top-based (``x0, top, x1, bottom``)."""
    fast = _fast()
    out: dict[str, list[dict[str, Any]]] = {"line": [], "rect": [], "curve": []}
    px, py = ctypes.c_float(), ctypes.c_float()
    p_px, p_py = ctypes.byref(px), ctypes.byref(py)
    fillmode, stroke = ctypes.c_int(), ctypes.c_int()
    p_fillmode, p_stroke = ctypes.byref(fillmode), ctypes.byref(stroke)
    width = ctypes.c_float()
    p_width = ctypes.byref(width)
    rgba = [ctypes.c_uint() for _ in range(4)]
    p_rgba = [ctypes.byref(v) for v in rgba]
    m = pdfium_c.FS_MATRIX()
    p_m = ctypes.byref(m)
    forms: dict[int, tuple[float, float, float, float, float, float]] = {}

    def matrix_of(obj: ctypes.c_void_p) -> tuple[float, float, float, float, float, float]:
        fast.object_matrix(obj, p_m)
        return (m.a, m.b, m.c, m.d, m.e, m.f)

    seen: list[tuple[ctypes.c_void_p, list[ctypes.c_void_p]]] | None = (
        [] if pictures is not None else None
    )
    for obj, containers, painted in _path_objects(fast, page, texts=texts, pictures=seen):
        count = fast.count_segments(obj)
        if count <= 0:
            continue
        fast.draw_mode(obj, p_fillmode, p_stroke)
        if not fillmode.value and not stroke.value:
            continue
        # object → page matrix, composed through the Form XObjects holding it (pdfminer's
        # order: the object's own first, then each container's outwards)
        a, b, c, d, e, f = _mult(_IDENTITY, matrix_of(obj))
        if containers:
            total = (a, b, c, d, e, f)
            for form in containers:
                known = forms.get(form.value or 0)
                if known is None:
                    known = forms[form.value or 0] = matrix_of(form)
                total = _mult(total, known)
            a, b, c, d, e, f = total
        fast.stroke_width(obj, p_width)
        fill_colour: tuple[float, ...] | None = None
        if fast.object_fill(obj, *p_rgba):
            fill_colour = (rgba[0].value / 255, rgba[1].value / 255, rgba[2].value / 255)
        stroke_colour: tuple[float, ...] | None = None
        if stroke.value and fast.object_stroke(obj, *p_rgba):
            stroke_colour = (rgba[0].value / 255, rgba[1].value / 255, rgba[2].value / 255)
        attrs = {
            "linewidth": float(width.value),
            "stroke": bool(stroke.value),
            "fill": bool(fillmode.value),
            "evenodd": fillmode.value == pdfium_c.FPDF_FILLMODE_ALTERNATE,
            "non_stroking_color": fill_colour,
            "stroking_color": stroke_colour,
        }
        # rebuild pdfminer's path: (op, point) with bezier control points folded
        path: list[tuple[str, tuple[float, float]]] = []
        bezier = 0
        for index in range(count):
            seg = ctypes.c_void_p(fast.path_segment(obj, index))
            fast.segment_point(seg, p_px, p_py)
            x, y = px.value, py.value
            point = (a * x + c * y + e, b * x + d * y + f)
            op = _SEG_OP.get(fast.segment_type(seg), "l")
            if op == "c":
                bezier += 1
                if bezier % 3:
                    continue
            else:
                bezier = 0
            path.append((op, point))
            if fast.segment_close(seg):
                path.append(("h", point))
        if order is None:
            _classify(path, attrs, mb_top, page_number, out)
            continue
        sizes = {kind: len(found) for kind, found in out.items()}
        _classify(path, attrs, mb_top, page_number, out)
        for kind, found in out.items():
            for shape in found[sizes[kind] :]:
                order[id(shape)] = painted
    if pictures is not None and seen:
        pictures.extend(_picture_boxes(fast, seen, matrix_of, mb_top))
    return out


def _picture_boxes(
    fast: Any,
    found: list[tuple[ctypes.c_void_p, list[ctypes.c_void_p]]],
    matrix_of: Any,
    mb_top: float,
) -> list[tuple[float, float, float, float]]:
    """Each image's or shading's box on the page, top-based: its bounds (in its form's
    space) through the forms holding it. A shading fills its clip, which PDFium's bounds
    may leave out: an unbounded one is taken as the whole page."""
    out: list[tuple[float, float, float, float]] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    refs = [ctypes.byref(v) for v in (left, bottom, right, top)]
    for obj, containers in found:
        if not fast.bounds(obj, *refs):
            out.append((-1e9, -1e9, 1e9, 1e9))
            continue
        total = _IDENTITY
        for form in containers:
            total = _mult(total, matrix_of(form))
        a, b, c, d, e, f = total
        corners = [
            (a * x + c * y + e, b * x + d * y + f)
            for x in (left.value, right.value)
            for y in (bottom.value, top.value)
        ]
        xs, ys = [x for x, _ in corners], [y for _, y in corners]
        out.append((min(xs), mb_top - max(ys), max(xs), mb_top - min(ys)))
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
        obj["curved"] = "c" in shape  # Béziers among its sides (their control points folded)
    out[kind].append(obj)
