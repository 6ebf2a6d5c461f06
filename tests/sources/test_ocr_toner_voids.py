"""Pale streaks of a printer low on toner darkened back on a scanned page
(:mod:`sources.ocr_voids`): a narrow run of columns whose ink keeps a share of its contrast
from the top of the page to the bottom is darkened by the inverse share, the paper left as
is; the page's own light print (a grey text block, grey line numbers in a margin) is no
streak. Hand-made pages, each rule with its negative case."""

from __future__ import annotations

import numpy as np
from PIL import Image

from sources.ocr_voids import darken_voids, void_shares

W, H = 1240, 1754  # an A4 page at 150 dpi
PT = 72.0 / 150.0  # points per pixel
PAPER, INK = 236, 30


def _page(ink: int = INK) -> np.ndarray:
    """Grey paper with forty « text lines » of strokes 3 px wide across the text block."""
    grey = np.full((H, W), PAPER, dtype=np.uint8)
    for n in range(40):
        top = 120 + 38 * n
        for x in range(120, 1120, 9):
            grey[top : top + 16, x : x + 3] = ink
    return grey


def _voided(grey: np.ndarray, x0: int, x1: int, share: float) -> np.ndarray:
    """The ink between columns ``x0`` and ``x1`` keeping ``share`` of its darkness (the
    toner's lack), the paper unchanged."""
    out = grey.astype(np.float64)
    part = out[:, x0:x1]
    out[:, x0:x1] = PAPER - (PAPER - part) * share
    return np.round(out).astype(np.uint8)


def test_a_pale_streak_down_the_page_is_darkened_back() -> None:
    page = _page()
    voided = _voided(page, 500, 548, 0.3)  # 48 px: 23 pt, as a 8 mm streak at 150 dpi
    image = Image.fromarray(voided, mode="L")
    assert int(voided[:, 500:548].min()) == 174  # the letters there light grey
    found = void_shares(image, PT)
    assert found is not None
    shares, tile, _edges = found
    assert tile == 3
    streak = np.where((shares < 1.0).any(axis=0))[0] * tile
    # the first and last strokes inside the streak (at x 507 and 543) bound it, a tile more
    assert 495 <= streak.min() <= 507 and 543 <= streak.max() <= 552
    inside = shares[:, 500 // tile + 2 : 548 // tile - 2]
    assert 0.25 <= float(inside.min()) and float(inside.max()) <= 0.36
    out, changed = darken_voids(image, PT)
    assert changed
    back = np.asarray(out, dtype=np.int16)
    assert int(back[:, 506:542].min()) <= 60  # the ink dark again (30 printed)
    # the paper between the lines is left as paper, the columns beside the streak unchanged
    assert abs(int(np.median(back[:, 506:542])) - PAPER) <= 2
    assert np.array_equal(back[:, :480], voided[:, :480].astype(np.int16))
    assert np.array_equal(back[:, 570:], voided[:, 570:].astype(np.int16))


def test_a_page_printed_evenly_is_left_as_is() -> None:
    image = Image.fromarray(_page(), mode="L")
    assert void_shares(image, PT) is None
    out, changed = darken_voids(image, PT)
    assert out is image and not changed


def test_a_wide_block_of_grey_text_is_no_streak() -> None:
    page = _page()
    light = _voided(page, 300, 700, 0.3)  # 192 pt of the page printed grey on purpose
    assert void_shares(Image.fromarray(light, mode="L"), PT) is None


def test_grey_line_numbers_in_the_margin_are_no_streak() -> None:
    page = _page()
    for n in range(40):  # a grey number beside each line, paper on its left
        top = 120 + 38 * n
        page[top : top + 16, 60:66] = 180
        page[top : top + 16, 70:76] = 180
    assert void_shares(Image.fromarray(page, mode="L"), PT) is None


def test_a_streak_pale_in_a_few_bands_only_is_no_streak() -> None:
    page = _page()
    light = page.copy()
    light[:500] = _voided(page, 500, 548, 0.3)[:500]  # a grey word column in one part only
    assert void_shares(Image.fromarray(light, mode="L"), PT) is None


def test_a_dark_band_cut_by_a_light_gap_is_one_fill_across_the_table() -> None:
    """The dark bands of a scan given as fills (:func:`sources.ocr_invert.dark_fill_rects`):
    a band cut in two by a pale streak 10 px wide is one rect across its table; a second
    band lower down stays its own."""
    from sources.ocr_invert import dark_fill_rects

    grey = np.full((H, W), 240, dtype=np.uint8)
    grey[400:440, 100:1100] = 90  # a plum band, light letters left out
    grey[400:440, 500:510] = 235  # a pale streak across it
    grey[900:940, 100:1100] = 90
    rects = dark_fill_rects(Image.fromarray(grey, mode="L"), PT)
    boxes = sorted(
        (round(r["x0"]), round(r["top"]), round(r["x1"]), round(r["bottom"])) for r in rects
    )
    assert boxes == [(48, 192, 528, 211), (48, 432, 528, 451)]
    assert all(r["fill"] and r["non_stroking_color"] == (0.353,) for r in rects)
