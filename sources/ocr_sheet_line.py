"""A line printed across a sheet's top or bottom edge by the machine that sent or printed it,
taken off a page fed a QUARTER TURN before the page is put upright.

A fax machine prints its transmission line (« 03/12/2026 10:42 DE : +33 … P.003/013 ») over
the top margin of every SHEET it sends, whatever the page on it; a receiving fax or a
printer may stamp its own line at the sheet's foot. When the page is a landscape page turned
a quarter turn onto a portrait sheet, that line runs ACROSS the page's text: once the page
is put upright it stands as a column of sideways letters in the page's left or right margin,
which Tesseract reads as a stack of one-word lines (« GASCOGNE », « DE », « 21 », « 00 »,
« 10:42 ») mixed into the fields and table rows beside them. It is no text of the page (the
page's own lines run the other way) and it is read by no one as such: it is painted as paper.

The line is found on the sheet as scanned: the band of inked rows nearest the top (or
bottom) edge, within :data:`_EDGE_MM`, at most :data:`_MAX_LINE_MM` tall (one line of small
type, tilted by the sheet's skew), ink spread over a good part of the sheet's width in many
pieces (letters, not a rule or a punch hole), and a blank gap of :data:`_GAP_MM` at least
between it and the page's print (a printer's margins keep the page's own print further in).
"""

from __future__ import annotations

from typing import Any

_EDGE_MM = 11.0  # the line lies this close to the sheet's edge
_MAX_LINE_MM = 6.5  # at most this tall (a line of small type, tilted by the skew)
_GAP_MM = 1.5  # blank rows between it and the page's print, at least
_MIN_SPAN = 0.3  # its ink spans this share of the sheet's width at least
_MIN_PIECES = 12  # in so many separate pieces at least (letters, words): text
_INK = 128  # grey level under which a pixel is ink
_ROW_INK = 0.004  # a row holding ink over this share of the width is an inked row (specks
# and a stray dot are fewer)
_PAD_MM = 0.4  # paper painted this far round the line's band


def edge_line_bands(image: Any, points_per_px: float) -> list[tuple[int, int]]:
    """Row ranges (start, stop) of the sheet-edge lines found on ``image`` (the sheet as
    scanned, grey), top first; see the module docstring."""
    import numpy as np

    grey = np.asarray(image.convert("L"))
    height, width = grey.shape
    px_per_mm = 72.0 / 25.4 / points_per_px
    edge = min(height // 4, round(_EDGE_MM * px_per_mm))
    if edge < 4 or width < 50:
        return []
    ink = grey < _INK
    bands: list[tuple[int, int]] = []
    for flip in (False, True):
        rows = ink[height - edge :][::-1] if flip else ink[:edge]
        band = _line_band(rows, px_per_mm)
        if band is None:
            continue
        start, stop = band
        bands.append((height - stop, height - start) if flip else (start, stop))
    return sorted(bands)


def _line_band(rows: Any, px_per_mm: float) -> tuple[int, int] | None:
    """The first inked band of ``rows`` (the edge's rows, the edge first) when it is a line
    of type set off from the print further in, else None."""
    import numpy as np

    width = rows.shape[1]
    inked = rows.sum(axis=1) > max(2, _ROW_INK * width)
    where = np.flatnonzero(inked)
    if where.size == 0:
        return None
    start = int(where[0])
    stop = start
    while stop < len(inked) and inked[stop]:
        stop += 1
    if stop - start > _MAX_LINE_MM * px_per_mm:
        return None
    gap = round(_GAP_MM * px_per_mm)
    if stop + gap > len(inked) or inked[stop : stop + gap].any():
        return None  # the page's print right under it, or no room left to tell
    columns = rows[start:stop].any(axis=0)
    cols = np.flatnonzero(columns)
    if cols.size == 0 or cols[-1] - cols[0] < _MIN_SPAN * width:
        return None
    pieces = 1 + int(np.count_nonzero(np.diff(cols) > 1))
    if pieces < _MIN_PIECES:
        return None
    return start, stop


def clear_edge_lines(image: Any, points_per_px: float) -> tuple[Any, int]:
    """``image`` (a sheet as scanned, its page turned a quarter turn on it) with the lines
    across its top and bottom edges painted as paper, and how many were."""
    import numpy as np
    from PIL import Image

    bands = edge_line_bands(image, points_per_px)
    if not bands:
        return image, 0
    grey = np.asarray(image.convert("L")).copy()
    pad = max(1, round(_PAD_MM * 72.0 / 25.4 / points_per_px))
    paper = int(np.percentile(grey, 90))
    for start, stop in bands:
        grey[max(0, start - pad) : stop + pad] = paper
    out = Image.fromarray(grey, mode="L")
    return (out if image.mode == "L" else out.convert(image.mode)), len(bands)
