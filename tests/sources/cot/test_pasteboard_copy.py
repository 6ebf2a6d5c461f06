"""A table's raw copy parked on the PASTEBOARD across the slide's right edge
(sources.cot.pages._on_the_page): the words off the slide are not printed, and the sliver
the slide shows (« niveau », « sous-axe » cut by the edge) goes with them; a word merely
running past the edge, its line ending there, stays; a value drawn far off the slide goes."""

from __future__ import annotations

from sources.cot.pages import _on_the_page, _Word

WIDTH, HEIGHT = 720.0, 405.0


def _word(x0: float, top: float, text: str, x1: float | None = None) -> _Word:
    return _Word(text, x0, x1 if x1 is not None else x0 + 5.0 * len(text), top, top + 8.0, 8.0, False)


def test_the_sliver_of_a_parked_copy_goes_with_it() -> None:
    words = [
        _word(30, 71, "Planification"), _word(657, 71, "16,4 %", 700),
        _word(716, 71, "axe", 730), _word(756, 71, "Planification"), _word(1036, 71, "58.7"),
        _word(716, 83, "sous-axe", 748), _word(1036, 83, "18.9"),
        _word(30, 83, "Stratégie"),
    ]  # fmt: skip
    kept = [w.text for w in _on_the_page(words, WIDTH, HEIGHT)]
    assert kept == ["Planification", "16,4 %", "Stratégie"]


def test_a_word_overflowing_the_edge_alone_stays() -> None:
    words = [_word(30, 20, "Titre"), _word(690, 20, "débordant", 735), _word(-27749, 100, "12,5")]
    kept = [w.text for w in _on_the_page(words, WIDTH, HEIGHT)]
    assert kept == ["Titre", "débordant"]  # the far-off value goes, nothing on its line
