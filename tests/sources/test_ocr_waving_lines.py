"""Text lines that wave across a scanned page (a crumpled sheet smoothed out) levelled before
Tesseract reads them (:mod:`sources.ocr_warp`): the lines' centres followed from left to
right give the displacement, undone pixel by pixel; straight lines, and thin light creases
crossing a straight page, and straight lines turned together, leave it as is. Hand-made
pages at 150 dpi."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from sources import ocr_warp
from sources.ocr_warp import line_waves, straighten_lines, typical_wave
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


def test_typical_wave_is_the_length_weighted_median_line() -> None:
    # three lines followed over 100, 50 and 40 samples: half the length (95) is on the first
    assert typical_wave([(2.0, 40), (0.1, 100), (0.2, 50)]) == 0.1
    # the long line is the one waving 0.6 px: a crumpled page's typical line
    assert typical_wave([(0.1, 40), (0.6, 100), (2.0, 10)]) == 0.6
    assert typical_wave([]) == 0.0


def test_a_few_bent_blobs_on_a_straight_page_are_no_waves(monkeypatch: pytest.MonkeyPatch) -> None:
    """Four of thirty lines run into a wavy pen stroke drawn through their feet (as text
    touching a broken table rule, or a shadow's edge, bends a few blobs): the 95th percentile
    of all the lines' waves is over :data:`MIN_WAVE_MM`, but the typical line is straight."""
    grey = _page()
    image = Image.fromarray(grey, mode="L")
    draw = ImageDraw.Draw(image)
    xs = np.arange(110, 1090, 4)
    for n in (3, 11, 19, 27):
        foot = 150 + 36 * n + 22  # just under the line's baseline
        ys = foot + 1.5 * MM * np.sin(2 * np.pi * xs / (30 * MM))
        draw.line(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=INK, width=3)
    assert line_waves(image, PT) is None
    with monkeypatch.context() as patched:
        patched.setattr(ocr_warp, "MIN_TYPICAL_MM", 0.0)  # the 95th percentile alone bends it
        found = line_waves(image, PT)
    assert found is not None and found[1] >= ocr_warp.MIN_WAVE_MM


def test_a_sheet_crumpled_as_the_scan_generator_does_is_wavy() -> None:
    """The scan generator's crumpled sheet (a random displacement up to 1 mm on a 15 mm grid,
    creases and facets): every line waves, the typical one by 0.3 mm or more."""
    from tests.generators.scans import _crumpled

    crumpled = _crumpled(Image.fromarray(_page(), mode="L"), 1.0, 150, 3)
    found = line_waves(crumpled, PT)
    assert found is not None
    assert 0.5 <= found[1] <= 1.5
