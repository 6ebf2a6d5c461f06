"""A scanned page with no print on it, read as an empty page without Tesseract.

A single-sided printout put through a sheet feeder in recto-verso mode gives, after every
page, its sheet's blank back as a page of its own: bare paper with the front's print faintly
seen through the sheet (mirrored, blurred, a few grey levels darker than the paper). Tesseract
reads such a page as a handful of garbled words (which then land in the table flowing over it)
after seconds of work. A page is blank when, averaged over cells of half a millimetre (grain
and JPEG noise gone, a letter's strokes still dark), no cell is clearly darker than the
paper around it: the faintest print read elsewhere (a copier low on toner, light grey type)
stays tens of grey levels under its paper there, show-through a few.
"""

from __future__ import annotations

from typing import Any

_CELL_MM = 0.5  # the page averaged over cells this wide
_PAPER_MM = 12.0  # the paper's level: the lightest cell within this distance
_INK_LEVELS = 36  # a cell this much darker than its paper holds print
_MAX_INK_CELLS = 3  # so many such cells at most: a speck or two on a blank sheet


def ink_cells(image: Any, points_per_px: float) -> int:
    """How many half-millimetre cells of the page are clearly darker than their paper."""
    import numpy as np
    from PIL import Image
    from scipy import ndimage

    grey = image.convert("L")
    mm_per_px = points_per_px * 25.4 / 72.0
    cell = max(1, round(_CELL_MM / mm_per_px))
    size = (max(1, grey.width // cell), max(1, grey.height // cell))
    small = np.asarray(grey.resize(size, Image.BOX), dtype=np.float32)
    window = max(3, round(_PAPER_MM / _CELL_MM) | 1)
    paper = ndimage.maximum_filter(small, size=window, mode="nearest")
    return int(np.count_nonzero(paper - small > _INK_LEVELS))


def blank_page(image: Any, points_per_px: float) -> bool:
    """The page holds no print (a blank back, show-through at most): nothing to read."""
    return ink_cells(image, points_per_px) <= _MAX_INK_CELLS
