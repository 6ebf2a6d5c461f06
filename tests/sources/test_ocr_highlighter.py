"""Fluorescent highlighter strokes over a colour scan's text read as paper, the letters under
them and a coloured table's own fills and rules kept, and none of it taken for an ink stamp
(:mod:`sources.ocr_highlight`, :mod:`sources.ocr_colour`). Hand-made pages."""

from __future__ import annotations

import numpy as np
from PIL import Image

from sources.ocr_colour import colour_stamp_grey, stamp_boxes
from sources.ocr_highlight import highlighter_mask

DPI = 300  # the page rendered for OCR
PT = 72.0 / DPI
MM = DPI / 25.4
W, H = 2000, 1400
PAPER = np.array([252.0, 251.0, 247.0])
YELLOW, PINK, GREEN = (255.0, 236.0, 30.0), (255.0, 128.0, 196.0), (140.0, 236.0, 110.0)
DARK_FILL = (79.0, 129.0, 189.0)  # a banded table's header and first column
PALE_FILL = (211.0, 223.0, 238.0)  # its light bands
RULE = (79.0, 129.0, 189.0)


def _page(highlight: bool = True, fringe: int = 2) -> np.ndarray:
    """White paper; a table in blue: a dark header band with light « letters », a pale
    banded column, thin blue rules; eight lines of black « letters »; highlighter strokes
    (yellow, pink, green, 4.5 mm high) multiplied over three of them at strength 0.85; the
    sensors out of register (red ``fringe`` pixels down, blue up)."""
    rgb = np.tile(PAPER, (H, W, 1))
    rgb[200:290, 100:1900] = DARK_FILL
    for x in range(140, 1800, 22):
        rgb[230:262, x : x + 6] = PAPER  # light letters on the dark fill
    rgb[290:1250, 700:1100] = PALE_FILL
    for y in (200, 290, 1250):
        rgb[y : y + 3, 100:1900] = RULE
    for x in (100, 700, 1100, 1900):
        rgb[200:1253, x : x + 3] = RULE
    for n in range(8):
        top = 350 + 110 * n
        for x in range(140, 1860, 22):
            rgb[top : top + 36, x : x + 6] = (38.0, 38.0, 38.0)  # black letters
    if highlight:
        half = int(2.25 * MM)
        for n, ink in ((1, YELLOW), (3, PINK), (5, GREEN)):
            mid = 350 + 110 * n + 18
            alpha = 0.85 * (1.0 - np.asarray(ink) / 255.0)
            rgb[mid - half : mid + half, 300:1500] *= 1.0 - alpha
    rgb = 38.0 + rgb * 0.83  # paper and toner, not pure
    if fringe:
        rgb[fringe:, :, 0] = rgb[:-fringe, :, 0].copy()
        rgb[:-fringe, :, 2] = rgb[fringe:, :, 2].copy()
    return np.clip(rgb, 0, 255).astype(np.uint8)


def _luma(rgb: np.ndarray) -> np.ndarray:
    return np.asarray(Image.fromarray(rgb, mode="RGB").convert("L"), dtype=np.float64)


def test_highlighter_strokes_read_as_paper_and_the_letters_under_them_stay_dark() -> None:
    rgb = _page()
    out = colour_stamp_grey(Image.fromarray(rgb, mode="RGB"), PT)
    assert out is not None and out.mode == "L"
    grey, before = np.asarray(out, dtype=np.float64), _luma(rgb)
    paper = float(np.median(before[1300:1390, 100:1900]))
    for n in (1, 3, 5):  # yellow, pink, green: between two letters, inside the stroke
        mid = 350 + 110 * n + 18
        gap = (slice(mid - 10, mid + 10), slice(310, 314))
        assert before[gap].mean() < paper - 18  # a grey band over the line before
        assert grey[gap].mean() > max(paper - 15, before[gap].mean() + 10)  # paper-light now
        letter = (slice(mid - 10, mid + 10), slice(318, 322))
        assert grey[letter].mean() < 90  # the letter under the stroke stays dark
    assert before[350 + 110 * 3 + 8, 312] < 200  # the pink stroke was mid-grey


def test_a_coloured_table_s_fills_and_rules_are_kept_and_are_no_stamp() -> None:
    rgb = _page()
    assert stamp_boxes(rgb.astype(np.float32), MM) == []  # fills, fringes, rules: no stamp
    grey = np.asarray(colour_stamp_grey(Image.fromarray(rgb, mode="RGB"), PT), dtype=np.float64)
    before = _luma(_page(fringe=0))  # the colour planes are put back in register
    # the dark header band and its light letters, the pale band, the rules: as printed
    for part in (
        (slice(205, 285), slice(100, 1900)),
        (slice(300, 340), slice(710, 1090)),
        (slice(1240, 1256), slice(100, 1900)),
        (slice(300, 340), slice(98, 106)),
    ):
        assert np.abs(grey[part] - before[part]).max() <= 1
    mask, _ = highlighter_mask(rgb.astype(np.float32), PAPER * 0.83 + 38.0, MM)
    assert not mask[205:285, 100:1900].any() and not mask[300:340, 700:1100].any()


def test_a_page_without_highlighter_nor_stamp_is_left_to_the_grey_rendering() -> None:
    rgb = _page(highlight=False, fringe=0)
    assert colour_stamp_grey(Image.fromarray(rgb, mode="RGB"), PT) is None


def test_colour_planes_out_of_register_are_shifted_back() -> None:
    from sources.ocr_highlight import channel_shifts, registered

    assert channel_shifts(_page(fringe=2).astype(np.float32)) == (2, -2)
    assert channel_shifts(_page(fringe=0).astype(np.float32)) == (0, 0)
    back = registered(_page(fringe=2).astype(np.float32))
    assert np.abs(back[10:-10] - _page(fringe=0)[10:-10]).max() == 0
