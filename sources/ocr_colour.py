"""A coloured ink stamp pressed over the text of a colour scan, taken out before thresholding.

Office stamps (« REÇU LE … », a service's name in a double frame) are inked blue, violet or
red and pressed across the printed text. Turned to grey, their strokes are as dark as the
letters: the threshold keeps both, Tesseract reads stamp letters into the cells under it and
breaks the printed words they cross. The text of an action plan is printed near neutral
(black or dark grey) while a stamp's ink is strongly coloured, so on a colour scan the two are
told apart by colour, as scanners with « colour dropout » do, except that the text under the
stamp must stay: the page is unmixed in optical density (``-log`` of each channel over the
paper's colour), where inks laid over one another add up. Each pixel's density is split into
a neutral part (same in the three channels: the printed ink, shading) and a part along the
stamp ink's own density direction; the latter is dropped and the neutral part gives the grey
page. Letters under the stamp keep their (larger) neutral density; the stamp on bare paper
becomes paper.

Only a stamp is taken out, not coloured print: the ink looked for is saturated (its chroma at
least half its mean density) and not light (no cell fill), and it forms blobs at least
:data:`_MIN_SIDE_MM` wide and tall once its strokes are joined: a coloured heading or word is
one or two lines high. The ink's direction is each blob's own (median over its most
saturated pixels), and only the blob's area is unmixed. A page with no such blob is left to
the usual grey rendering (:func:`colour_stamp_grey` returns ``None``).
"""

from __future__ import annotations

from typing import Any

_SATURATED = 0.5  # chroma over mean density: coloured ink, not dark print with JPEG fringes
_MIN_DENSITY = 0.15  # mean density of stamp ink (lighter: a cell fill, a tinted band)
_MIN_CHROMA = 0.15  # chroma of stamp ink (a pale tinted fill has a third of it)
_JOIN_MM = 1.5  # strokes of one stamp joined across this gap
_MIN_SIDE_MM = 15.0  # a stamp's blob is at least this wide and tall (a heading line is not)
_MIN_PIXELS = 0.2  # saturated pixels per square millimetre of a stamp's blob's box
_FRINGE_MM = 0.2  # a stroke's edge, where JPEG blurred its colour
_FAINT = 0.15  # less stamp density than this: a light fill or a fringe, left


def _density(rgb: Any) -> tuple[Any, Any]:
    """Optical density of each channel over the paper's colour (its 90th percentile)."""
    import numpy as np

    sample = rgb[::4, ::4].reshape(-1, 3)
    paper = np.maximum(np.percentile(sample, 90, axis=0), 1.0)
    od = -np.log(np.clip((rgb + 1.0) / (paper + 1.0), 1e-3, None))
    return od, paper


