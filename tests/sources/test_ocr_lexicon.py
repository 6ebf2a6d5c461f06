"""OCR words one classic letter confusion away from a French word of the planning domain
(:mod:`sources.ocr_lexicon`): misreads seen on the tuned scans put right; names, acronyms,
numbers, words the list knows and confusions the list cannot settle left as read."""

from __future__ import annotations

import pytest

from sources.ocr_lexicon import lexicon_word, relettered_words
from sources.pdf.cells import french_words


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        ("gouvemance", "gouvernance"),  # « rn » read « m »
        ("temitoire", "territoire"),  # « rr » read « m »
        ("Réfiéchir", "Réfléchir"),  # « l » read « i », a sentence's first word
        ("empioyés", "employés"),
        ("blosourcés", "biosourcés"),  # « i » read « l »
        ("l'attas", "l'atlas"),  # after an elision
        ("(lleux", "(lieux"),  # punctuation kept
    ],
)
def test_a_confused_letter_is_put_right(read: str, printed: str) -> None:
    assert lexicon_word(read, french_words()) == printed


@pytest.mark.parametrize(
    "text",
    [
        "territoire",  # a known word
        "GACdG",  # an acronym
        "GACAG",
        "Gers",  # a short name
        "2020",
        "1.1.4",
        "privilégie",  # unknown to the list but no confusion away from a known word
        "manque",  # « n » / « r »: both French (« marque »), never rewritten
        "Derrière",
        "évolutoin",  # a typo of the source itself (two letters swapped): kept
    ],
)
def test_names_numbers_known_words_and_unsettled_words_stay(text: str) -> None:
    assert lexicon_word(text, french_words()) is None


def test_ambiguous_candidates_are_left_as_read() -> None:
    # « lasse »: « l » read for « t » (« tasse ») or for « i » (« iasse »): two candidates
    assert lexicon_word("lasse", {"tasse": 3, "iasse": 3}) is None
    assert lexicon_word("lasse", {"tasse": 3}) == "tasse"
    assert lexicon_word("lasse", {"tasse": 1}) is None  # seen once: not enough
    assert lexicon_word("lasse", {"tasse": 3, "lasse": 1}) is None  # a known word itself
    words = [{"text": "gouvemance"}, {"text": "GACdG"}, {"text": "temitoire"}]
    assert relettered_words(words, french_words()) == 2
    assert [w["text"] for w in words] == ["gouvernance", "GACdG", "territoire"]
