"""A reader's pen strokes painted out of a grey scan (:mod:`sources.ocr_pen`): a wavy
underline across a text line and a slanted bar in the margin go, the letters they cross, a
light straight table rule, dashes, a dark header fill between its light letters and the
text itself stay. Hand-made pages."""

from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageDraw
from scipy import ndimage

from sources.ocr_pen import _straight_at_skew, pen_stroke_mask, remove_pen_strokes

W, H = 2480, 3508  # an A4 page at 300 dpi
PT = 72.0 / 300.0  # points per pixel


def _page() -> Image.Image:
    """Paper (245) with text lines of letter-like strokes (40), a light table rule (100) and
    a dashed rule."""
    grey = np.full((H, W), 245, dtype=np.uint8)
    for n in range(30):
        top = 300 + 90 * n
        for x in range(250, 2100, 28):
            grey[top : top + 36, x : x + 5] = 40
            grey[top + 30 : top + 36, x : x + 16] = 40
    grey[3100:3103, 250:2200] = 100  # a light table rule
    for x in range(250, 2200, 24):
        grey[3200:3203, x : x + 12] = 100  # a dashed row rule
    return Image.fromarray(grey, mode="L")


def _pen(image: Image.Image) -> None:
    draw = ImageDraw.Draw(image)
    points = [(500 + t, 1246 + 10 * math.sin(t / 35.0)) for t in range(0, 900, 6)]
    draw.line(points, fill=85, width=5)  # a wavy underline across a text line
    draw.line([(2290, 800), (2340, 1300)], fill=85, width=5)  # a slanted bar in the margin


def test_a_wavy_underline_and_a_margin_bar_are_painted_as_paper() -> None:
    page = _page()
    clean = np.asarray(page).copy()
    _pen(page)
    out, pixels = remove_pen_strokes(page, PT)
    assert pixels > 0
    grey = np.asarray(out)
    assert grey[780:1320, 2270:2360].min() > 200  # the bar gone
    strip = grey[1220:1270, 500:1400]
    letters = clean[1220:1270, 500:1400] < 128
    away = ~ndimage.binary_dilation(letters, iterations=4)
    pen = away & (np.asarray(page)[1220:1270, 500:1400] < 150)
    # the underline gone between the letters (but for short pieces dipping among them)
    assert (strip[pen] > 150).mean() > 0.85
    assert (strip[letters] < 128).mean() > 0.9  # the letters it crossed kept
    assert (grey[3100:3103, 250:2200] == 100).all()  # the light rule kept
    assert (grey[3200:3203, 250:262] == 100).all()  # the dashes kept


def test_a_page_without_pen_is_left_as_is() -> None:
    page = _page()
    draw = ImageDraw.Draw(page)
    # a dark header fill (80) with light letters (230): the fill's pieces between them stay
    draw.rectangle((250, 3300, 2200, 3400), fill=80)
    for x in range(300, 2100, 70):
        draw.rectangle((x, 3320, x + 30, 3380), fill=230)
        draw.rectangle((x + 8, 3330, x + 22, 3370), fill=80)
    assert pen_stroke_mask(page, PT) is None
    out, pixels = remove_pen_strokes(page, PT)
    assert out is page and pixels == 0


def _corner(grey: np.ndarray, top: int, left: int, arm: int) -> None:
    """A broken light rule's corner: a horizontal arm ending in a vertical one (an « L »),
    each arm shorter than a straight-run rule (200 px = 48 pt), grey 100 as a heavy JPEG
    leaves a thin table rule."""
    grey[top + arm - 3 : top + arm, left : left + arm] = 100
    grey[top : top + arm, left + arm - 3 : left + arm] = 100


def test_a_broken_light_rules_corner_and_tee_are_kept() -> None:
    """Pieces of a light rule broken by JPEG blocks are as long and as wide as a pen stroke;
    each arm runs straight along an axis across the piece: kept (grid_150_penche lost two
    rows when its rule corners were painted out)."""
    grey = np.asarray(_page()).copy()
    _corner(grey, 2950, 1000, 200)  # an L
    grey[2950:2953, 1400:1600] = 100  # a tee: a horizontal arm with a stem from its middle
    grey[2950:3150, 1499:1502] = 100
    page = Image.fromarray(grey, mode="L")
    assert pen_stroke_mask(page, PT) is None
    _pen(page)
    mask = pen_stroke_mask(page, PT)
    assert mask is not None and mask[780:1320, 2270:2360].sum() > 1000  # the bar still found
    assert not mask[2940:3160, 990:1610].any()  # the corner and the tee kept


def test_a_straight_piece_is_a_rule_only_along_an_axis() -> None:
    """A thin straight piece 0.3° off the horizontal lies at the page's skew (a rule); the
    same piece 1.5° off (a pen line drawn by hand) or bowing by 2 px (a wavy underline's
    crest) is no rule."""
    x = np.arange(120)

    def piece(rows: np.ndarray) -> np.ndarray:
        own = np.zeros((12, 120), dtype=bool)
        for dx in (0, 1):
            own[np.clip(np.round(rows).astype(int) + dx, 0, 11), x] = True
        return own

    assert _straight_at_skew(piece(4 + x * math.tan(math.radians(0.3))), 4.0)
    assert not _straight_at_skew(piece(4 + x * math.tan(math.radians(1.5))), 4.0)
    assert not _straight_at_skew(piece(4 + 2.0 * ((x - 60) / 60.0) ** 2), 4.0)
    upright = piece(4 + x * math.tan(math.radians(0.3))).T
    assert _straight_at_skew(upright, 4.0)
