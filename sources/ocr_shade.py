"""Paper made even and faded ink darkened on a grey page before Tesseract reads it.

A page Tesseract thresholds itself (clean paper, :func:`sources.ocr.needs_binarize` False)
gets one global (Otsu) threshold. Two scans defeat it: the shadow of a fold (a band across
the sheet where the paper is as dark as the ink elsewhere: the threshold turns it black and
its lines are lost) and a copier low on toner (ink no darker than mid grey: little contrast
left between letters and paper). Where the paper of a band of rows is much darker than the
page's paper, each row is brightened by the ratio (the band's shadow divided out); where the
darkest ink is light, the grey levels are stretched so that ink is dark again. A page with
neither is returned as is after a look at a half-size copy (a few hundredths of a second).

Only rows are evened: a fold or a lid's shadow runs across the sheet, while fills, stripes
and boxes cover part of a row only (the row's paper level is a high percentile over its
tiles, so a fill under a fifth of the width leaves it unchanged).
"""

from __future__ import annotations

from typing import Any

_TILE_PT = 8.0  # side of the tiles whose brightest pixels give the paper's level
_ROW_SHARE = 75  # percentile over a row of tiles: fills covering part of a row are not paper
_SHADOW = 0.8  # a band of rows whose paper is under this share of the page's: a shadow
_FADED_INK = 100  # darkest ink lighter than this grey level: faded toner
_INK_TARGET = 30.0  # grey level the darkest ink is stretched to


def _paper_rows(grey: Any, tile: int) -> tuple[Any, float]:
    """Paper level of each tile row (a high percentile of its tiles' brightest pixels) and
    of the page (their median)."""
    import numpy as np

    h, w = grey.shape
    rows, cols = h // tile, w // tile
    tiles = grey[: rows * tile, : cols * tile].reshape(rows, tile, cols, tile)
    tiles = tiles.transpose(0, 2, 1, 3).reshape(rows, cols, tile * tile)
    level = np.percentile(tiles, 90, axis=2)
    row = np.percentile(level, _ROW_SHARE, axis=1)
    return row, float(np.median(row))


def even_paper(image: Any, points_per_px: float) -> tuple[Any, bool]:
    """``(image, changed)``: the page with a shadowed band of rows brightened to the page's
    paper and faded ink stretched dark (see the module docstring); unchanged (the same
    object) when the paper is even and the ink dark."""
    import numpy as np
    from PIL import Image

    grey = np.asarray(image.convert("L"))
    if grey.size == 0 or min(grey.shape) < 64:
        return image, False
    half = grey[::2, ::2]
    tile = max(4, round(_TILE_PT / points_per_px / 2))
    if min(half.shape) < 4 * tile:
        return image, False
    row, paper = _paper_rows(half, tile)
    shadow = bool(row.size) and float(row.min()) < _SHADOW * paper
    ink = float(np.percentile(half, 0.5))
    faded = ink >= _FADED_INK and paper - ink > 40
    if not (shadow or faded):
        return image, False
    out = grey.astype(np.float32)
    if shadow:
        # the paper of each row (a high percentile, over a tile's height of rows so that a
        # rule across the page is no paper), not of each tile: a shadow fades row by row
        # and a tile's steps would leave edges that read as rules
        from scipy import ndimage

        level = np.percentile(half, 90, axis=1)
        level = ndimage.median_filter(level, size=tile, mode="nearest")
        per_row = np.interp(
            np.arange(grey.shape[0]), np.arange(level.size) * 2.0 + 0.5, np.minimum(level, paper)
        )
        out *= (paper / np.maximum(per_row, 1.0))[:, None].astype(np.float32)
        ink = float(np.percentile(out[::2, ::2], 0.5))
    if ink > _INK_TARGET and paper - ink > 40:
        out = _INK_TARGET + (out - ink) * ((255.0 - _INK_TARGET) / (paper - ink))
    return Image.fromarray(np.clip(out, 0, 255).astype("uint8"), mode="L"), True
