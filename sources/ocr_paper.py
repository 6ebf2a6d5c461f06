"""A scanned page whose declared size is no paper's, read at the size its pixels imply.

An « images vers PDF » converter that takes every image for 96 dpi (a JPEG without a
resolution) sizes each page from its pixels at that resolution: an A4 page scanned at
200 dpi comes out 62 × 44 cm, its 8.5 pt type about 17.7 pt in page units, so every font
size and margin the page reader weighs is twice too big. Such a page (far bigger than A3 on
its long side, one image covering it) is taken for the paper it most likely is: the first of
A4, A3, A5 (US Letter, Legal at their own shapes) whose shape is the page's and at which its
pixels make a usual scanning resolution; a page of another shape (cropped), A4 by its long
side. The page is then rendered and read in that paper's points (:func:`paper_factor`).
"""

from __future__ import annotations

from typing import Any

MM_PT = 72.0 / 25.4
A3_LONG_PT = 420.0 * MM_PT
_FAR_OVER_A3 = 1.25  # a page's long side over this many A3s is no sheet an office prints
_COVER = 0.9  # the image covers this share of the page each way: the page is a scan
_SHAPE_TOL = 0.03  # a page's shape within 3 % of a paper's is that paper's
_SCAN_DPI = (100.0, 600.0)  # resolutions a scanner or a phone application gives a page
# papers (short, long side in mm) in order of likelihood for an administrative document
PAPERS: tuple[tuple[str, float, float], ...] = (
    ("A4", 210.0, 297.0),
    ("Letter", 215.9, 279.4),
    ("A3", 297.0, 420.0),
    ("A5", 148.0, 210.0),
    ("Legal", 215.9, 355.6),
)
NOTE = (
    "pages scannées déclarées bien plus grandes qu'un A3 (images converties en PDF sans leur "
    "résolution) : lues au format de papier que leurs pixels impliquent"
)


def implied_paper(width_pt: float, height_pt: float, px: tuple[int, int]) -> float | None:
    """Points of the implied paper per declared point (under 1) for a declared page of
    ``width_pt`` × ``height_pt`` covered by an image of ``px`` pixels, or ``None`` when the
    page is of a plausible size or no paper fits."""
    long_pt, short_pt = max(width_pt, height_pt), min(width_pt, height_pt)
    if long_pt <= _FAR_OVER_A3 * A3_LONG_PT or short_pt <= 0:
        return None
    long_px = max(px)
    shape = long_pt / short_pt
    for _name, short_mm, long_mm in PAPERS:
        if abs(shape / (long_mm / short_mm) - 1.0) > _SHAPE_TOL:
            continue
        if _SCAN_DPI[0] <= long_px / (long_mm / 25.4) <= _SCAN_DPI[1]:
            return long_mm * MM_PT / long_pt
    long_mm = PAPERS[0][2]  # another shape (a cropped scan): A4 by its long side
    if _SCAN_DPI[0] <= long_px / (long_mm / 25.4) <= _SCAN_DPI[1]:
        return long_mm * MM_PT / long_pt
    return None


def paper_factor(page: Any) -> float:
    """Points of the paper a pypdfium2 ``page`` was scanned from per declared point: 1 for
    a page of a plausible size, under 1 for one a converter sized from its pixels at too
    low a resolution (one image covering the page, see the module docstring)."""
    import pypdfium2.raw as raw

    width, height = page.get_size()
    if max(width, height) <= _FAR_OVER_A3 * A3_LONG_PT:
        return 1.0
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=1):
        left, bottom, right, top = obj.get_bounds()
        if right - left >= _COVER * width and top - bottom >= _COVER * height:
            px = obj.get_px_size()
            # the pixels the page holds: the image's, scaled to the whole page
            full = (px[0] * width / (right - left), px[1] * height / (top - bottom))
            factor = implied_paper(width, height, (round(full[0]), round(full[1])))
            return 1.0 if factor is None else factor
    return 1.0
