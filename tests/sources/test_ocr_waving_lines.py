"""Text lines that wave across a scanned page (a crumpled sheet smoothed out) levelled before
Tesseract reads them (:mod:`sources.ocr_warp`): the lines' centres followed from left to
right give the displacement, undone pixel by pixel; straight lines, and thin light creases
crossing a straight page, and straight lines turned together, leave it as is. Hand-made
pages at 150 dpi."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sources.ocr_warp import line_waves, straighten_lines
from tests.sources.ocr_fonts import serif_font

W, H = 1240, 1754  # an A4 page at 150 dpi
PT = 72.0 / 150.0  # points per pixel
MM = 150 / 25.4  # pixels per millimetre
PAPER, INK = 234, 30
TEXT = "Réaliser les diagnostics et audits des acteurs du territoire ........ 2020"


def _page() -> np.ndarray:
    """Grey paper with thirty lines of 10 pt serif text, 6 mm apart."""
    image = Image.new("L", (W, H), PAPER)
    draw = ImageDraw.Draw(image)
    font = serif_font(21)  # 10 pt at 150 dpi
    for n in range(30):
        draw.text((110, 150 + 36 * n), TEXT, fill=INK, font=font)
    return np.asarray(image)


def _waved(grey: np.ndarray, amplitude_mm: float) -> np.ndarray:
    """Every column moved down by ``amplitude_mm`` × a sine of period 40 mm across the page
    (bilinear), as a crumpled sheet's print is."""
    from scipy import ndimage

    ys, xs = np.mgrid[0:H, 0:W].astype(np.float64)
    shift = amplitude_mm * MM * np.sin(2 * np.pi * xs / (40 * MM))
    out = ndimage.map_coordinates(grey.astype(np.float64), [ys - shift, xs], order=1, cval=PAPER)
    return np.round(out).astype(np.uint8)


def _centre_spread(grey: np.ndarray) -> float:
    """Millimetres between the highest and lowest ink centre of the first text line's
    columns (4 mm strips from its left end to its right)."""
    band = grey[130:200, 110:1090] < 120
    rows = np.arange(band.shape[0])
    centres = []
    for x in range(0, band.shape[1] - 23, 24):
        weight = band[:, x : x + 24].sum(axis=1)
        if weight.sum() > 50:
            centres.append(float((rows * weight).sum() / weight.sum()))
    return (max(centres) - min(centres)) / MM


def test_waving_lines_are_levelled() -> None:
    straight = _page()
    waved = _waved(straight, 1.0)
    assert _centre_spread(waved) > 1.2  # a line rising and falling by a millimetre
    found = line_waves(Image.fromarray(waved, mode="L"), PT)
    assert found is not None
    field, size = found
    assert field.shape == (H, W)
    assert 0.7 <= size <= 1.2  # the waves' size in mm (95th percentile)
    out, used = straighten_lines(Image.fromarray(waved, mode="L"), PT)
    assert used is not None
    levelled = np.asarray(out)
    assert _centre_spread(levelled) < 0.8  # half the waves' spread left, as letters give
    assert _centre_spread(straight) < 0.5


def test_straight_lines_are_left_as_is() -> None:
    image = Image.fromarray(_page(), mode="L")
    assert line_waves(image, PT) is None
    out, used = straighten_lines(image, PT)
    assert out is image and used is None


def test_light_creases_across_a_straight_page_are_no_waves() -> None:
    grey = _page().copy()
    image = Image.fromarray(grey, mode="L")
    draw = ImageDraw.Draw(image)
    for x0, y0, x1, y1 in ((0, 300, W, 420), (0, 1300, W, 900), (200, 0, 900, H)):
        draw.line((x0, y0, x1, y1), fill=183, width=3)  # light lowered by 22 %: grey 183
    assert line_waves(image, PT) is None


def test_straight_lines_turned_together_are_no_waves() -> None:
    """Every line turned 3° (a block of text, a stamp set askew): straight, no wave."""
    image = Image.fromarray(_page(), mode="L").rotate(3, fillcolor=PAPER)
    assert line_waves(image, PT) is None
