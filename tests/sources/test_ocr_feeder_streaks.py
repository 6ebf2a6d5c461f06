"""Glass streaks of a sheet feeder divided out of a scanned page (:mod:`sources.ocr_streaks`):
a thin dark column down the whole page is lifted, a drawn rule that ends with its table is
kept. Hand-made pages, each rule with its negative case."""

from __future__ import annotations

import numpy as np
from PIL import Image

from sources.ocr_streaks import remove_streaks, streak_columns

W, H = 1240, 1754  # an A4 page at 150 dpi
PT = 72.0 / 150.0  # points per pixel


def _page(paper: int = 232, ink: int = 30) -> np.ndarray:
    """Paper with twenty « text lines » of strokes 3 px wide and a table with a vertical rule
    (x 700) from y 900 to 1500."""
    grey = np.full((H, W), paper, dtype=np.uint8)
    for n in range(20):
        top = 150 + 60 * n
        for x in range(120, 1100, 14):
            grey[top : top + 24, x : x + 3] = ink
    grey[900:1500, 700:702] = ink  # a table's column rule
    return grey


def _streaked(grey: np.ndarray, x: int, strength: float) -> np.ndarray:
    out = grey.astype(np.float64)
    out[:, x : x + 2] *= 1.0 - strength
    return out.astype(np.uint8)


def test_a_streak_down_the_whole_page_is_divided_out() -> None:
    page = _page()
    streaked = _streaked(page, 456, 0.5)
    columns = streak_columns(Image.fromarray(streaked, mode="L"), PT)
    assert sorted(columns) == [456, 457]
    assert all(0.45 < share < 0.55 for share in columns.values())
    out, cols = remove_streaks(Image.fromarray(streaked, mode="L"), PT)
    assert cols == [456, 457]
    back = np.asarray(out, dtype=np.int16)
    assert np.abs(back[:, 440:470] - page[:, 440:470].astype(np.int16)).max() <= 3
    assert back[:, 457].min() < 40  # the letters crossed keep their ink


def test_a_drawn_rule_ending_with_its_table_is_kept() -> None:
    page = _page()
    image = Image.fromarray(page, mode="L")
    assert streak_columns(image, PT) == {}
    out, cols = remove_streaks(image, PT)
    assert out is image and cols == []


def test_a_wide_dark_band_down_the_page_is_no_streak() -> None:
    page = _page()
    page[:, 300:330] = (page[:, 300:330] * 0.5).astype(np.uint8)  # a shadow 15 pt wide
    assert streak_columns(Image.fromarray(page, mode="L"), PT) == {}
