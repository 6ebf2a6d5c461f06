"""A coloured ink stamp over the text of a colour scan, unmixed out before thresholding
(:mod:`sources.ocr_colour`): the stamp on bare paper becomes paper, the letters under it stay
dark, coloured print (a heading line, a pale cell fill) is kept. Hand-made pages."""

from __future__ import annotations

import numpy as np
from PIL import Image

from sources.ocr_colour import colour_stamp_grey, stamp_boxes

DPI = 150
PT = 72.0 / DPI  # points per pixel
MM = DPI / 25.4  # pixels per millimetre
W, H = 1240, 900
PAPER = np.array([246.0, 236.0, 204.0])  # a yellowed sheet
INK = np.array([43.0, 74.0, 168.0])  # stamp pad blue


def _page(stamp: bool = True, heading: bool = True) -> np.ndarray:
    """Yellowed paper; ten « text lines » of dark strokes; a blue heading line (dark blue
    strokes, one line high); a pale blue cell fill; and a blue stamp (a double frame and
    three bars of « letters ») multiplied over the text lines."""
    rgb = np.tile(PAPER, (H, W, 1))
    rgb[120:160, 700:1150] *= np.array([0.88, 0.92, 0.98])  # pale blue fill
    if heading:
        for x in range(100, 600, 12):
            rgb[60:84, x : x + 3] = (30.0, 50.0, 120.0)  # blue heading letters
    for n in range(10):
        top = 300 + 50 * n
        for x in range(100, 1150, 14):
            rgb[top : top + 22, x : x + 3] = (38.0, 38.0, 38.0)  # black letters
    if stamp:
        alpha = np.zeros((H, W))
        x0, y0, x1, y1 = 400, 320, 400 + int(64 * MM), 320 + int(27 * MM)
        for inset in (0, 8):
            alpha[y0 + inset : y1 - inset, x0 + inset : x0 + inset + 3] = 0.85
            alpha[y0 + inset : y1 - inset, x1 - inset - 3 : x1 - inset] = 0.85
            alpha[y0 + inset : y0 + inset + 3, x0 + inset : x1 - inset] = 0.85
            alpha[y1 - inset - 3 : y1 - inset, x0 + inset : x1 - inset] = 0.85
        for row in (40, 70, 100):
            for x in range(x0 + 30, x1 - 30, 10):
                alpha[y0 + row : y0 + row + 18, x : x + 3] = 0.85 * (0.6 + 0.4 * (x % 3) / 2)
        factor = 1.0 - alpha[:, :, None] * (1.0 - INK / 255.0)[None, None, :]
        rgb = rgb * factor
    return np.clip(rgb, 0, 255).astype(np.uint8)


def _grey(rgb: np.ndarray) -> np.ndarray:
    return np.asarray(Image.fromarray(rgb, mode="RGB").convert("L"), dtype=np.float64)


def test_a_blue_stamp_over_the_text_is_taken_out_and_the_letters_under_it_stay() -> None:
    rgb = _page()
    boxes = stamp_boxes(rgb.astype(np.float32), MM)
    assert len(boxes) == 1  # the stamp, not the heading line nor the fill
    out = colour_stamp_grey(Image.fromarray(rgb, mode="RGB"), PT)
    assert out is not None and out.mode == "L"
    grey = np.asarray(out, dtype=np.float64)
    before = _grey(rgb)
    paper = float(np.median(before[200:280, 100:1150]))
    # the stamp's frame on bare paper (between text lines): as dark as print before, paper now
    frame = (slice(322, 330), slice(402, 403 + 2))
    gap = (slice(348, 347 + 3), slice(400, 403))  # its left stroke between two text lines
    assert before[gap].mean() < 0.6 * paper
    assert grey[gap].mean() > 0.9 * paper
    assert grey[frame].mean() > 0.85 * paper
    # a black letter under the stamp's bars stays as dark as one beside the stamp
    under = grey[360 + 2 : 360 + 18, 100 + 14 * 40 : 100 + 14 * 40 + 3]
    beside = grey[360 + 2 : 360 + 18, 100 + 14 * 2 : 100 + 14 * 2 + 3]
    assert under.mean() < beside.mean() + 40 and under.mean() < 0.5 * paper
    # the blue heading and the pale fill, outside the stamp, are as the usual grey gives them
    assert np.abs(grey[60:84, 100:600] - before[60:84, 100:600]).max() <= 1
    assert np.abs(grey[120:160, 700:1150] - before[120:160, 700:1150]).max() <= 1


def test_coloured_print_without_a_stamp_is_left_to_the_grey_rendering() -> None:
    rgb = _page(stamp=False)
    assert stamp_boxes(rgb.astype(np.float32), MM) == []
    assert colour_stamp_grey(Image.fromarray(rgb, mode="RGB"), PT) is None


def test_a_grey_page_is_left_as_is() -> None:
    grey = _grey(_page()).astype(np.uint8)
    assert colour_stamp_grey(Image.fromarray(grey, mode="L"), PT) is None
    rgb = np.repeat(grey[:, :, None], 3, axis=2)  # grey stored as colour
    assert colour_stamp_grey(Image.fromarray(rgb, mode="RGB"), PT) is None
