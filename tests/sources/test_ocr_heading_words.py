"""« FICHE » misread before its code on a blurred scan (« ACHE 1.1.1 »): restored from the
line's shape (:func:`sources.ocr_repair.repaired_heading_words`). Hand-made lines, with the
cases left as read."""

from __future__ import annotations

import pytest

from sources.ocr_repair import repaired_heading_words


def _line(*texts: str, top: float = 100.0, size: float = 10.0, x: float = 50.0) -> list[dict]:
    """Words of one printed line, 4 pt apart, 6 pt per character."""
    words = []
    for text in texts:
        width = 6.0 * len(text)
        words.append(
            {"text": text, "x0": x, "x1": x + width, "top": top, "bottom": top + size, "conf": 90.0}
        )
        x += width + 4.0
    return words


@pytest.mark.parametrize("read", ["ACHE", "FCHE", "FIGHE", "RCHE", "HCHE"])
def test_fiche_misread_before_a_code_opening_its_line(read: str) -> None:
    words = _line(read, "1.1.1", "Objectif", "opérationnel")
    assert repaired_heading_words(words) == 1
    assert [w["text"] for w in words] == ["FICHE", "1.1.1", "Objectif", "opérationnel"]


@pytest.mark.parametrize(
    "texts",
    [
        ("ACHE", "1.2", "Objectif"),  # a section number, not a fiche code
        ("ACHE", "2019", "18000"),  # an amount
        ("AXE", "1.1.1", "Aménager"),  # too far from « FICHE »
        ("Ache", "1.1.1", "texte"),  # not capitals
        ("TÂCHE", "1.2.3", "Former"),  # a French word: a heading of its own
        ("FICHE", "1.1.1", "Objectif"),  # right already
    ],
)
def test_other_words_before_a_code_are_left_as_read(texts: tuple[str, ...]) -> None:
    words = _line(*texts)
    assert repaired_heading_words(words) == 0
    assert [w["text"] for w in words] == list(texts)


def test_a_word_inside_a_line_is_not_a_heading() -> None:
    words = _line("voir", "ACHE", "1.1.1")
    assert repaired_heading_words(words) == 0
    assert words[1]["text"] == "ACHE"


def test_a_word_on_the_line_above_does_not_count_as_before() -> None:
    words = _line("Contexte", "long", top=80.0) + _line("ACHE", "1.4.2", top=100.0)
    assert repaired_heading_words(words) == 1
    assert words[2]["text"] == "FICHE"


def test_a_code_whose_period_the_ink_gives_back_gets_its_heading_word() -> None:
    from sources.ocr_repair import _text_repairs

    words = _line("ACHE", "1.25", "Porter")
    assert repaired_heading_words(words) == 0  # « 1.25 »: no fiche code yet
    words[1]["text"] = "1.2.5"  # as the period repair from the ink leaves it
    _text_repairs(words)
    assert [w["text"] for w in words] == ["FICHE", "1.2.5", "Porter"]
