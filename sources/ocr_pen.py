"""A reader's pen strokes (wavy underlines, a bar in the margin, a tick) painted out of a grey
scan before Tesseract reads it.

Wired into :func:`sources.ocr.ocr_page` after the page is straightened (twenty-eighth pass),
once pieces of light table rules were told from strokes: a heavy JPEG breaks a thin rule
into pieces shorter than the straight-run search, and a corner (an « L ») or a tee of them
is as long and as wide as a pen stroke. A rule is long, straight and lies along an axis of
the straightened page (at the page's skew); a pen stroke does not: a piece whose arms run
straight along an axis across it (:func:`_rule_pixels`), or a thin straight piece within
:data:`_RULE_SKEW_DEG` of an axis and bowing by no more than :data:`_RULE_BOW_PX`
(:func:`_straight_at_skew`), is a rule and kept; the rule pixels of a stroke crossing one
are never painted.

A ballpoint line drawn across a printed page is long, thin, never straight, and lighter than
the print's toner at its core (the pen's ink lets some paper through, the toner is black).
Tesseract reads an underline run through a text line as letters (« les—en-matière »), reads
a header word it crosses as noise (« Re es » for « Ressources »), and a stroke between two
header words as a word of its own. Such strokes are the pixels darker than the paper that lie
away from any print-dark pixel (so the letters a line crosses keep their ink), not on a long
straight run (a table rule: straight over many font heights, kept even when light), grouped
in components long as several letters, thin (their area no more than a stroke's width along
their length), not straight (as tall as a few strokes' widths at least, and as wide),
lighter than the print's ink on the whole, and drawn on paper (the pixels around them mostly
paper: the pieces of a dark header fill left between its light letters are not). They are
painted with the paper's grey. The search runs on a half-size copy (a pen line is several
pixels wide at the render's resolution), its mask brought back to full size.
"""

from __future__ import annotations

from typing import Any

_PRINT_LEVEL = 0.5  # percentile of the page's pixels: the print's ink level
_PRINT_MARGIN = 2.0  # grey levels above that level still taken as the print's core
_LETTER_MARGIN = 15.0  # when painting: pixels this close to the ink level are kept (letters)
_NEAR_PT = 0.75  # pixels this close to print ink belong to the letters
_LIGHT = 150  # pixels darker than this: ink of some kind
_RULE_PT = 60.0  # a straight run this long is a rule, not a pen stroke
_LONG_PT = 18.0  # a stroke reaches this far (several letters)
_WIDE_PT = 2.0  # and spreads this far across (a wavy or slanted line, a tick)
_STROKE_PT = 2.0  # mean width of a pen stroke at most (area / length)
_CONTRAST = 25.0  # a stroke's median level is lighter than the print's ink by this much
_PAPER_AROUND = 0.6  # share of paper in the ring around a stroke: a line drawn on paper
_RULE_RUN = 0.9  # of a piece's extent: a straight run this long across it is a rule
_RULE_SHARE = 0.5  # a piece this much made of such runs is a rule's corner, tee or cross
_RULE_SKEW_DEG = 0.6  # a straight piece this close to an axis lies at the page's skew: a rule
_RULE_BOW_PX = 1.0  # and bows by no more pixels (half-size copy) from end to middle


def _runs(mask: Any, length: int, axis: int) -> Any:
    """Pixels of ``mask`` on a straight run of at least ``length`` pixels along ``axis``."""
    import numpy as np
    from scipy import ndimage

    full = ndimage.uniform_filter1d(mask.astype(np.float32), length, axis=axis) > 0.999
    return ndimage.maximum_filter1d(full, length, axis=axis) & mask


def _line_runs(own: Any, length: int, axis: int) -> Any:
    """Pixels of ``own`` on a straight run of at least ``length`` pixels along ``axis``, a
    pixel of tolerance across it (a rule stepping a row), nothing past the piece's box."""
    import numpy as np
    from scipy import ndimage

    across = np.ones((3, 1) if axis == 1 else (1, 3), bool)
    grown = ndimage.binary_dilation(own, structure=across).astype(np.float32)
    full = ndimage.uniform_filter1d(grown, length, axis=axis, mode="constant") > 0.999
    return ndimage.maximum_filter1d(full, length, axis=axis, mode="constant") & own


