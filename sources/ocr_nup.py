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
empty vertical gutter across its whole height around the middle, both sides holding ink (or
ink on the left half only: an odd last page printed alone). A page in two text columns has
a gutter too, but a narrow one next to its outer margins; on a sheet of two pages the gutter
is the two pages' inner margins, as wide as its two outer margins together (each a page
margin reduced alike), so the gutter must be at least :data:`_GUTTER_TO_MARGINS` of the outer
margins and :data:`_MIN_GUTTER_MM` wide. A landscape table, a title or a centred footer across
the middle leaves no gutter at all. About 20 ms a sheet.
"""

from __future__ import annotations

from typing import Any

_SIDE_PX = 1200  # long side of the reduced copy the gutter is looked for on
_MIN_GUTTER_MM = 12.0  # a sheet's gutter is two page margins reduced: 2 × 10 mm × 0.707 at least
_GUTTER_TO_MARGINS = 0.75  # gutter / (left + right outer margins): ~1 on a sheet of two pages
_MIDDLE_CLEAR_MM = 2.0  # paper each side of the middle: the two pages' inner margins
_MIN_LANDSCAPE = 1.2  # width / height of a sheet of two portrait pages (A4: 1.41)
_EMPTY_SHARE = 0.003  # of the rows: a column holding less ink than this is paper (specks)
_BORDER_SHARE = 0.8  # of the rows: a column this dark at the sheet's edge is the scanner lid


def _ink_columns(image: Any, points_per_px: float) -> tuple[Any, float] | None:
    """Ink pixels per column of a reduced copy of the sheet, and the copy's mm per column."""
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
    return counts > max(2, _EMPTY_SHARE * rows), factor * points_per_px * 25.4 / 72.0


def sheet_halves(image: Any, points_per_px: float) -> int:
    """How many pages the scanned sheet holds side by side: 2 when it is a sheet printed two
    pages per sheet (a wide empty gutter across the middle, ink on both sides), 1 when only
    its left half holds ink (an odd last page printed alone on such a sheet), 0 otherwise
    (a page read as it is)."""
    import numpy as np

    if image.width < _MIN_LANDSCAPE * image.height:
        return 0
    found = _ink_columns(image, points_per_px)
    if found is None:
        return 0
    inked, mm = found
    cols = np.flatnonzero(inked)
    if len(cols) == 0:
        return 0
    width = len(inked)
    middle = width // 2
    clear = max(1, int(round(_MIDDLE_CLEAR_MM / mm)))
    if inked[middle - clear : middle + clear + 1].any():
        return 0  # ink across the middle: a landscape page (a wide table, a centred footer)
    left_ink, right_ink = cols[cols < middle], cols[cols > middle]
    if len(right_ink) == 0:
        # ink on the left half only, none within the outer margin's width of the middle: an
        # odd last page printed alone in the first half of the sheet
        if len(left_ink) and (middle - left_ink.max()) >= max(left_ink.min(), 1):
            return 1
        return 0
    if len(left_ink) == 0:
        return 0
    gutter = (right_ink.min() - left_ink.max() - 1) * mm
    margins = (cols.min() + (width - 1 - cols.max())) * mm
    if gutter < _MIN_GUTTER_MM or gutter < _GUTTER_TO_MARGINS * margins:
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
