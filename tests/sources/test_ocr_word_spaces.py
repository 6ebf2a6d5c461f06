"""Word spaces the ink shows between words Tesseract read apart but boxed touching (issue 13,
eighteenth pass: « GES » and « à » of « émissions de GES à travers », joined by the layout
code into « GESà »), and an acronym with « à » glued in one reading. Negative cases: letters
printed together, a gap no wider than the word's others, words far apart, small-letter words.
"""

from __future__ import annotations

import numpy as np
import pytest

from sources.ocr_repair import Blob, glued_a, separated_words, word_blobs, word_space
from tests.sources.test_ocr_scan_repairs import PPP, _scan


def _touching(printed: list[str], read: list[str], blur: float) -> tuple[object, list[dict]]:
    """Words printed one space apart, the second box reaching back to the first (as
    Tesseract gives them when its box takes in the space)."""
    image, words = _scan(printed, read, blur)
    for word in words:
        word["size"] = 9.0
    words[1]["x0"] = words[0]["x1"]
    return image, words


@pytest.mark.parametrize("blur", [0.0, 1.0])
@pytest.mark.parametrize(("first", "second"), [("GES", "à"), ("PCAET", "et"), ("GES", "travers")])
def test_touching_boxes_of_words_printed_apart_are_cut_to_their_ink(first, second, blur) -> None:
    image, words = _touching([first, second], [first, second], blur)
    assert separated_words(np.asarray(image.convert("L")), words, PPP) == 1
    assert words[1]["x0"] - words[0]["x1"] > 1.0  # wider than touching words (0.9 pt at 9 pt)
    assert words[0]["x0"] < words[0]["x1"] < words[1]["x0"] < words[1]["x1"]


@pytest.mark.parametrize("blur", [0.0, 1.0])
def test_one_word_read_as_two_touching_words_stays_together(blur: float) -> None:
    """« travers » printed as one word, read « tra » + « vers » with touching boxes: no gap
    wider than the letters' own, nothing moved."""
    image, words = _scan(["travers"], ["travers"], blur)
    whole = words[0]
    cut = whole["x0"] + 0.45 * (whole["x1"] - whole["x0"])
    words = [dict(whole, text="tra", x1=cut, size=9.0), dict(whole, text="vers", x0=cut, size=9.0)]
    before = [dict(w) for w in words]
    assert separated_words(np.asarray(image.convert("L")), words, PPP) == 0
    assert words == before


def test_words_apart_are_not_touched() -> None:
    image, words = _scan(["GES", "à"], ["GES", "à"], 1.0)
    for word in words:
        word["size"] = 9.0
    before = [dict(w) for w in words]
    assert separated_words(np.asarray(image.convert("L")), words, PPP) == 0
    assert words == before


def _blob(x0: int, x1: int) -> Blob:
    return Blob(x0, x1, 0, 30, (x1 - x0) * 30)


def test_a_comma_needs_a_wider_gap_than_its_own_side_bearing() -> None:
    """« cas, » of a 200 dpi scan: the comma 5 px from the « s » (letters 1–2 px apart) is
    glued as printed; « E+C , »: 18 px, a space."""
    from sources.ocr_repair import spaced_punctuation

    cas = [Blob(2, 18, 15, 37, 300), Blob(20, 40, 15, 37, 300), Blob(41, 57, 15, 37, 300)]
    assert spaced_punctuation("cas,", [*cas, Blob(62, 66, 32, 41, 30)]) is None
    ec = [Blob(2, 25, 10, 38, 400), Blob(28, 48, 14, 35, 200), Blob(52, 78, 9, 39, 400)]
    assert spaced_punctuation("E+C,", [*ec, Blob(96, 100, 34, 43, 30)]) == (78, 96, 100)
    # a colon keeps the looser test French typography allows for
    assert spaced_punctuation("cas:", [*cas, Blob(62, 66, 20, 37, 30)]) == (57, 62, 66)


def test_word_space_needs_a_gap_wider_than_the_others_where_the_boxes_meet() -> None:
    blobs = [_blob(0, 20), _blob(24, 44), _blob(48, 68), _blob(80, 100)]
    assert word_space(blobs, 74) == (68, 80)  # 12 px: 3 times the letters' 4 px
    assert word_space(blobs, 46) is None  # the boxes meet between two letters
    even = [_blob(0, 20), _blob(28, 48), _blob(56, 76)]
    assert word_space(even, 52) is None  # a gap no wider than the others
    assert word_space([_blob(0, 20), _blob(30, 50)], 25) is None  # too few glyphs


@pytest.mark.parametrize("blur", [0.0, 1.0])
def test_an_acronym_read_with_a_glued_a_is_parted_where_the_ink_shows_the_space(blur) -> None:
    image, words = _scan(["GES", "à"], ["GES", "à"], blur)
    grey = np.asarray(image.convert("L"))
    box = (
        round(words[0]["x0"] / PPP) - 2,
        round(words[0]["top"] / PPP),
        round(words[1]["x1"] / PPP) + 3,
        round(words[0]["bottom"] / PPP) + 1,
    )
    parted = glued_a("GESà", word_blobs(grey, box))
    assert parted is not None and parted[1] - parted[0] > 5


def test_a_glued_a_printed_glued_or_after_small_letters_stays() -> None:
    image, words = _scan(["GESà"], ["GESà"], 1.0)
    grey = np.asarray(image.convert("L"))
    box = (
        round(words[0]["x0"] / PPP) - 2,
        round(words[0]["top"] / PPP),
        round(words[0]["x1"] / PPP) + 3,
        round(words[0]["bottom"] / PPP) + 1,
    )
    assert glued_a("GESà", word_blobs(grey, box)) is None  # printed glued: no space to show
    assert glued_a("voilà", word_blobs(grey, box)) is None  # a French word ending in « à »
    assert glued_a("Gà", word_blobs(grey, box)) is None  # one capital: no acronym


def _repaired(printed: str, read: str, blur: float) -> list[str]:
    from sources.ocr_repair import repair_words

    image, words = _scan([printed], [read], blur)
    words[0]["conf"] = 90.0
    repair_words(image, words, PPP)
    return [w["text"] for w in words]


@pytest.mark.parametrize("blur", [0.0, 1.0])
def test_a_comma_printed_after_a_space_keeps_it(blur: float) -> None:
    """« ou E+C , des cahiers »: the comma Tesseract glued (« E+C, ») becomes a word."""
    assert _repaired("E+C ,", "E+C,", blur) == ["E+C", ","]


@pytest.mark.parametrize("blur", [0.0, 1.0])
@pytest.mark.parametrize("word", ["E+C,", "avec,", "ZAC,", "leur,", "ferry,", "chef,", "2019,"])
def test_a_comma_printed_glued_stays_glued(word: str, blur: float) -> None:
    assert _repaired(word, word, blur) == [word]
