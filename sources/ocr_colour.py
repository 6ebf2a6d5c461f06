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

from sources.ocr_highlight import registered, without_highlighter

_SATURATED = 0.5  # chroma over mean density: coloured ink, not dark print with JPEG fringes
_MIN_DENSITY = 0.25  # mean density of stamp ink (lighter: a cell fill, a tinted band)
_MIN_CHROMA = 0.15  # chroma of stamp ink (a pale tinted fill has a third of it)
_JOIN_MM = 1.5  # strokes of one stamp joined across this gap
_MIN_SIDE_MM = 15.0  # a stamp's blob is at least this wide and tall (a heading line is not)
_MIN_PIXELS = 0.2  # saturated pixels per square millimetre of a stamp's blob's box
_FRINGE_MM = 0.2  # a stroke's edge, where JPEG blurred its colour
_MIN_HIGHLIGHT_MM2 = 20.0  # highlighter ink over less than this: colour noise, page left grey
_PRINT_DENSITY = 0.4  # neutral ink this dense is print (its fringes are not a stamp)
_RULE_MM = 8.0  # a coloured straight run this long is a table's rule, not a stamp
_SOLID_MM = 1.0  # coloured ink this thick both ways is a fill or a highlighter, not a stamp
_FAINT = 0.15  # less stamp density than this: a light fill or a fringe, left


def _density(rgb: Any) -> tuple[Any, Any]:
    """Optical density of each channel over the paper's colour (its 90th percentile)."""
    import numpy as np

    sample = rgb[::4, ::4].reshape(-1, 3)
    paper = np.maximum(np.percentile(sample, 90, axis=0), 1.0)
    od = -np.log(np.clip((rgb + 1.0) / (paper + 1.0), 1e-3, None))
    return od, paper


def solid_areas(mask: Any, px_per_mm: float) -> Any:
    """The parts of ``mask`` at least :data:`_SOLID_MM` thick both ways, and ink within as much
    of them: a table's coloured
        fill or a highlighter's stroke, never a stamp's strokes (about half a millimetre)."""
    import numpy as np
    from scipy import ndimage

    side = max(2, round(_SOLID_MM * px_per_mm))
    solid = ndimage.binary_opening(mask, structure=np.ones((side, side), dtype=bool))
    # and the fill's thin parts between the light letters printed on it, and its edges
    return ndimage.binary_dilation(solid, structure=np.ones((2 * side + 1,) * 2, dtype=bool))


def ruled_lines(mask: Any, px_per_mm: float) -> Any:
    """The parts of ``mask`` on straight level or upright runs at least :data:`_RULE_MM`
    long, widened a pixel: a coloured table's rules (a stamp is pressed turned, its letters
    are short strokes)."""
    import numpy as np
    from scipy import ndimage

    run = max(3, round(_RULE_MM * px_per_mm))
    level = ndimage.binary_opening(mask, structure=np.ones((1, run), dtype=bool))
    upright = ndimage.binary_opening(mask, structure=np.ones((run, 1), dtype=bool))
    return ndimage.binary_dilation(level | upright, structure=np.ones((3, 3), dtype=bool))


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
    saturated &= ~solid_areas(saturated, mm)
    # the blobs are told on the ink left once colour fringes along dark neutral print
    # (JPEG's halved colour, sensors out of register: coloured pixels touching a letter's
    # ink) and straight rules (a coloured table's, a straight stamp's frame) are set aside;
    # a stamp's box is then its whole ink, a frame round it too
    print_ink = (mean >= _PRINT_DENSITY) & ~(chroma >= _SATURATED * np.maximum(mean, 1e-6))
    core = saturated & ~ndimage.binary_dilation(print_ink, structure=np.ones((3, 3), dtype=bool))
    core &= ~ruled_lines(core, mm)
    if not core.any():
        return []
    join = 2 * max(1, round(_JOIN_MM * mm)) + 1
    joined = ndimage.maximum_filter(core.astype(np.uint8), size=join) > 0
    labels, _count = ndimage.label(joined)
    whole, _ = ndimage.label(ndimage.maximum_filter(saturated.astype(np.uint8), size=join) > 0)
    wholes = ndimage.find_objects(whole)
    boxes = []
    min_side = _MIN_SIDE_MM * mm
    for index, box in enumerate(ndimage.find_objects(labels), start=1):
        if box is None:
            continue
        height, width = box[0].stop - box[0].start, box[1].stop - box[1].start
        if min(height, width) < min_side:
            continue
        inside = labels[box] == index
        if int(core[box][inside].sum()) < _MIN_PIXELS * height * width / (mm * mm):
            continue
        # its whole ink: the strokes it is made of, and a frame drawn round it
        parts = [wholes[int(whole[box][inside].max()) - 1] or box]
        parts += [
            b
            for b in wholes
            if b is not None
            and b[0].start <= box[0].start
            and box[0].stop <= b[0].stop
            and b[1].start <= box[1].start
            and box[1].stop <= b[1].stop
        ]
        box = (
            slice(min(b[0].start for b in parts), max(b[0].stop for b in parts)),
            slice(min(b[1].start for b in parts), max(b[1].stop for b in parts)),
        )
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
    docstring), its colour planes put back in register and its highlighter strokes read as
    paper (:mod:`sources.ocr_highlight`); ``None`` when the page is grey or holds none of
    them (render it in grey as usual)."""
    import numpy as np
    from PIL import Image

    if image.mode != "RGB":
        return None
    rgb = np.asarray(image, dtype=np.float32)
    if rgb.size == 0 or min(rgb.shape[:2]) < 64:
        return None
    spread = rgb[::4, ::4].max(axis=2) - rgb[::4, ::4].min(axis=2)
    if float(np.percentile(spread, 99.9)) < 24:  # a grey page stored as colour
        return None
    px_per_mm = 72.0 / 25.4 / points_per_px
    rgb = registered(rgb)  # a sheet feeder's colour planes out of register
    boxes = stamp_boxes(rgb, px_per_mm)
    luma = np.array([0.299, 0.587, 0.114], dtype=np.float32)
    grey = rgb @ luma  # the usual grey outside the stamps
    _, paper = _density(rgb[::2, ::2])
    _unmix_stamps(rgb, grey, paper, boxes, px_per_mm)
    grey, marked = without_highlighter(rgb, grey, paper, px_per_mm)
    if not boxes and marked < _MIN_HIGHLIGHT_MM2 * px_per_mm * px_per_mm:
        return None
    return Image.fromarray(np.clip(grey + 0.5, 0, 255).astype("uint8"), mode="L")


def _unmix_stamps(
    rgb: Any, grey: Any, paper: Any, boxes: list[tuple[slice, slice]], px_per_mm: float
) -> None:
    """Each stamp's ink unmixed out of ``grey`` (in place), inside its box."""
    import numpy as np
    from scipy import ndimage

    luma = np.array([0.299, 0.587, 0.114], dtype=np.float32)
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