def _along_axis(own: Any, axis: int) -> bool:
    """Whether a piece's track along ``axis`` (its mean row per column, or column per row) is
    a straight line at the page's skew: within :data:`_RULE_SKEW_DEG` of the axis, bowing by
    at most :data:`_RULE_BOW_PX` pixels. The crest of a wavy underline runs along an axis for
    a few letters too, but bows and slants."""
    import math

    import numpy as np

    grid = own if axis == 1 else own.T  # runs along the columns of ``grid``
    counts = grid.sum(axis=0)
    cols = np.nonzero(counts)[0]
    if len(cols) < 8:
        return False
    rows = (grid[:, cols] * np.arange(grid.shape[0])[:, None]).sum(axis=0) / counts[cols]
    x = (cols - cols.mean()) / max(1.0, (cols.max() - cols.min()) / 2.0)
    bow, slope, _ = np.polyfit(x, rows, 2)  # rows ≈ bow·x² + slope·x + c over x in [-1, 1]
    half = max(1.0, (cols.max() - cols.min()) / 2.0)
    angle = math.degrees(math.atan(abs(slope) / half))
    return angle <= _RULE_SKEW_DEG and abs(bow) <= _RULE_BOW_PX


def _rule_pixels(own: Any, long_px: float, rule_px: int) -> Any:
    """Pixels of one dark piece on an axis-aligned straight run across most of it: a broken
    light rule's corner (an L), tee or cross comes out of the straight-run search as a piece
    as long and as wide as a pen stroke, but each of its arms runs straight across it, at the
    page's skew."""
    import numpy as np
    from scipy import ndimage

    h, w = own.shape
    out = np.zeros_like(own)
    for axis, extent in ((1, w), (0, h)):
        length = min(rule_px, max(round(long_px), round(_RULE_RUN * extent)))
        if length > extent:
            continue
        runs = _line_runs(own, length, axis)
        labels, count = ndimage.label(runs, structure=np.ones((3, 3), bool))
        for index, box in enumerate(ndimage.find_objects(labels), start=1):
            arm = labels[box] == index
            if box is not None and _along_axis(arm, axis):
                out[box] |= arm
    return out


def _straight_at_skew(own: Any, stroke_px: float) -> bool:
    """A thin straight piece lying along an axis at the page's skew: a piece of a rule of the
    straightened page. A slanted margin bar is straight but off the axes; a wavy underline
    or a tick is not straight (wider across its main direction than a stroke)."""
    import math

    import numpy as np

    ys, xs = np.nonzero(own)
    if len(xs) < 3:
        return False
    values, vectors = np.linalg.eigh(np.cov(np.vstack((xs, ys)).astype(np.float64)))
    if math.sqrt(12.0 * max(float(values[0]), 0.0)) > stroke_px:
        return False  # wider across than a stroke: not one straight line
    vx, vy = vectors[:, 1]
    return _along_axis(own, 1 if abs(vx) >= abs(vy) else 0)


