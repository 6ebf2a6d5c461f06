"""A fax page of NON-SQUARE pixels rendered from its own pixels, resampled sharply.

Issue 13, thirty-second pass: ``yearspan_fax_98`` (``scripts/measure_ocr_variants.py``) is a
group 3 fax in « normal » resolution, 204 dots per inch across and 98 lines per inch down,
its black-and-white image drawn over the whole A4 page. The renderer stretched its tall
pixels with a soft filter (letters in grey ramps, the bar of « e » faded: « dc » for « de »);
now the page is drawn from the image's pixels with a Lanczos filter (:mod:`sources.ocr_pixels`).
"""

from __future__ import annotations

import io

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image

from sources.ocr_pixels import non_square_render, pixel_aspect

A4 = (595.3, 841.9)


def _pdf(images: list[tuple[Image.Image, tuple[float, float, float, float]]]) -> bytes:
    """A one-page A4 PDF drawing each image (PNG, lossless) at ``(x, y, width, height)``."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    for image, (x, y, w, h) in images:
        png = io.BytesIO()
        image.save(png, format="PNG")
        pdf.drawImage(ImageReader(io.BytesIO(png.getvalue())), x, y, w, h)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _fax_image() -> Image.Image:
    """A4 at 204 × 98 dpi (1687 × 1146 px), white, with black bars one image row tall every
    40 rows from row 100 and a black block 20 × 10 px at (200, 500)."""
    grey = np.full((1146, 1687), 255, dtype=np.uint8)
    grey[100:1100:40, 100:1600] = 0
    grey[500:510, 200:220] = 0
    return Image.fromarray(grey)


def _render(data: bytes, size: tuple[int, int]) -> Image.Image | None:
    doc = pdfium.PdfDocument(data)
    try:
        return non_square_render(doc[0], size)
    finally:
        doc.close()


def test_pixel_aspect_of_a_fax_page() -> None:
    assert pixel_aspect((1687, 1146), (0.0, 0.0, *A4)) == pytest.approx(2.08, abs=0.01)
    assert pixel_aspect((2480, 3508), (0.0, 0.0, *A4)) == pytest.approx(1.0, abs=0.01)


def test_a_fax_page_is_drawn_from_its_pixels_each_row_crisp() -> None:
    data = _pdf([(_fax_image(), (0.0, 0.0, *A4))])
    size = (2481, 3508)  # the page at 300 dpi
    out = _render(data, size)
    assert out is not None and out.size == size and out.mode == "L"
    grey = np.asarray(out)
    # one image row is 3508 / 1146 = 3.06 px tall: the bar of row 100 lies around y 306-309,
    # black at its middle, white a row of the image above and below
    column = grey[:, 1200]
    assert column[307] < 40
    assert column[300] > 215 and column[314] > 215
    # the 20 × 10 px block: 29 × 31 px at 300 dpi, around (294, 1530)
    assert grey[1545, 309] < 40 and grey[1545, 280] > 215 and grey[1520, 309] > 215
    # sharp: the one-row bar's core is full black (the renderer's soft stretch leaves it
    # grey, ~26), and its ramp to the paper a pixel or two
    assert column[307] <= 10
    assert int(((column[296:318] > 60) & (column[296:318] < 195)).sum()) <= 3


def test_square_pixels_and_two_layers_are_left_to_the_renderer() -> None:
    square = Image.fromarray(np.full((1169, 827), 255, dtype=np.uint8))  # A4 at 100 dpi
    assert _render(_pdf([(square, (0.0, 0.0, *A4))]), (827, 1169)) is None
    # a « PDF compact »: a background and an ink layer drawn over the page, both square
    layers = [(square, (0.0, 0.0, *A4)), (_fax_image(), (0.0, 0.0, *A4))]
    assert _render(_pdf(layers), (2481, 3508)) is None
    # an image of tall pixels on a small part of the page (a picture, not a scan)
    assert _render(_pdf([(_fax_image(), (100.0, 100.0, 200.0, 250.0))]), (2481, 3508)) is None
