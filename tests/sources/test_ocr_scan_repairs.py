"""Repairs of OCR words from the ink, issue 13 sixth pass (scan variants of tuned plans).

Each rule is tested on words drawn as a 200 dpi scan looks once rendered at 300 dpi (sans
serif, as Chromium and Writer print, softened and on grey paper), with the word dict
Tesseract gave: what the ink proves is repaired, what it does not is left as read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sources.ocr_repair import repair_words

PPP = 0.24  # PDF points per pixel at 300 dpi


def _font(size: int = 42) -> object:
    import matplotlib
    from PIL import ImageFont

    path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    return ImageFont.truetype(str(path), size)


def _scan(printed: list[str], read: list[str], blur: float = 1.0) -> tuple[object, list[dict]]:
    """Words printed side by side (one space apart) on grey paper, softened like a scan;
    their boxes as Tesseract gives them (the ink's box), with the texts it read."""
    from PIL import Image, ImageDraw, ImageFilter

    font = _font()
    image = Image.new("L", (1400, 130), 225)
    draw = ImageDraw.Draw(image)
    words, x = [], 40
    for text, got in zip(printed, read, strict=True):
        x0, top, x1, bottom = draw.textbbox((x, 40), text, font=font)
        draw.text((x, 40), text, font=font, fill=45)
        word = {"text": got, "x0": x0 * PPP, "x1": x1 * PPP, "top": (top - 4) * PPP}
        word["bottom"] = (bottom + 6) * PPP
        words.append(word)
        x = x1 + int(draw.textlength(" ", font=font))
    for word in words:  # one line: one top and bottom, as the line's baseline gives
        word["top"] = min(w["top"] for w in words)
        word["bottom"] = max(w["bottom"] for w in words)
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    return image, words


@pytest.mark.parametrize("blur", [0.0, 1.0])
@pytest.mark.parametrize(
    ("printed", "read", "expected"),
    [
        ("Identifier", "identifier", "Identifier"),  # a solid stem: the capital
        ("l'Industrie", "l'industrie", "l'Industrie"),  # after an elided article
        ("d'Impliquer", "d'impliquer", "d'Impliquer"),
        ("l'initiative", "l'initiative", "l'initiative"),  # the dot's gap shows: as read
        ("identifier", "identifier", "identifier"),
    ],
)
def test_capital_i_from_an_unbroken_stem(printed: str, read: str, expected: str, blur) -> None:
    """The stem's anti-aliased ends no longer count as a gap (before: « Identifier » scanned
    at 200 dpi stayed « identifier »: its first row was lighter than the stem's mid grey)."""
    image, words = _scan([printed], [read], blur)
    repair_words(image, words, PPP)
    assert words[0]["text"] == expected


@pytest.mark.parametrize("blur", [0.0, 1.0])
@pytest.mark.parametrize(
    ("printed", "read", "expected"),
    [
        ("AUaT", "AUAT", "AUaT"),  # an x-height glyph read as a capital
        ("AUaT,", "AUAT,", "AUaT,"),
        ("PLUiHD", "PLUIHD", "PLUiHD"),  # a dotted stem read as a capital I
        ("(PLUiHD)", "(PLUÏHD)", "(PLUiHD)"),  # its dot read as a diaeresis
        ("AUAT", "AUAT", "AUAT"),  # capitals printed: as read
        ("PLUIHD", "PLUIHD", "PLUIHD"),
        ("CAUE", "CAUE", "CAUE"),
        ("ADEME", "ADEME", "ADEME"),
    ],
)
def test_small_letters_read_as_capitals(printed: str, read: str, expected: str, blur) -> None:
    image, words = _scan([printed], [read], blur)
    repair_words(image, words, PPP)
    assert words[0]["text"] == expected


@pytest.mark.parametrize("blur", [0.0, 1.0])
@pytest.mark.parametrize(
    ("printed", "read", "expected"),
    [
        ("..)", ".)", "..)"),  # the box Tesseract gave leaves out the first dot
        ("...)", ".)", "...)"),
        (".)", ".)", ".)"),  # one dot printed: as read
    ],
)
def test_an_ellipsis_word_gets_the_dots_printed(printed: str, read: str, expected, blur) -> None:
    """« (prestation, convention, ..) » read « convention, .) »: the lone word's dots are
    counted on the ink from the previous word's end, never inside it (its comma)."""
    image, words = _scan(["convention,", printed], ["convention,", read], blur)
    dots = [b for b in words if b["text"] == read][0]
    # Tesseract's box of the lone word: from its last dot to its bracket
    dots["x0"] = dots["x1"] - 0.45 * (dots["x1"] - dots["x0"]) if len(printed) > 2 else dots["x0"]
    repair_words(image, words, PPP)
    assert [w["text"] for w in words] == ["convention,", expected]
