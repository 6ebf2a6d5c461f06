"""A scanner's row jitter undone: each image row shifted back across by its own offset.

A sheet feeder whose sensor vibrates captures each row of pixels a little to the left or
right of the one before, by an offset that swings smoothly down the page (a fraction of a
millimetre). Upright strokes and the side rules of boxes turn wavy and the letters of one
text line are sheared to and fro: Tesseract reads « soutenir » as « sautenir », « Etape » as
« Etage », and the rule finder loses every upright rule. The offset is read from the page
itself: two neighbouring rows of print are alike, the lower one moved across by the change
of offset between them (found where their horizontal ink profiles match best, to a fraction
of a pixel); summed down the page, these steps give each row's offset, and each row is moved
back. Rows with no print carry no step (the offset is only needed where the ink is); the
slow part of the sum (a drift over many lines) is left, as a straight page has none.

A page is changed only when its steps SWING BOTH WAYS: many rows step left and many step
right. Italic type leans one way on every line (its steps all have one sign), a straight
scan steps by noise only; a jittered page has as many rows moved each way.
"""

from __future__ import annotations

from typing import Any

_MAX_STEP_PX = 2  # a row's offset from the row above, at most (pixels, searched both ways)
_STEP = 0.15  # px: a step this large is a swing (noise and a skew step far less)
_SWING_SHARE = 0.2  # of the rows of print: as many stepping each way, at least
_MIN_PRINT_ROWS = 200  # rows of print a page needs for its steps to be read
_PRINTED = 20.0  # a row matching its neighbour this much sharper than blank paper has print
_DRIFT_PT = 15.0  # a slower change of offset is left (a text line is ~12 pt)
_MIN_AMPLITUDE_PX = 0.75  # an offset never larger is not worth resampling the page for


def row_steps(grey: Any) -> tuple[Any, Any]:
    """Each row's shift across from the row above (pixels, + to the right), and how much
    print backs it (the sharpness of the match: grain and JPEG noise only on blank paper,
    far more on rows of letters or rules)."""
    import numpy as np

    ink = 255.0 - grey.astype(np.float32)
    h, w = ink.shape
    m = _MAX_STEP_PX
    below, above = ink[1:], ink[:-1, m : w - m]
    ssd = np.stack(
        [((below[:, m + s : w - m + s] - above) ** 2).sum(axis=1) for s in range(-m, m + 1)]
    )
    best = np.clip(ssd.argmin(axis=0), 1, 2 * m - 1)
    cols = np.arange(h - 1)
    left, centre, right = ssd[best - 1, cols], ssd[best, cols], ssd[best + 1, cols]
    sharp = left - 2 * centre + right
    frac = np.where(sharp > 0, 0.5 * (left - right) / np.maximum(sharp, 1e-9), 0.0)
    steps = (best - m) + np.clip(frac, -0.5, 0.5)
    return steps, np.maximum(sharp, 0.0)


def row_offsets(grey: Any, points_per_px: float) -> Any | None:
    """Each row's offset across (pixels) on a jittered page, None when the page is not
    (its steps do not swing both ways, or too few rows of print)."""
    import numpy as np
    from scipy import ndimage

    steps, sharp = row_steps(grey)
    # the page's margins and line gaps are blank paper: their sharpness is the noise's
    printed = sharp > _PRINTED * float(np.percentile(sharp, 10)) + 1.0
    if printed.sum() < _MIN_PRINT_ROWS:
        return None
    moving = steps[printed]
    if min((moving > _STEP).mean(), (moving < -_STEP).mean()) < _SWING_SHARE:
        return None
    offsets = np.concatenate([[0.0], np.cumsum(np.where(printed, steps, 0.0))])
    offsets = ndimage.gaussian_filter1d(offsets, 1.0)
    offsets -= ndimage.gaussian_filter1d(offsets, _DRIFT_PT / points_per_px, mode="nearest")
    if np.abs(offsets).max() < _MIN_AMPLITUDE_PX:
        return None
    return offsets


def unjitter(image: Any, points_per_px: float) -> tuple[Any, bool]:
    """The page with each row moved back across by its offset (:func:`row_offsets`), paper
    coming in at the edges; the page itself when it is not jittered. Grey pages only."""
    import numpy as np
    from PIL import Image

    if image.mode != "L":
        return image, False
    grey = np.asarray(image)
    offsets = row_offsets(grey, points_per_px)
    if offsets is None:
        return image, False
    h, w = grey.shape
    paper = float(np.percentile(grey[::4, ::4], 90))
    xs = np.arange(w, dtype=np.float32)[None, :] + offsets[:, None].astype(np.float32)
    x0 = np.floor(xs).astype(np.int64)
    t = xs - x0
    src = grey.astype(np.float32)
    rows = np.arange(h)[:, None]

    def at(x: Any) -> Any:
        inside = (x >= 0) & (x < w)
        return np.where(inside, src[rows, np.clip(x, 0, w - 1)], paper)

    out = at(x0) * (1 - t) + at(x0 + 1) * t
    return Image.fromarray(np.round(out).astype("uint8"), mode="L"), True
