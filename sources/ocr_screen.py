"""A halftone-screened page (greys printed as regular dot patterns) made grey again.

A page screened to black and white by ordered dithering (a cheap printer, a fax's halftone
mode) turns every fill and every grey or anti-aliased edge into a lattice of single-pixel
dots: Tesseract reads the dots of a filled cell as letters and the holes in the ink break the
strokes. Such a page is told by its texture: many pixels unlike all four of their neighbours
(a clean page, even a fax, has almost none: strokes and specks are wider than a pixel) and
those dots repeating at a fixed period (the screen's). The page is then averaged over one
period (a box the size of the screen's cell), which gives back the grey each dot pattern
stands for, and is read as a grey page. A page without that texture is returned as is.
"""

from __future__ import annotations

from typing import Any

_DOT_SHARE = 0.002  # dots (pixels unlike their four neighbours) per pixel: a screened page
_PERIODS = (2, 3, 4, 5, 6, 8)  # screen periods looked for, in pixels
_BAND, _BAND_STEP = 64, 256  # rows looked at: bands of _BAND rows every _BAND_STEP
_PERIODIC = 0.35  # share of dots with another dot one period further: a regular screen


def _dots(ink: Any) -> Any:
    """Pixels whose four neighbours are all of the other colour (single-pixel dots)."""
    core = ink[1:-1, 1:-1]
    return (
        (core != ink[1:-1, :-2])
        & (core != ink[1:-1, 2:])
        & (core != ink[:-2, 1:-1])
        & (core != ink[2:, 1:-1])
    )


def screen_period(image: Any) -> int:
    """Period in pixels of a halftone screen over the page, 0 when there is none."""
    import numpy as np

    grey = np.asarray(image.convert("L"))
    if min(grey.shape, default=0) < 32:
        return 0
    # a quarter of the rows (bands of 64 every 256) tells a screen covering the page
    band = (np.arange(grey.shape[0]) % _BAND_STEP) < _BAND
    dots = _dots(grey[band] < 128)
    count = int(dots.sum())
    if count < _DOT_SHARE * dots.size:
        return 0
    scores = {}
    for period in _PERIODS:
        across = int((dots[:, :-period] & dots[:, period:]).sum())
        down = int((dots[:-period, :] & dots[period:, :]).sum())
        scores[period] = (across + down) / (2 * count)
    best = max(scores.values())
    if best < _PERIODIC:
        return 0
    # the smallest period scoring near the best: a screen of 4 repeats at 8 too
    return min(p for p, s in scores.items() if s >= 0.8 * best)


def descreen(image: Any, max_box: int | None = None) -> tuple[Any, int]:
    """``(image, period)``: a halftone-screened page averaged over its screen's period (the
    grey each dot pattern stands for); the page unchanged and 0 when it is not screened.

    ``max_box`` (pixels) caps the averaging box: a coarse screen (a period of 8 pixels at
    240 ppi is almost a millimetre) averaged whole fills the counters of body text, while a
    box of about a point still dissolves its dots (they are single pixels or small clusters
    in a dispersed-dot screen)."""
    import numpy as np
    from PIL import Image
    from scipy import ndimage

    period = screen_period(image)
    if not period:
        return image, 0
    box = period if max_box is None else max(2, min(period, max_box))
    grey = np.asarray(image.convert("L"), dtype=np.float32)
    out = ndimage.uniform_filter(grey, size=box, mode="nearest")
    return Image.fromarray(np.clip(out + 0.5, 0, 255).astype("uint8"), mode="L"), period
