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


def pixel_aspect(px: tuple[int, int], bounds: tuple[float, float, float, float]) -> float:
    """Height over width of one image pixel as drawn (``bounds``: left, bottom, right, top
    in points)."""
    left, bottom, right, top = bounds
    if px[0] <= 0 or px[1] <= 0 or right <= left or top <= bottom:
        return 1.0
    return ((top - bottom) / px[1]) / ((right - left) / px[0])


def non_square_render(page: Any, size: tuple[int, int]) -> Any | None:
    """The pypdfium2 ``page`` rendered at ``size`` (width, height pixels) in grey levels from
    its one covering image of non-square pixels (see the module docstring), or ``None``:
    no such image, several images, or one drawn turned."""
    import pypdfium2.raw as raw
    from PIL import Image

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
    if abs(pixel_aspect(obj.get_px_size(), bounds) - 1.0) < _SQUARE:
        return None
    pixels = obj.get_bitmap(render=False).to_pil().convert("L")  # a copy: the bitmap may go
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
