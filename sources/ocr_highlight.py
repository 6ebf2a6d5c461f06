"""A colour scan's fluorescent highlighter strokes read as paper, its colour planes registered.

A reader goes over lines with highlighters (yellow, pink, green): a transparent ink
multiplied over the print. Turned to grey, a stroke is a light-to-mid grey band over the
letters, which Tesseract's threshold and the rule finder take for a fill or a rule. A
highlighter ink is bright and saturated: at least one colour channel stays nearly as light as
the paper (the ink lets that colour through) while another is much darker. The print under
it is dark in every channel. So a pixel whose lightest channel is near the paper's and whose
channels differ a lot is given its lightest channel's grey: the stroke becomes paper, the
letters under it stay dark. A table's own fills are kept: a dark fill (light letters on it)
is dark in every channel, a pale banded fill differs little between channels.

A sheet-fed colour scanner's three sensor rows can be out of register: one colour plane a
pixel or two above or below the others, so every black letter gets coloured fringes (and
looks like coloured ink to :mod:`sources.ocr_colour`). The red and blue planes are shifted
back onto the green one by the vertical offset that lines their edges up best.
"""

from __future__ import annotations

from typing import Any

_MAX_SHIFT = 4  # pixels (a render at twice the scan's resolution doubles the scanner's one)
_LIGHT = 0.2  # lightest channel's optical density over the paper: the ink lets it through
_SPREAD = 0.25  # density between the darkest and lightest channel: a saturated ink
_STROKE_MM = 1.5  # a highlighter's stroke is this thick at least (its tip about 4.5 mm)


def channel_shifts(rgb: Any) -> tuple[int, int]:
    """Vertical offsets (pixels, positive: the plane lies lower) of the red and blue planes
    against the green one: the shift whose row-to-row edges correlate best with green's."""
    import numpy as np

    sample = rgb[:, :: max(1, rgb.shape[1] // 600)].astype(np.float32)
    edges = np.diff(sample, axis=0)
    green = edges[_MAX_SHIFT:-_MAX_SHIFT, :, 1]
    shifts = []
    for channel in (0, 2):
        scores = {}
        for shift in range(-_MAX_SHIFT, _MAX_SHIFT + 1):
            plane = edges[_MAX_SHIFT + shift : edges.shape[0] - _MAX_SHIFT + shift, :, channel]
            scores[shift] = float((plane * green).sum())
        shifts.append(max(scores, key=lambda s: (scores[s], -abs(s))))
    return shifts[0], shifts[1]


def registered(rgb: Any) -> Any:
    """``rgb`` (array) with its red and blue planes moved onto the green one (edge rows
    repeated); the same array when they are in register."""

    shifts = channel_shifts(rgb)
    if not any(shifts):
        return rgb
    out = rgb.copy()
    for channel, shift in zip((0, 2), shifts, strict=True):
        if shift > 0:  # the plane lies lower: move it up
            out[:-shift, :, channel] = rgb[shift:, :, channel]
            out[-shift:, :, channel] = rgb[-1:, :, channel]
        elif shift < 0:
            out[-shift:, :, channel] = rgb[:shift, :, channel]
            out[:-shift, :, channel] = rgb[:1, :, channel]
    return out


def highlighter_mask(rgb: Any, paper: Any, px_per_mm: float) -> tuple[Any, Any]:
    """Strokes of bright saturated ink (see the module docstring) at least
    :data:`_STROKE_MM` thick, with the letters under them; and each pixel's lightest
    channel's density. ``paper`` is the paper's RGB. The colour fringes JPEG and the sensors
    leave along every letter and rule are thinner, and left."""
    import numpy as np
    from scipy import ndimage

    od = -np.log(np.clip((rgb + 1.0) / (paper + 1.0), 1e-3, None))
    lightest, darkest = od.min(axis=2), od.max(axis=2)
    bright = (lightest <= _LIGHT) & (darkest - lightest >= _SPREAD)
    side = max(2, round(_STROKE_MM * px_per_mm))
    step = max(1, side // 6)  # the opening on a reduced mask: a stroke is wide
    small = bright[::step, ::step]
    solid = ndimage.binary_opening(small, structure=np.ones((side // step,) * 2, dtype=bool))
    solid = ndimage.binary_dilation(solid, structure=np.ones((3, 3), dtype=bool))
    mask = np.repeat(np.repeat(solid, step, axis=0), step, axis=1)[: rgb.shape[0], : rgb.shape[1]]
    return mask, lightest


def without_highlighter(rgb: Any, grey: Any, paper: Any, px_per_mm: float) -> tuple[Any, int]:
    """``grey`` (float array, the page's grey) with highlighter strokes given the grey of
    each pixel's lightest channel over the paper's (letters under them stay dark); and how
    many pixels were."""
    import numpy as np

    mask, lightest = highlighter_mask(rgb, paper, px_per_mm)
    count = int(mask.sum())
    if count:
        luma = np.array([0.299, 0.587, 0.114], dtype=np.float32)
        level = float(paper @ luma)
        grey = np.where(mask, np.maximum(grey, level * np.exp(-lightest)), grey)
    return grey, count
