"""A slide's paragraphs aligned right (cot000_pptxtribord: the template's « Aligné à droite »):
the wrapped last line « %. » stands at the box's right edge, far right of the line above's
start, and is still that paragraph's (sources.cot.reading._blocks): the audit sentence reads
« soit une note de 34.3 %. », its target score found."""

from __future__ import annotations

from sources.cot.pages import _Seg, _Word
from sources.cot.reading import _blocks_text

SIZE = 10.0


def _seg(text: str, x0: float, x1: float, top: float) -> _Seg:
    words, x, step = [], x0, (x1 - x0) / max(len(text), 1)
    for token in text.split(" "):
        words.append(_Word(token, x, x + step * len(token), top, top + SIZE, SIZE, False))
        x += step * (len(token) + 1)
    return _Seg(words)


def test_a_right_aligned_paragraphs_last_line_is_read_with_it() -> None:
    segs = [
        _seg("1. L'Audit Climat-Air-Energie a validé une note de 23.3 %.", 394.9, 708.5, 118.2),
        _seg("L'objectif est fixé à +11 % soit une note de 34.3", 414.7, 708.9, 129.6),
        _seg("%.", 698.1, 708.9, 141.0),
        _seg("Evaluation financière du budget", 60.0, 300.0, 141.0),  # the next column
    ]
    text = _blocks_text(segs)
    assert "soit une note de 34.3 %." in text
    assert "Evaluation financière du budget" in text.splitlines()


def test_a_short_line_ending_at_another_x_stays_apart() -> None:
    segs = [
        _seg("L'objectif est fixé à +11 % soit une note de 34.3", 414.7, 708.9, 129.6),
        _seg("Score", 650.0, 680.0, 141.0),  # a label under it, not at its right edge
    ]
    assert _blocks_text(segs).splitlines() == [
        "L'objectif est fixé à +11 % soit une note de 34.3",
        "Score",
    ]
