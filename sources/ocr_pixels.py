"""A scanned page drawn from an image of NON-SQUARE pixels, resampled sharply to square.

A group 3 fax in « normal » resolution samples a page at 204 dots per inch across but only
98 lines per inch down; the received image, drawn over the whole page, has pixels about twice
as tall as wide. A renderer stretches it with a soft filter: the stair-stepped edges of the
letters blur into grey ramps and thin strokes (the bar of « e ») fade, so Tesseract reads « c »
for « e » and « dc » for « de ». Such a page is rendered here from the image's own pixels,
resampled to the render's grid with a Lanczos filter (sharp, no ringing worth the name on a
black-and-white page), the rest of the page white. Pages of square pixels (every ordinary
scan) are left to the renderer.
"""

from __future__ import annotations

from typing import Any

_COVER = 0.9  # the image covers this share of the page each way: the page is a scan
_SQUARE = 0.1  # pixels whose width and height differ by less than this share are square
_TURNED = 1e-3  # matrix terms: an image drawn turned or sheared is left to the renderer
_SAME_SIZE = 0.02  # an image drawn within this share of its own pixel size is not resampled
_SCREEN_BOX_PT = 1.0  # a screen averaged over at most this box (points): the dots go, the
# counters of body text stay open


def pixel_aspect(px: tuple[int, int], bounds: tuple[float, float, float, float]) -> float:
    """Height over width of one image pixel as drawn (``bounds``: left, bottom, right, top
    in points)."""
    left, bottom, right, top = bounds
    if px[0] <= 0 or px[1] <= 0 or right <= left or top <= bottom:
        return 1.0
    return ((top - bottom) / px[1]) / ((right - left) / px[0])


def _covering_image(page: Any) -> tuple[Any, tuple[float, float, float, float]] | None:
    """The one image drawn upright over (nearly) the whole pypdfium2 ``page``, and its bounds;
    ``None`` when the page has none, several images, or one drawn turned."""
    import pypdfium2.raw as raw

    width, height = page.get_size()
    images = list(page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2))
    if len(images) != 1 or width <= 0 or height <= 0:
        return None
    obj = images[0]
    bounds = obj.get_bounds()
    left, bottom, right, top = bounds
    if right - left < _COVER * width or top - bottom < _COVER * height:
        return None
    matrix = obj.get_matrix()
    if abs(matrix.b) > _TURNED or abs(matrix.c) > _TURNED or matrix.a <= 0 or matrix.d <= 0:
        return None
    return obj, bounds


def _drawn(page: Any, pixels: Any, bounds: tuple[float, ...], size: tuple[int, int]) -> Any:
    """``pixels`` resampled (Lanczos) into their ``bounds`` on a white page of ``size``."""
    from PIL import Image

    width, height = page.get_size()
    left, bottom, right, top = bounds
    sx, sy = size[0] / width, size[1] / height
    box = (
        round(left * sx),
        round((height - top) * sy),
        round(right * sx),
        round((height - bottom) * sy),
    )
    canvas = Image.new("L", size, 255)
    drawn = pixels.resize((box[2] - box[0], box[3] - box[1]), Image.LANCZOS)
    canvas.paste(drawn, box[:2])
    return canvas


def non_square_render(page: Any, size: tuple[int, int]) -> Any | None:
    """The pypdfium2 ``page`` rendered at ``size`` (width, height pixels) in grey levels from
    its one covering image of non-square pixels (see the module docstring), or ``None``:
    no such image, several images, or one drawn turned."""
    found = _covering_image(page)
    if found is None:
        return None
    obj, bounds = found
    if abs(pixel_aspect(obj.get_px_size(), bounds) - 1.0) < _SQUARE:
        return None
    pixels = obj.get_bitmap(render=False).to_pil().convert("L")  # a copy: the bitmap may go
    return _drawn(page, pixels, bounds, size)


def screened_render(page: Any, size: tuple[int, int]) -> Any | None:
    """The pypdfium2 ``page`` rendered at ``size`` from its one covering image once that
    image's halftone screen is averaged out at its own resolution, or ``None``: no such image,
    one without a screen, or one drawn at its own resolution (its dots reach
    :func:`sources.ocr_screen.descreen` intact, later, after the page's other repairs).

    A screened page scanned at, say, 240 ppi and rendered at 300 is resampled by the renderer
    before any repair sees it: its single-pixel dots smear into soft blobs of no fixed period,
    which :func:`sources.ocr_screen.descreen` no longer recognises, and Tesseract reads the
    hatched letters as nothing. Averaged first over about a point, the page is a plain grey
    page at any render size.
    """
    from sources.ocr_screen import descreen

    found = _covering_image(page)
    if found is None:
        return None
    obj, bounds = found
    width, height = page.get_size()
    px = obj.get_px_size()
    left, bottom, right, top = bounds
    drawn_px = (right - left) / width * size[0], (top - bottom) / height * size[1]
    if (
        abs(drawn_px[0] / max(1, px[0]) - 1.0) < _SAME_SIZE
        and abs(drawn_px[1] / max(1, px[1]) - 1.0) < _SAME_SIZE
    ):
        return None  # drawn at its own resolution: its dots reach the later repairs intact
    pixels = obj.get_bitmap(render=False).to_pil().convert("L")  # a copy: the bitmap may go
    points_per_px = (right - left) / max(1, pixels.width)
    grey, period = descreen(pixels, max_box=round(_SCREEN_BOX_PT / points_per_px))
    if not period:
        return None
    return _drawn(page, grey, bounds, size)
