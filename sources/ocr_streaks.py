"""Thin dark vertical streaks of a sheet feeder's dirty glass lifted out of a scanned page.

Dust on the scanning glass of a sheet feeder (ADF) darkens the same one or two pixel columns
of every page, from the top edge to the bottom: through the margins, the text and the table
rules alike. Tesseract then reads the streak as a letter stem or a « | » and splits or eats
the letters it crosses (« Inscr ire », « C mmunes »), and the rule finder takes it for a
table rule across the whole page. A streak is told from a drawn rule by where it runs: a
rule ends with its table (above and below it lies the page's paper), a streak darkens its
columns in every band of rows of the page, the top and bottom margins too. Such columns are
found on the paper level of each column (a high percentile of its pixels, which letters do
not reach) in bands of rows; the light each streak column takes is a share (the dust's
shadow), so the column is divided by that share and the ink under it comes back as printed.
"""

from __future__ import annotations

from typing import Any

_BANDS = 8  # bands of rows the page is cut into: a streak darkens every one of them
_MIN_BANDS = 6  # bands a column must be darker in (a crooked sheet's dark corner hides some)
_STREAK_PT = 1.5  # widest streak, in points (dust is a pixel or two wide, JPEG spreads it)
_DARKER = 0.9  # a streak column's paper under this share of its neighbours' paper
_RULE = 0.3  # darker than this share: ink drawn down the page, not a shadow of dust


def streak_columns(image: Any, points_per_px: float) -> dict[int, float]:
    """Columns of the page crossed by a glass streak (0-based x → the share of the light the
    streak leaves there, under 1); empty when the page has none."""
    import numpy as np

    grey = np.asarray(image.convert("L"), dtype=np.float32)
    h, w = grey.shape
    if h < 8 * _BANDS or w < 32:
        return {}
    reach = max(2, round(_STREAK_PT / points_per_px))
    rows = grey[::2]
    edges = np.linspace(0, rows.shape[0], _BANDS + 1).astype(int)
    paper = np.stack(
        [np.percentile(rows[a:b], 90, axis=0) for a, b in zip(edges[:-1], edges[1:], strict=True)]
    )
    padded = np.pad(paper, ((0, 0), (reach + 1, reach + 1)), mode="edge")
    left = padded[:, :w]
    right = padded[:, 2 * reach + 2 :]
    ref = np.minimum(left, right)
    ratio = paper / np.maximum(ref, 1.0)
    dark = (ratio < _DARKER) & (ratio > _RULE) & (ref > 64)
    flagged = dark.sum(axis=0) >= _MIN_BANDS
    out: dict[int, float] = {}
    x = 0
    while x < w:
        if not flagged[x]:
            x += 1
            continue
        end = x
        while end < w and flagged[end]:
            end += 1
        if end - x <= reach:  # narrow: a streak; a wider dark run is a border or a fill
            for col in range(x, end):
                share = float(np.median(ratio[dark[:, col], col]))
                out[col] = share
        x = end
    return out


def remove_streaks(image: Any, points_per_px: float) -> tuple[Any, list[int]]:
    """``(image, columns)``: the page with its glass streaks divided out (see the module
    docstring); the same image and no column when it has none."""
    import numpy as np
    from PIL import Image

    columns = streak_columns(image, points_per_px)
    if not columns:
        return image, []
    grey = np.asarray(image.convert("L"), dtype=np.float32).copy()
    for col, share in columns.items():
        grey[:, col] /= share
    out = Image.fromarray(np.clip(grey + 0.5, 0, 255).astype("uint8"), mode="L")
    return out, sorted(columns)
