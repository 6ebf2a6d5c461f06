"""A scanned sheet printed « 2 pages par feuille », cut back into its two pages.

Printing two pages per sheet puts two portrait pages, reduced to fit (70.7 % for A4 on A4),
side by side on one landscape sheet, each centred in its half. Read as one page, the two
pages' lines run into each other (Tesseract's layout and the table reader see one wide page
of tiny type, each page's running header and footer in the middle of the body). So before
anything else reads it, such a sheet is cut at its middle into its pages, in reading order
(left then right), and each half is read as its own page with its points per pixel grown by
the reduction: every length the reader measures (font sizes, margins, rule thicknesses) is
then the page's own again.

Told from the image alone, on a reduced copy: a landscape sheet whose ink leaves a wide
empty vertical gutter across its whole height around the middle, ink on both sides. A page in
two text columns has a gutter too, but a narrow one next to its outer margins; on a sheet of
two pages the gutter is the two pages' inner margins, as wide as its two outer margins
together (each a page margin reduced alike), so the gutter must be at least
:data:`_GUTTER_TO_MARGINS` of the outer margins and :data:`_MIN_GUTTER_MM` wide. And the two
halves must be set alike, as two pages of one document are: their ink starts at the same
place from each half's left edge (the page's left margin) and at the same height (a running
header, the body's top margin), within :data:`_SAME_PLACE_MM`. A landscape table, a title or
a centred footer across the middle leaves no gutter; a landscape table whose wide column gap
happens to fall at the middle has its two sides set differently. An odd last page printed
alone in the first half of its sheet is read as the sheet it is (nothing tells it from a
landscape page holding little). About 30 ms a landscape sheet; a portrait page is not looked
at.
"""

from __future__ import annotations

from typing import Any

_SIDE_PX = 1200  # long side of the reduced copy the gutter is looked for on
_MIN_GUTTER_MM = 12.0  # a sheet's gutter is two page margins reduced: 2 × 10 mm × 0.707 at least
_GUTTER_TO_MARGINS = 0.75  # gutter / (left + right outer margins): ~1 on a sheet of two pages
_MIDDLE_CLEAR_MM = 2.0  # paper each side of the middle: the two pages' inner margins
_MIN_LANDSCAPE = 1.2  # width / height of a sheet of two portrait pages (A4: 1.41)
_EMPTY_SHARE = 0.003  # of the rows: a column holding less ink than this is paper (specks)
_SAME_PLACE_MM = 4.0  # both pages' left margins and first lines this close in their halves
_BORDER_SHARE = 0.8  # of the rows: a column this dark at the sheet's edge is the scanner lid


def _ink_columns(image: Any, points_per_px: float) -> tuple[Any, Any, float] | None:
    """Which columns of a reduced copy of the sheet hold ink, its ink mask, and the copy's mm
    per pixel."""
    import numpy as np
    from PIL import Image

    grey = image.convert("L")
    factor = max(1.0, max(grey.size) / _SIDE_PX)
    small = np.asarray(
        grey.resize((int(grey.width / factor), int(grey.height / factor)), Image.BILINEAR),
        dtype=np.int16,
    )
    if small.size == 0:
        return None
    paper = float(np.percentile(small[::2, ::2], 90))
    ink = small < min(170.0, 0.75 * paper)
    counts = ink.sum(axis=0)
    rows = ink.shape[0]
    # a dark scanner-lid border along a side edge is not the page's ink
    left, right = 0, len(counts)
    while left < right and counts[left] > _BORDER_SHARE * rows:
        counts[left] = 0
        left += 1
    while right > left and counts[right - 1] > _BORDER_SHARE * rows:
        counts[right - 1] = 0
        right -= 1
    ink[:, :left] = False
    ink[:, right:] = False
    return counts > max(2, _EMPTY_SHARE * rows), ink, factor * points_per_px * 25.4 / 72.0


def sheet_halves(image: Any, points_per_px: float) -> int:
    """2 when the scanned sheet holds two pages side by side (printed two pages per sheet: a
    wide empty gutter across the middle, ink on both sides set alike in their halves), else 0
    (a page read as it is)."""
    import numpy as np

    if image.width < _MIN_LANDSCAPE * image.height:
        return 0
    found = _ink_columns(image, points_per_px)
    if found is None:
        return 0
    inked, ink, mm = found
    cols = np.flatnonzero(inked)
    if len(cols) == 0:
        return 0
    width = len(inked)
    middle = width // 2
    clear = max(1, int(round(_MIDDLE_CLEAR_MM / mm)))
    if inked[middle - clear : middle + clear + 1].any():
        return 0  # ink across the middle: a landscape page (a wide table, a centred footer)
    left_ink, right_ink = cols[cols < middle], cols[cols > middle]
    if len(right_ink) == 0 or len(left_ink) == 0:
        return 0
    gutter = (right_ink.min() - left_ink.max() - 1) * mm
    margins = (cols.min() + (width - 1 - cols.max())) * mm
    if gutter < _MIN_GUTTER_MM or gutter < _GUTTER_TO_MARGINS * margins:
        return 0
    # two pages of one document: the same left margin and the same first line (a running
    # header, the body's top margin) in both halves; a landscape page whose middle happens
    # to be empty (a table's wide gap) has its columns set differently
    tops = []
    for half in (ink[:, :middle], ink[:, middle:]):
        inked_rows = np.flatnonzero(half.sum(axis=1) > 1)
        tops.append(inked_rows.min() if len(inked_rows) else -1)
    starts = (left_ink.min(), right_ink.min() - middle)
    if abs(int(starts[0]) - int(starts[1])) * mm > _SAME_PLACE_MM:
        return 0
    if min(tops) < 0 or abs(int(tops[0]) - int(tops[1])) * mm > _SAME_PLACE_MM:
        return 0
    return 2


def reduction(width_px: int, height_px: int) -> float:
    """The factor a page was reduced by to fit one half of the sheet: the sheet's paper turned
    the other way (a portrait page of the same paper) fitted into the half."""
    return min((width_px / 2) / height_px, height_px / width_px)


def split_sheet(image: Any, points_per_px: float) -> list[tuple[Any, float]] | None:
    """The pages of a sheet printed two pages per sheet (:func:`sheet_halves`), in reading
    order, each as (image of its half, points per pixel of the page it was reduced from);
    ``None`` for a page read as it is."""
    halves = sheet_halves(image, points_per_px)
    if not halves:
        return None
    scale = points_per_px / reduction(image.width, image.height)
    half = image.width // 2
    boxes = [(0, 0, half, image.height), (half, 0, image.width, image.height)][:halves]
    return [(image.crop(box), scale) for box in boxes]
