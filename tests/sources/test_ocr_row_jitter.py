"""A vibrating sensor's row jitter undone on a scanned page (:mod:`sources.ocr_jitter`): rows
moved across to and fro are moved back, a straight page and an italic one are left alone.
Hand-made pages of real letters, each rule with its negative case."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from sources.ocr_jitter import row_offsets, unjitter

W, H = 1240, 1754  # an A4 page at 150 dpi
PT = 72.0 / 150.0  # points per pixel
RULE_X = 60  # a box's upright side rule, down the whole text


def _font(oblique: bool) -> ImageFont.FreeTypeFont:
    import matplotlib

    name = "DejaVuSans-Oblique.ttf" if oblique else "DejaVuSans.ttf"
    return ImageFont.truetype(str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name), 22)


def _page(oblique: bool = False) -> np.ndarray:
    """Grey paper (235), thirty lines of dark text 22 px high, a side rule 2 px wide beside
    them, blank margins above and below."""
    image = Image.new("L", (W, H), 235)
    draw = ImageDraw.Draw(image)
    text = "Organisation de rencontres annuelles entre entreprises du territoire"
    for n in range(30):
        draw.text((90, 40 + 44 * n), text, fill=35, font=_font(oblique))
    draw.rectangle((RULE_X, 30, RULE_X + 1, 40 + 44 * 30), fill=60)
    return np.asarray(image)


def _jittered(grey: np.ndarray, amplitude: float) -> tuple[np.ndarray, np.ndarray]:
    """Each row moved right by ``amplitude`` × a sine of period 26 px down the page."""
    offsets = amplitude * np.sin(2 * np.pi * np.arange(H) / 26.0)
    xs = np.arange(W)[None, :] - offsets[:, None]
    out = np.stack([np.interp(xs[y], np.arange(W), grey[y], left=235, right=235) for y in range(H)])
    return np.round(out).astype(np.uint8), offsets


def _rule_centres(grey: np.ndarray) -> np.ndarray:
    """The side rule's centre on each row of the text (ink-weighted, pixels)."""
    band = 235.0 - grey[40 : 40 + 44 * 29, RULE_X - 8 : RULE_X + 10].astype(float)
    band = np.clip(band, 0, None)
    return (band * np.arange(RULE_X - 8, RULE_X + 10)).sum(axis=1) / band.sum(axis=1)


def test_jittered_rows_are_moved_back() -> None:
    page = _page()
    shaken, offsets = _jittered(page, 2.5)
    found = row_offsets(shaken, PT)
    assert found is not None
    rows = slice(40, 40 + 44 * 29)  # the text's rows: the offset is read from its print
    assert np.corrcoef(np.diff(found[rows]), np.diff(offsets[rows]))[0, 1] > 0.8
    out, changed = unjitter(Image.fromarray(shaken, mode="L"), PT)
    assert changed
    before = _rule_centres(shaken)
    after = _rule_centres(np.asarray(out))
    assert before.max() - before.min() > 4.0  # the rule waves ±2.5 px
    assert after.max() - after.min() < 2.0  # nearly straight again
    assert np.abs(np.diff(after)).mean() < 0.3 * np.abs(np.diff(before)).mean()


def test_a_straight_page_is_left_alone() -> None:
    image = Image.fromarray(_page(), mode="L")
    assert row_offsets(np.asarray(image), PT) is None
    out, changed = unjitter(image, PT)
    assert out is image and not changed


def test_italic_type_leaning_one_way_is_no_jitter() -> None:
    image = Image.fromarray(_page(oblique=True), mode="L")
    assert row_offsets(np.asarray(image), PT) is None
    out, changed = unjitter(image, PT)
    assert out is image and not changed


def test_a_colour_page_is_left_alone() -> None:
    shaken, _ = _jittered(_page(), 2.5)
    image = Image.fromarray(shaken, mode="L").convert("RGB")
    out, changed = unjitter(image, PT)
    assert out is image and not changed
