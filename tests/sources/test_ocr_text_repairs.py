"""Repairs of OCR words from their text and line, and numbers from their ink (issue 13,
twentieth pass, 150 dpi scans with heavy JPEG): hand-made words and blobs, asserted values;
no Tesseract needed."""

from __future__ import annotations

import pytest

from sources.ocr_repair import (
    Blob,
    repaired_capital_il,
    repaired_number,
    repaired_trailing_dots,
    shifted_spaces,
)


def _line(*texts: str, top: float = 100.0, size: float = 10.0) -> list[dict]:
    """Words of one printed line, 4 pt apart, 6 pt per character."""
    words, x = [], 50.0
    for text in texts:
        width = 6.0 * len(text)
        words.append(
            {"text": text, "x0": x, "x1": x + width, "top": top, "bottom": top + size, "conf": 90.0}
        )
        x += width + 4.0
    return words


def _texts(words: list[dict]) -> list[str]:
    return [w["text"] for w in words]


@pytest.mark.parametrize(
    ("read", "expected", "changed"),
    [
        (("prestations.", "II", "est", "néanmoins"), ("prestations.", "Il", "est", "néanmoins"), 1),
        (("déclinaison,", "IIs", "seront", "donc"), ("déclinaison,", "Ils", "seront", "donc"), 1),
        (("réglementaire.", "!", "s'agit", "ici"), ("réglementaire.", "Il", "s'agit", "ici"), 1),
        (("II", "est", "prévu"), ("Il", "est", "prévu"), 1),
        # a roman numeral after a noun, an ordinal, « ! » ending a sentence: left as read
        (("la", "phase", "II", "du", "projet"), ("la", "phase", "II", "du", "projet"), 0),
        (("au", "IIe", "siècle"), ("au", "IIe", "siècle"), 0),
        (("enfin", "!", "Les", "communes"), ("enfin", "!", "Les", "communes"), 0),
        (("Chapitre", "II"), ("Chapitre", "II"), 0),
    ],
)
def test_il_read_as_two_stems_or_a_mark(read, expected, changed) -> None:
    words = _line(*read)
    assert repaired_capital_il(words) == changed
    assert _texts(words) == list(expected)


def test_il_on_another_line_is_not_a_neighbour() -> None:
    """The word before « ! » must be on its line: a period ending the line above is not."""
    words = _line("réglementaire.") + _line("!", "s'agit", top=115.0)
    words[1]["x0"], words[1]["x1"] = 300.0, 304.0  # far from the previous line's end
    assert repaired_capital_il(words) == 0


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        (
            ("un", "accompagnemen", "ttechnique", "des"),
            ("un", "accompagnement", "technique", "des"),
        ),
        (("un", "accompagnementt", "echnique."), ("un", "accompagnement", "technique.")),
    ],
)
def test_space_read_one_letter_off_is_moved(read, expected) -> None:
    words = _line(*read)
    assert shifted_spaces(words) == 1
    assert _texts(words) == list(expected)


@pytest.mark.parametrize(
    "read",
    [
        ("les", "GACdG", "ABiC"),  # unknown words whose shift makes no two French words
        ("accompagnement", "ttechnique"),  # one of the two is a French word: left as read
        ("la", "commune"),
    ],
)
def test_words_without_a_better_space_are_left_as_read(read) -> None:
    words = _line(*read)
    assert shifted_spaces(words) == 0
    assert _texts(words) == list(read)


def _glyph(x0: int, x1: int) -> Blob:
    return Blob(x0, x1, 10, 50, (x1 - x0) * 40 // 2)


def _dot(x0: int) -> Blob:
    return Blob(x0, x0 + 8, 41, 50, 60)


def test_section_number_alone_on_its_line_gets_the_period_its_ink_shows() -> None:
    """« 1.3 » over « Objectif stratégique » read « 13 » at 52 %: a digit, a dot on the
    baseline, a digit; alone on its line, the period is put back."""
    blobs = [_glyph(2, 28), _dot(33), _glyph(47, 73)]
    assert repaired_number("13", blobs, alone=True) == "1.3"
    assert repaired_number("13", blobs) is None  # beside other words: as before
    # no dot in the ink (a page number), or an amount: left as read
    assert repaired_number("13", [_glyph(2, 28), _glyph(32, 58)], alone=True) is None
    four = [_glyph(0, 20), _dot(24), _glyph(36, 56), _glyph(60, 80), _glyph(84, 104)]
    assert repaired_number("2019", four, alone=True) is None


def test_double_period_is_what_the_ink_shows() -> None:
    """« Plan Climat.. »: « .. » is no French punctuation; one dot in the ink gives « . »,
    three an ellipsis; two (what was read) leave the word as read."""
    letters = [_glyph(0, 20), _glyph(24, 44), _glyph(48, 68)]
    assert repaired_trailing_dots("Climat..", letters + [_dot(72)]) == "Climat."
    assert repaired_trailing_dots("Climat..", letters + [_dot(72), _dot(84), _dot(96)]) == (
        "Climat..."
    )
    assert repaired_trailing_dots("Climat..", letters + [_dot(72), _dot(84)]) is None


@pytest.mark.parametrize("blur", [0.0, 1.0])
@pytest.mark.parametrize(
    ("printed", "read", "conf", "expected"),
    [
        ("Il", "il", 62.0, "Il"),  # « Il s'agit » read « il » unsure: one unbroken stem
        ("Ils", "ils", 70.0, "Ils"),
        ("il", "il", 62.0, "il"),  # the dot's gap shows: as read
        ("ils", "ils", 55.0, "ils"),
        ("Il", "il", 95.0, "il"),  # read surely: not looked at
    ],
)
def test_capital_il_from_an_unbroken_stem(printed, read, conf, expected, blur) -> None:
    from sources.ocr_repair import repair_words
    from tests.sources.test_ocr_scan_repairs import PPP, _scan

    image, words = _scan([printed, "s'agit"], [read, "s'agit"], blur)
    words[0]["conf"] = conf
    repair_words(image, words, PPP)
    assert words[0]["text"] == expected


def test_space_read_one_letter_off_across_a_line_wrap() -> None:
    """« accompagnemen » ending a cell's line, « ttechnique » starting the next one under
    it: the « t » goes back; a word of another column at that height is no next line."""
    words = _line("Assurer", "un", "accompagnemen") + _line("ttechnique", "des", top=111.0)
    words += _line("autre", top=111.0)
    words[-1]["x0"], words[-1]["x1"] = 400.0, 430.0
    assert shifted_spaces(words) == 1
    assert _texts(words) == ["Assurer", "un", "accompagnement", "technique", "des", "autre"]
