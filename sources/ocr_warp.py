"""Text lines that WAVE across a scanned page straightened before Tesseract reads it.

A sheet crumpled and smoothed out by hand (or one that did not lie flat on the glass) is
scanned with its print moved up and down by a smooth displacement: the words of one printed
line stand up to a millimetre above or below each other, at places letters of one word.
Tesseract then cuts each printed line into pieces with baselines of their own (« Faire
connaître … des acteurs » and « auprès … économiques » as two lines), gives each piece a
font height of its own (a body line read 6 pt, the next 13.5 pt), and the line grouping and
the size comparisons after it fall apart.

The lines' own shape says how the sheet was moved: the ink is smeared across (words of one
line, and the dots of a leader, closed into one long blob, never two lines into one), each
long blob's centre is followed from left to right, and its rise and fall about its own
median level, smoothed along the line, is the displacement there. Those samples spread into
a smooth field over the page (weighted Gaussian averaging, closer across than down), and
every pixel is taken from where the field says it went: each line comes out level. Thin
light creases and dark-fill edges are neither ink nor lines (ink is darker than 0.6 of the
paper around it). A page whose lines do not wave (what each line's best parabola leaves under
:data:`MIN_WAVE_MM`: letter shapes move a line's foot by a tenth or two of a millimetre; a
stamp's lines turned over the text are straight, a phone lens bows each line in one arc)
is left as is, byte for byte; so is a page whose TYPICAL line does not wave (the median of
the lines' own sizes, weighted by length, under :data:`MIN_TYPICAL_MM`): crumpling moves
every line of the sheet, while on a phone photo of a straight page a few blobs alone bend
(text touching a table rule the threshold broke into pieces, a cast shadow's edge), 0.5 to
2 mm, the other lines staying within 0.1 mm.
"""

from __future__ import annotations

from typing import Any

MIN_WAVE_MM = 0.45  # a line rising or falling by less (95th percentile): straight enough
# ... and the page's typical line (half the followed length on lines waving at least as much)
# must wave too: a crumpled sheet moves every line, a few odd blobs (text touching a broken
# table rule, a shadow's edge) bend none of the others
MIN_TYPICAL_MM = 0.3
_WORK_DPI = 150.0  # the waves are looked for on a reduced copy
_INK_SHARE = 0.6  # ink: darker than this share of the paper around it
_CLOSE_MM = 2.5  # gaps closed across: word spaces, the dots of a leader
_MIN_LINE_MM = 15.0  # a blob this long at least is followed
_FOOT_SHARE = 0.85  # a line's foot: this share of its ink above it
_MAX_THICK_MM = 6.5  # a blob's column thicker than this: two lines touching, not used
_STEP_MM = 1.5  # columns sampled along a line
_ALONG_MM = 2.0  # smoothing along a line (letter shapes)
_FIELD_X_MM = 2.5  # the field spread across ...
_FIELD_Y_MM = 3.5  # ... and down between lines
_CELL_MM = 0.75  # the field's grid
_MIN_WEIGHT = 0.05  # field cells with less support fall back to the wide field


