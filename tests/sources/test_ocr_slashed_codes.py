"""A section number whose period was read as a slash (« 1/2 » over « Objectif stratégique »)
given its period back (:func:`sources.ocr_repair.repaired_slashed_codes`); a page number
« 1/2 » with no heading under it, or beside other words, stays as read."""

from __future__ import annotations

from typing import Any

from sources.ocr_repair import repaired_slashed_codes


def _word(text: str, x0: float, top: float, size: float = 12.0) -> dict[str, Any]:
    return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "top": top, "bottom": top + size}


def test_a_slashed_number_over_an_objective_heading_gets_its_period() -> None:
    words = [
        _word("1/2", 72, 390),
        _word("Objectif", 72, 414),
        _word("stratégique", 130, 414),
    ]
    assert repaired_slashed_codes(words) == 1
    assert words[0]["text"] == "1.2"


def test_a_page_number_in_a_footer_stays() -> None:
    words = [_word("Texte", 72, 700), _word("1/2", 300, 800)]
    assert repaired_slashed_codes(words) == 0
    assert words[1]["text"] == "1/2"


def test_a_fraction_beside_other_words_stays() -> None:
    words = [
        _word("1/2", 72, 390),
        _word("journée", 100, 390),
        _word("Objectif", 72, 414),
    ]
    assert repaired_slashed_codes(words) == 0
    assert words[0]["text"] == "1/2"
