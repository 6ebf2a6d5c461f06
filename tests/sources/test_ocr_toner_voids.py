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


GAP = (560, 640)  # the blank gap between a table's two text columns (38 pt at 150 dpi)


def _table(rule: int = 150) -> np.ndarray:
    """A two-column table: forty lines of dense strokes (every column of pixels inked on one
    line of two) left and right of a blank gap, a grey rule (2 px, grey ``rule``: 86 levels
    under the paper against the letters' 206) across the table every third line."""
    grey = np.full((H, W), PAPER, dtype=np.uint8)
    for n in range(40):
        top = 120 + 38 * n
        for x in range(120 + 3 * (n % 2), 1120, 6):
            if not GAP[0] - 6 <= x < GAP[1]:
                grey[top : top + 16, x : x + 3] = INK
        if n % 3 == 0:
            grey[top - 11 : top - 9, 100:1140] = rule
    return grey


def _stamped(grey: np.ndarray, level: int = 200) -> np.ndarray:
    """The faint leftovers of an ink stamp unmixed out (frame and letters grey ``level``)
    over both columns and the gap, 290 × 180 px."""
    out = grey.copy()
    x0, y0, x1, y1 = 470, 560, 760, 740
    for top, bottom, left, right in (
        (y0, y0 + 3, x0, x1),
        (y1 - 3, y1, x0, x1),
        (y0, y1, x0, x0 + 3),
        (y0, y1, x1 - 3, x1),
    ):
        out[top:bottom, left:right] = np.minimum(out[top:bottom, left:right], level)
    for y in range(y0 + 20, y1 - 20, 30):
        for x in range(x0 + 15, x1 - 15, 14):
            out[y : y + 12, x : x + 2] = np.minimum(out[y : y + 12, x : x + 2], level)
    return out


def _shaded_rows(grey: np.ndarray, fill: int = 212) -> np.ndarray:
    """Every other line shaded across the whole table, the gap too (a zebra table)."""
    out = grey.copy()
    for n in range(0, 40, 2):
        top = 120 + 38 * n
        out[top - 6 : top + 22, 100:1140] = np.minimum(out[top - 6 : top + 22, 100:1140], fill)
    return out


def _gap_boxes(grey: np.ndarray, fill: int = 205) -> np.ndarray:
    """A shaded box across the gap beside every third line (a filled cell, a shaded caption)."""
    out = grey.copy()
    for n in range(0, 40, 3):
        top = 120 + 38 * n
        out[top - 4 : top + 20, 566:634] = np.minimum(out[top - 4 : top + 20, 566:634], fill)
    return out


def _shaded_column(grey: np.ndarray, fill: int = 205) -> np.ndarray:
    """The left column shaded from top to bottom (a filled label column), the gap not."""
    out = grey.copy()
    out[100:1660, 100:554] = np.minimum(out[100:1660, 100:554], fill)
    return out


def test_a_table_gap_crossed_by_grey_rules_under_a_stamp_is_no_streak() -> None:
    """The gap's ink is the table's rules (86 levels: 0.42 of the letters') and a stamp's
    leftovers, pale against the page's usual print from top to bottom with full print on
    both sides; but each rule is as dark in the gap as beside it: no streak, the page left
    as is."""
    for grey in (_table(), _stamped(_table()), _table(rule=180)):
        image = Image.fromarray(grey, mode="L")
        assert void_shares(image, PT) is None
        out, changed = darken_voids(image, PT)
        assert out is image and not changed


def test_shaded_rows_and_boxes_in_a_table_gap_are_no_streak() -> None:
    """A zebra table's shaded rows crossing the gap, and shaded boxes standing in it, are
    lighter than the letters beside them but as dark as the same fill beside; a shaded
    column beside the gap is on one side only: no streak."""
    shaded = (_shaded_rows(_table()), _gap_boxes(_table()), _gap_boxes(_table(PAPER)))
    for grey in (*shaded, _shaded_column(_table())):
        image = Image.fromarray(grey, mode="L")
        assert void_shares(image, PT) is None
        assert darken_voids(image, PT) == (image, False)


def test_a_streak_through_a_stamped_zebra_table_is_darkened_and_its_gap_left() -> None:
    """A streak (48 px, ink at 0.3 of its darkness) down the left column of the same
    table, stamp and shaded rows and all: the streak is found and darkened back, the gap
    and the stamp's leftovers in it left as they are."""
    page = _shaded_rows(_stamped(_table()))
    voided = _voided(page, 300, 348, 0.3)
    image = Image.fromarray(voided, mode="L")
    found = void_shares(image, PT)
    assert found is not None
    shares, tile, _edges = found
    streak = np.where((shares < 1.0).any(axis=0))[0] * tile
    assert 294 <= streak.min() <= 303 and 342 <= streak.max() <= 351  # the gap not in it
    out, changed = darken_voids(image, PT)
    assert changed
    back = np.asarray(out, dtype=np.int16)
    assert int(voided[:, 306:342].min()) == 174 and int(back[:, 306:342].min()) <= 60
    assert np.array_equal(back[:, 400:], voided[:, 400:].astype(np.int16))


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