def line_waves(image: Any, points_per_px: float) -> tuple[Any, float] | None:
    """(vertical displacement field in pixels of ``image``, the waves' size in mm) of a page
    whose text lines wave, else None (straight lines, or too little text to tell)."""
    import numpy as np
    from PIL import Image
    from scipy import ndimage

    grey = image.convert("L")
    dpi = 72.0 / points_per_px
    factor = max(1.0, dpi / _WORK_DPI)
    small = grey.resize(
        (max(1, round(grey.width / factor)), max(1, round(grey.height / factor))), Image.BILINEAR
    )
    g = np.asarray(small, dtype=np.float32)
    h, w = g.shape
    mm = dpi / factor / 25.4
    if h < 20 * mm or w < 20 * mm:
        return None
    tile = max(4, int(8 * mm))
    paper = ndimage.maximum_filter(ndimage.uniform_filter(g, 3), size=tile)
    paper = ndimage.uniform_filter(paper, size=tile)
    ink = g < _INK_SHARE * paper
    closed = ndimage.binary_closing(ink, structure=np.ones((1, max(2, round(_CLOSE_MM * mm)))))
    labels, count = ndimage.label(closed)
    if count == 0:
        return None
    step = max(1, round(_STEP_MM * mm))
    ys_i, xs_i = np.nonzero(labels)
    strips = (w + step - 1) // step
    key = labels[ys_i, xs_i].astype(np.int64) * strips + xs_i // step
    keys, inverse, counts = np.unique(key, return_inverse=True, return_counts=True)
    # the line's foot in each column: the ink's lower quantile (a descender's thin stem
    # weighs little, a leader's dots sit on the baseline as the letters do)
    order = np.lexsort((ys_i, inverse))
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    foot = ys_i[order][starts + (_FOOT_SHARE * (counts - 1)).astype(np.int64)].astype(np.float64)
    low = np.full(len(keys), h, dtype=np.int64)
    high = np.zeros(len(keys), dtype=np.int64)
    np.minimum.at(low, inverse, ys_i)
    np.maximum.at(high, inverse, ys_i)
    usable = (counts >= step) & (high - low <= _MAX_THICK_MM * mm)
    label_of, strip_of = keys // strips, keys % strips
    cell = max(1, round(_CELL_MM * mm))  # the field is spread on a coarse grid
    gh, gw = (h + cell - 1) // cell, (w + cell - 1) // cell
    sum_d = np.zeros((gh, gw), dtype=np.float64)
    sum_w = np.zeros((gh, gw), dtype=np.float64)
    waves: list[float] = []
    per_line: list[tuple[float, int]] = []  # (the line's own waves' size in px, samples)
    bounds = np.searchsorted(label_of, np.arange(count + 2))
    for box_index, box in enumerate(ndimage.find_objects(labels), start=1):
        if box is None or box[1].stop - box[1].start < _MIN_LINE_MM * mm:
            continue
        part = slice(bounds[box_index], bounds[box_index + 1])
        keep = usable[part]
        if keep.sum() * step < 0.6 * _MIN_LINE_MM * mm:
            continue
        centre = ndimage.gaussian_filter1d(foot[part][keep], _ALONG_MM * mm / step, mode="nearest")
        d = centre - np.median(centre)
        # a straight line at a tilt of its own (a stamp turned over the text), or one bowed
        # in a single arc (a lens, a curled edge: Tesseract follows it), is no wave: the
        # page is told wavy by what each line's best parabola leaves
        xs_line = strip_of[part][keep].astype(np.float64)
        bent = centre - np.polyval(np.polyfit(xs_line, centre, 2), xs_line)
        waves.extend(np.abs(bent).tolist())
        per_line.append((float(np.percentile(np.abs(bent), 95)), len(bent)))
        xi = np.minimum(w - 1, strip_of[part][keep] * step + step // 2) // cell
        yi = np.clip(np.round(centre).astype(np.int64), 0, h - 1) // cell
        np.add.at(sum_d, (yi, xi), d)
        np.add.at(sum_w, (yi, xi), 1.0)
    if len(waves) < 50:
        return None
    size = float(np.percentile(waves, 95)) / mm
    if size < MIN_WAVE_MM or typical_wave(per_line) / mm < MIN_TYPICAL_MM:
        return None
    sigma = (_FIELD_Y_MM * mm / cell, _FIELD_X_MM * mm / cell)
    num = ndimage.gaussian_filter(sum_d, sigma)
    den = ndimage.gaussian_filter(sum_w, sigma)
    wide = (4 * sigma[0], 4 * sigma[1])
    num_wide, den_wide = ndimage.gaussian_filter(sum_d, wide), ndimage.gaussian_filter(sum_w, wide)
    peak = den.max()
    field = np.where(
        den > _MIN_WEIGHT * peak,
        num / np.maximum(den, 1e-12),
        np.where(den_wide > 1e-9, num_wide / np.maximum(den_wide, 1e-12), 0.0),
    )
    full = np.asarray(
        Image.fromarray((field * factor).astype(np.float32), mode="F").resize(
            (gw * cell, gh * cell), Image.BILINEAR
        )
    )[:h, :w]
    full = np.asarray(
        Image.fromarray(np.ascontiguousarray(full), mode="F").resize(grey.size, Image.BILINEAR)
    )
    return full, size


def typical_wave(per_line: list[tuple[float, int]]) -> float:
    """The waves' size of the page's typical line: the median of the lines' own sizes (each
    line's 95th percentile), each weighted by its followed length."""
    if not per_line:
        return 0.0
    ordered = sorted(per_line)
    half = sum(n for _, n in ordered) / 2
    seen = 0
    for size, n in ordered:
        seen += n
        if seen >= half:
            return size
    return ordered[-1][0]


def unwarped(image: Any, field: Any) -> Any:
    """``image`` with each pixel taken from ``field`` pixels lower (bilinear), same mode."""
    import numpy as np
    from PIL import Image
    from scipy import ndimage

    mode = image.mode
    bands = [image] if mode == "L" else list(image.convert("RGB").split())
    h, w = field.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    coords = np.array([yy + field, xx])
    out = []
    for band in bands:
        pixels = np.asarray(band, dtype=np.float32)
        moved = ndimage.map_coordinates(pixels, coords, order=1, mode="nearest")
        out.append(Image.fromarray(np.clip(np.round(moved), 0, 255).astype("uint8"), mode="L"))
    if mode == "L":
        return out[0]
    return Image.merge("RGB", out).convert(mode)


def straighten_lines(image: Any, points_per_px: float) -> tuple[Any, Any]:
    """(``image`` with its waving text lines levelled, the field used or None)."""
    found = line_waves(image, points_per_px)
    if found is None:
        return image, None
    return unwarped(image, found[0]), found[0]