def pen_stroke_mask(image: Any, points_per_px: float) -> Any:
    """Boolean array (the image's size) of the pixels of pen strokes on a grey page (see the
    module docstring); ``None`` when there are none."""
    import numpy as np
    from scipy import ndimage

    full = np.asarray(image.convert("L"))
    if full.size == 0 or min(full.shape) < 128:
        return None
    grey = full[::2, ::2].astype(np.float32)
    pt_px = 2.0 * points_per_px  # points per pixel of the half-size copy
    ink = float(np.percentile(grey, _PRINT_LEVEL))
    dark = grey < ink + _PRINT_MARGIN
    near = max(1, round(_NEAR_PT / pt_px))
    candidate = (grey < _LIGHT) & ~ndimage.binary_dilation(dark, iterations=near)
    if not candidate.any():
        return None
    rule = max(8, round(_RULE_PT / pt_px))
    inked = grey < _LIGHT
    # a rule left a pixel askew by the deskew steps a row: runs are looked for on the ink
    # grown by a pixel across them
    across_h = ndimage.binary_dilation(inked, structure=np.ones((3, 1), bool))
    across_v = ndimage.binary_dilation(inked, structure=np.ones((1, 3), bool))
    straight = (_runs(across_h, rule, axis=1) | _runs(across_v, rule, axis=0)) & inked
    candidate &= ~ndimage.binary_dilation(straight, iterations=1)
    labels, count = ndimage.label(candidate, structure=np.ones((3, 3), bool))
    if not count:
        return None
    long_px, wide_px, stroke_px = _LONG_PT / pt_px, _WIDE_PT / pt_px, _STROKE_PT / pt_px
    areas = ndimage.sum_labels(candidate, labels, index=np.arange(1, count + 1))
    keep = np.zeros(count + 1, dtype=bool)
    ruled = np.zeros_like(candidate)  # rule pixels of the pieces kept: never painted
    for index, box in enumerate(ndimage.find_objects(labels), start=1):
        if box is None:
            continue
        h, w = box[0].stop - box[0].start, box[1].stop - box[1].start
        length = max(h, w)
        if length < long_px or min(h, w) < wide_px or areas[index - 1] > stroke_px * length:
            continue
        level = float(np.median(grey[box][labels[box] == index]))
        if level - ink < _CONTRAST:
            continue  # as dark as the print: no pen line can be told from it
        own = labels[box] == index
        if _straight_at_skew(own, stroke_px):
            continue  # a piece of a light rule, straight along the page's axes
        rules = _rule_pixels(own, long_px, rule)
        if rules.sum() >= _RULE_SHARE * own.sum():
            continue  # a broken light rule's corner or tee, not a pen line
        across = own.sum(axis=0 if w >= h else 1)  # the stroke's width along its run
        if float(np.percentile(across[across > 0], 90)) > stroke_px:
            continue  # letters' stems across a line of text, not one pen line
        wide = tuple(
            slice(max(0, b.start - 2), min(n, b.stop + 2))
            for b, n in zip(box, grey.shape, strict=True)
        )
        own = labels[wide] == index
        ring = ndimage.binary_dilation(own, iterations=2) & ~own
        if (grey[wide][ring] >= _LIGHT).mean() < _PAPER_AROUND:
            continue  # pieces of a dark fill between its light letters, not a line on paper
        keep[index] = True
        ruled[box] |= rules
    if not keep.any():
        return None
    # the stroke's soft edges, never a rule it crosses
    half = ndimage.binary_dilation(keep[labels], iterations=1)
    half &= ~ndimage.binary_dilation(ruled, iterations=1)
    mask = np.repeat(np.repeat(half, 2, axis=0), 2, axis=1)[: full.shape[0], : full.shape[1]]
    if mask.shape != full.shape:
        mask = np.pad(
            mask, ((0, full.shape[0] - mask.shape[0]), (0, full.shape[1] - mask.shape[1]))
        )
    # the letters a stroke crosses keep their ink: their dark core and the pixel around it
    letters = ndimage.binary_dilation(full < ink + _LETTER_MARGIN, iterations=1)
    return mask & ~letters


def remove_pen_strokes(image: Any, points_per_px: float) -> tuple[Any, int]:
    """``(image, pixels)``: the grey page with its pen strokes painted with the paper's grey
    (and how many pixels were); the same image and 0 when it has none."""
    import numpy as np
    from PIL import Image

    mask = pen_stroke_mask(image, points_per_px)
    if mask is None:
        return image, 0
    grey = np.asarray(image.convert("L")).copy()
    paper = int(np.percentile(grey[::4, ::4], 90))
    grey[mask] = paper
    return Image.fromarray(grey, mode="L"), int(mask.sum())
