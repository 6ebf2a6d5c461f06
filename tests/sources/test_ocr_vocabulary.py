"""OCR words checked against known vocabulary (issue 13, eighteenth pass, scans of tuned
producer plans): chemical formulas with a digit read as a letter (« t eq COZ évitées »), a
section number alone on its line with a letter read for a digit (« L.2 » over « Objectif
stratégique »), and one glyph read twice with an accent (« PLUÏiHD »). Negative cases: real
words, numbers, formulas read right, codes beside other words, proper nouns.
"""

from __future__ import annotations

import pytest

from sources.ocr_repair import (
    _doubled_glyph,
    repair_words,
    repaired_formula,
    repaired_lone_codes,
)
from tests.sources.test_ocr_words import _read

KNOWN = frozenset({"col", "zoo", "oz", "coq"})


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        ("COZ", "CO2"),  # « Z » for « 2 »
        ("C02", "CO2"),  # zero for the letter
        ("COZ,", "CO2,"),  # punctuation kept
        ("(NOZ)", "(NO2)"),
        ("SOZ.", "SO2."),
        ("NZO", "N2O"),
        ("PM1O", "PM10"),
        ("CH4", None),  # already right
        ("CO2", None),
        ("03", None),  # a number (month), no formula letter
        ("OZ", None),
        ("Coz", None),  # small letters: a word, not a formula
        ("ZOO", None),
        ("COL", None),  # a French word
        ("CHA", None),  # « A » is no look-alike of « 4 » here
        ("GES", None),
    ],
)
def test_chemical_formulas_read_with_a_letter_for_a_digit(read: str, expected: str | None) -> None:
    assert repaired_formula(read, KNOWN) == expected


def _word(text: str, x0: float, top: float, size: float = 12.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "top": top, "bottom": top + size}


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        ("L.2", "1.2"),  # the section number over « Objectif stratégique »
        ("1.l", "1.1"),
        ("I.2.3", "1.2.3"),
        ("1.2", "1.2"),  # digits already
        ("I.e.", "I.e."),  # no digit: an abbreviation
        ("l.l", "l.l"),
        ("L.2.", "1.2."),
    ],
)
def test_a_lone_section_number_gets_its_digits(read: str, expected: str) -> None:
    words = [_word("Objectif", 46, 100), _word(read, 47, 80), _word("stratégique", 100, 100)]
    repaired_lone_codes(words)
    assert words[1]["text"] == expected
    assert [words[0]["text"], words[2]["text"]] == ["Objectif", "stratégique"]


def test_a_code_beside_other_words_of_its_line_stays() -> None:
    """« voir L.2 ci-dessous »: a code among words is not a heading number."""
    words = [_word("voir", 46, 80), _word("L.2", 80, 80), _word("ci-dessous", 110, 81)]
    assert repaired_lone_codes(words) == 0
    assert words[1]["text"] == "L.2"


def test_the_repairs_give_fiche_codes_and_lone_numbers_their_digits() -> None:
    """Both code rules run on a page: the code after « FICHE » and the section number alone
    on its line (the « FICHE » rule alone never reaches the next line)."""
    from PIL import Image

    words = [_word("FICHE", 46, 60), _word("L.L.5", 90, 60), _word("L.2", 47, 80)]
    for word in words:
        word["conf"] = 90.0
    repair_words(Image.new("L", (800, 400), 255), words, 0.24)
    assert [w["text"] for w in words] == ["FICHE", "1.1.5", "1.2"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("PLUÏiHD", 3),  # « i » read as « Ï » and again as « i »
        ("ABIiC", 2),
        ("ZACSs", 3),
        ("PLUiHD", None),
        ("Loïc", None),  # no pair at all
        ("ÉeE", None),  # two pairs: undecided
        ("éE", 0),
        ("ïi", None),  # same case: two letters, not one read twice
    ],
)
def test_one_glyph_read_twice_accents_aside(body: str, expected: int | None) -> None:
    assert _doubled_glyph(body) == expected


@pytest.mark.parametrize("blur", [0.0, 1.0])
def test_a_dotted_stem_read_twice_with_a_diaeresis(blur: float) -> None:
    """« (PLUiHD) » read « (PLUÏiHD) »: the ink holds one glyph, an x-height stem with its
    dot: the small « i »."""
    assert _read("(PLUiHD)", "(PLUÏiHD)", 70.0, blur) == "(PLUiHD)"


@pytest.mark.parametrize("printed", ["PLUIHD", "PLUÏHD"])
def test_a_stem_read_twice_as_tall_as_the_capitals_is_left_as_read(printed: str) -> None:
    """A capital « I » (or « Ï ») read twice: its stem is as tall as the capitals and no
    paper row cuts a dot from it, so the ink proves no small « i »: left as read."""
    assert _read(printed, "PLUÏiHD", 70.0, 1.0) == "PLUÏiHD"


@pytest.mark.parametrize("blur", [0.0, 1.0])
@pytest.mark.parametrize(
    ("printed", "read", "expected"),
    [
        ("PCAET", "PCAËT", "PCAET"),  # no diaeresis ink over the capitals
        ("ENERGIE", "ÉNERGIE", "ENERGIE"),
        ("CREER", "CRÉER", "CREER"),
        ("PCAËT", "PCAËT", "PCAËT"),  # the accents printed: as read
        ("ÉNERGIE", "ÉNERGIE", "ÉNERGIE"),
        ("CRÉER", "CRÉER", "CRÉER"),
        ("NOËL", "NOËL", "NOËL"),
        ("ÉTÉ", "ÉTÉ", "ÉTÉ"),
        ("ETE", "ÉTÉ", "ÉTÉ"),  # one plain capital to measure by: undecided
    ],
)
def test_an_accented_capital_the_ink_does_not_show(printed, read, expected, blur) -> None:
    assert _read(printed, read, 70.0, blur) == expected
