"""Hole-punch holes in a scanned sheet's margin painted with the paper's grey before OCR.

A sheet punched for a binder shows its holes on the scan as dark discs (the scanner's lid or
the feeder's backing seen through them) in the margin beside the text. Tesseract reads such
a disc as a letter (« o », « 5 ») opening the text line beside it, and that letter lands in
the first column of a table row (« 2019 5 »). A hole is told from print by its shape and its
place: a solid dark blob (as dark as the print's ink all through), round (its box about
square, filled as a disc fills it, not as a rectangle), a few millimetres across — far
thicker than any stroke of a letter, far smaller than a picture — lying in a margin band along the sheet's edge, clear of the edge itself (a dark border of the
scanner's lid touches the edge and is left to the other rules).
"""

from __future__ import annotations

from typing import Any

_MARGIN_MM = 25.0  # band along the left and right edges where holes are looked for
_MIN_MM, _MAX_MM = 3.0, 12.0  # a punch hole's diameter
_SQUARE = 0.75  # smaller side of the blob's box over its larger side, at least
_FILLED = (0.65, 0.9)  # share of the box the blob covers (a disc: π/4; a fill's box: 1)
_DARK = 0.3  # mean level of the blob at most this far from the ink to the paper: solid
_CORNER_INK = 0.25  # share of a box corner's pixels inked, at most, round a disc
_OPEN_MM = 1.5  # an opening this wide takes a rule (or a letter's stroke) off a hole
_GROW_PX = 3  # the disc's soft edge (JPEG, the render's smoothing) painted too


def punch_holes(image: Any, points_per_px: float) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1 in pixels) of the punch holes in the page's side margins."""
    import numpy as np
    from scipy import ndimage

    grey = np.asarray(image.convert("L"))
    h, w = grey.shape
    mm = 72.0 / 25.4 / points_per_px  # pixels per millimetre
    band = min(w // 4, round(_MARGIN_MM * mm))
    if band < _MIN_MM * mm or h < 64:
        return []
    sample = grey[::4, ::4]
    paper = float(np.percentile(sample, 90))
    ink = float(np.percentile(sample, 0.5))
    if paper - ink < 60:
        return []
    threshold = (paper + ink) / 2
    found: list[tuple[int, int, int, int]] = []
    for left in (0, w - band):
        strip = grey[:, left : left + band] < threshold
        found += _holes_in(grey, strip, left, band, mm, paper, ink)
        # a hole punched across a table's rule is one blob with the rule, no disc: the rule
        # opened away (an opening wider than any rule or stroke, narrower than a hole), the
        # disc is looked for again
        size = max(3, round(_OPEN_MM * mm)) | 1  # odd: the opening centred
        eroded = ndimage.minimum_filter(strip.astype(np.uint8), size=size, mode="constant")
        opened = ndimage.maximum_filter(eroded, size=size, mode="constant").astype(bool)
        for hole in _holes_in(grey, opened, left, band, mm, paper, ink):
            if not any(_overlap(hole, seen) for seen in found):
                found.append(hole)
    return found


def _corners_dark(dark: Any, bh: int, bw: int) -> bool:
    """Is any corner of a blob's box inked? A disc leaves the four corners of its box paper
    (a square of an eighth of the side in each lies wholly outside it); a filled cell with
    light text in it, the end of a dark band, a rounded box's corner fill them."""
    side = max(1, min(bh, bw) // 8)
    corners = (
        dark[:side, :side],
        dark[:side, -side:],
        dark[-side:, :side],
        dark[-side:, -side:],
    )
    return any(float(c.mean()) > _CORNER_INK for c in corners)


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _holes_in(
    grey: Any, strip: Any, left: int, band: int, mm: float, paper: float, ink: float
) -> list[tuple[int, int, int, int]]:
    """Boxes of the hole-shaped dark blobs of ``strip`` (the dark pixels of the band starting
    at column ``left``)."""
    import numpy as np
    from scipy import ndimage

    h, w = grey.shape
    found: list[tuple[int, int, int, int]] = []
    labels, count = ndimage.label(strip)
    if count:
        areas = ndimage.sum_labels(strip, labels, index=np.arange(1, count + 1))
        for index, box in enumerate(ndimage.find_objects(labels), start=1):
            if box is None:
                continue
            y0, y1 = box[0].start, box[0].stop
            x0, x1 = box[1].start + left, box[1].stop + left
            bh, bw = y1 - y0, x1 - x0
            if not (_MIN_MM * mm <= min(bh, bw) and max(bh, bw) <= _MAX_MM * mm):
                continue
            share = areas[index - 1] / (bh * bw)
            if min(bh, bw) < _SQUARE * max(bh, bw) or not _FILLED[0] <= share <= _FILLED[1]:
                continue
            if _corners_dark(strip[box], bh, bw):
                continue  # a dark cell or band (its box's corners inked), not a disc
            level = float(grey[box[0], x0:x1][labels[box] == index].mean())
            if level > ink + _DARK * (paper - ink):
                continue  # a grey fill (a header cell's end), not a hole's dark
            if x0 <= 0 or y0 <= 0 or x1 >= w or y1 >= h:
                continue  # touching the sheet's edge: a border, not a hole
            if box[1].start == 0 and left > 0 or box[1].stop == band and left == 0:
                continue  # cut by the band's inner side: the end of a fill reaching in
            found.append((x0, y0, x1, y1))
    return found


def remove_punch_holes(image: Any, points_per_px: float) -> tuple[Any, int]:
    """``(image, holes)``: the page with its punch holes painted with the paper's grey (and
    how many there were); the same image and 0 when it has none."""
    import numpy as np
    from PIL import Image

    holes = punch_holes(image, points_per_px)
    if not holes:
        return image, 0
    grey = np.asarray(image.convert("L")).copy()
    paper = int(np.percentile(grey[::4, ::4], 90))
    h, w = grey.shape
    for x0, y0, x1, y1 in holes:
        grey[
            max(0, y0 - _GROW_PX) : min(h, y1 + _GROW_PX),
            max(0, x0 - _GROW_PX) : min(w, x1 + _GROW_PX),
        ] = paper
    return Image.fromarray(grey, mode="L"), len(holes)
