"""A page whose ink runs in level rows is told upright or upside down from its letters'
shape (ascenders and capitals over the lines' core band outweigh descenders under it), so
Tesseract's orientation detection is asked only about pages that need it
(:func:`sources.ocr_orient.ascender_balance`). Hand-made pages."""

from __future__ import annotations

from PIL import Image, ImageDraw

from sources import ocr_orient
from sources.ocr_orient import ascender_balance, page_turn
from tests.sources.ocr_fonts import serif_font
from tests.sources.test_ocr_orientation import LINES

PPP = 72.0 / 200  # a 200 dpi scan
TEXT = LINES  # the orientation test's paragraph: ascenders, capitals and descenders


def _page() -> Image.Image:
    """An A4 page at 200 dpi: sixteen 10 pt lines in a ruled box, grey paper."""
    image = Image.new("L", (1654, 2339), 236)
    draw = ImageDraw.Draw(image)
    for n, text in enumerate(TEXT + TEXT):
        draw.text((150, 300 + 62 * n), text, fill=30, font=serif_font(28))
    draw.rectangle((120, 270, 1534, 330 + 62 * 16), outline=60, width=2)
    return image


def test_letters_tell_an_upright_page_from_one_upside_down() -> None:
    page = _page()
    # each line weighed in each 40 mm strip it crosses (about four)
    balance, lines = ascender_balance(page, PPP)
    assert 48 <= lines <= 70 and 0.38 < balance < 0.5
    balance, lines = ascender_balance(page.transpose(Image.Transpose.ROTATE_180), PPP)
    assert 48 <= lines <= 70 and -0.5 < balance < -0.38
    assert ascender_balance(Image.new("L", (1654, 2339), 240), PPP) == (0.0, 0)


def test_an_upright_level_page_is_not_asked_about(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[int] = []

    def osd(image, points_per_px, timeout=30.0):  # type: ignore[no-untyped-def]
        asked.append(image.width)
        return 180, 9.0

    monkeypatch.setattr(ocr_orient, "osd_turn", osd)
    assert page_turn(_page(), PPP) == (0, None)
    assert asked == []
    # upside down: its letters hang under the lines, Tesseract is asked and turns it
    assert page_turn(_page().transpose(Image.Transpose.ROTATE_180), PPP) == (180, None)
    assert asked == [1654]