def stamp_boxes(rgb: Any, px_per_mm: float) -> list[tuple[slice, slice]]:
    """Boxes (row and column slices) of the stamps' blobs (see the module docstring), looked
    for on a copy reduced to about four pixels a millimetre."""
    import numpy as np
    from scipy import ndimage

    step = max(1, round(px_per_mm / 4.0))
    h, w = (rgb.shape[0] // step) * step, (rgb.shape[1] // step) * step
    small = rgb[:h, :w].reshape(h // step, step, w // step, step, 3).mean(axis=(1, 3))
    mm = px_per_mm / step
    od, _ = _density(small)
    mean = od.mean(axis=2)
    chroma = np.linalg.norm(od - mean[:, :, None], axis=2)
    saturated = (chroma >= _SATURATED * np.maximum(mean, 1e-6)) & (mean >= _MIN_DENSITY)
    saturated &= chroma >= _MIN_CHROMA
    if not saturated.any():
        return []
    join = 2 * max(1, round(_JOIN_MM * mm)) + 1
    joined = ndimage.maximum_filter(saturated.astype(np.uint8), size=join) > 0
    labels, _count = ndimage.label(joined)
    boxes = []
    min_side = _MIN_SIDE_MM * mm
    for index, box in enumerate(ndimage.find_objects(labels), start=1):
        if box is None:
            continue
        height, width = box[0].stop - box[0].start, box[1].stop - box[1].start
        if min(height, width) < min_side:
            continue
        inside = labels[box] == index
        if int(saturated[box][inside].sum()) < _MIN_PIXELS * height * width / (mm * mm):
            continue
        boxes.append(
            [
                box[0].start * step,
                min(rgb.shape[0], box[0].stop * step),
                box[1].start * step,
                min(rgb.shape[1], box[1].stop * step),
            ]
        )
    # a stamp's rings and its lines may join apart: overlapping boxes are one stamp
    merged: list[list[int]] = []
    for box in sorted(boxes):
        for other in merged:
            if box[0] < other[1] and other[0] < box[1] and box[2] < other[3] and other[2] < box[3]:
                other[:] = [
                    min(box[0], other[0]),
                    max(box[1], other[1]),
                    min(box[2], other[2]),
                    max(box[3], other[3]),
                ]
                break
        else:
            merged.append(box)
    return [(slice(y0, y1), slice(x0, x1)) for y0, y1, x0, x1 in merged]


def colour_stamp_grey(image: Any, points_per_px: float) -> Any:
    """The grey page of a colour scan with its coloured stamps unmixed out (see the module
    docstring); ``None`` when the page is grey or holds no stamp (render it in grey as
    usual)."""
    import numpy as np
    from PIL import Image
    from scipy import ndimage

    if image.mode != "RGB":
        return None
    rgb = np.asarray(image, dtype=np.float32)
    if rgb.size == 0 or min(rgb.shape[:2]) < 64:
        return None
    spread = rgb[::4, ::4].max(axis=2) - rgb[::4, ::4].min(axis=2)
    if float(np.percentile(spread, 99.9)) < 24:  # a grey page stored as colour
        return None
    px_per_mm = 72.0 / 25.4 / points_per_px
    boxes = stamp_boxes(rgb, px_per_mm)
    if not boxes:
        return None
    luma = np.array([0.299, 0.587, 0.114], dtype=np.float32)
    grey = rgb @ luma  # the usual grey outside the stamps
    _, paper = _density(rgb[::2, ::2])
    level = float(paper @ luma)  # the paper's grey
    fringe = 2 * max(1, round(_FRINGE_MM * px_per_mm)) + 1
    for box in boxes:
        part = -np.log(np.clip((rgb[box] + 1.0) / (paper + 1.0), 1e-3, None))
        pmean = part.mean(axis=2)
        chroma = part - pmean[:, :, None]
        norm = np.linalg.norm(chroma, axis=2)
        strong = (norm >= _SATURATED * np.maximum(pmean, 1e-6)) & (pmean >= 0.3)
        if int(strong.sum()) < 16:
            continue
        # the ink's density direction: median of its most saturated pixels' unit vectors
        units = part[strong] / np.linalg.norm(part[strong], axis=1, keepdims=True)
        ink = np.median(units, axis=0)
        ink /= np.linalg.norm(ink)
        ink_chroma = ink - ink.mean()
        # density of stamp ink in each pixel: its chroma along the ink's chroma (never less
        # than none) times the ink's mean density per unit; JPEG keeps colour at half the
        # resolution, so a stroke's edge is taken at its neighbours' strongest; faint colour
        # (a light cell fill) is left
        amount = np.clip(chroma @ ink_chroma / float(ink_chroma @ ink_chroma), 0.0, None)
        stamp = ndimage.maximum_filter(amount * float(ink.mean()), size=fringe)
        stamp = np.where(stamp >= _FAINT, stamp, 0.0)
        neutral = np.maximum(pmean - stamp, 0.0)
        grey[box] = level * np.exp(-neutral)
    return Image.fromarray(np.clip(grey + 0.5, 0, 255).astype("uint8"), mode="L")
