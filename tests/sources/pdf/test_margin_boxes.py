"""A framed box in a side margin on every page (a « Paraphe : » initials box): its words are
page furniture, never read into the text lines level with it
(sources.pdf.margin_boxes.margin_box_words)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sources.pdf.margin_boxes import margin_box_words


def _word(text: str, x0: float, top: float, x1: float, size: float = 9.0) -> dict[str, Any]:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + size}


def _frame(x0: float, top: float, x1: float, bottom: float) -> dict[str, Any]:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom, "stroke": True, "fill": False}


BODY = [
    _word("le", 160.0, 767.0, 170.0),
    _word("développement", 470.2, 767.0, 531.8),
    _word("économique", 160.0, 777.5, 210.0),
    _word("Partenaires", 495.8, 634.6, 542.1),
]


def test_the_words_of_a_framed_box_in_the_right_margin_are_set_aside() -> None:
    words = [
        *BODY,
        _word("Paraphe", 560.1, 767.4, 584.6, 6.5),
        _word(":", 571.4, 774.9, 573.2, 6.5),
    ]
    page = SimpleNamespace(width=595.0, height=842.0, rects=[_frame(558.4, 763.1, 586.1, 799.1)])
    assert margin_box_words(words, page) == {4, 5}


def test_a_framed_box_text_reaches_beside_is_kept() -> None:
    # the same box where a line of the page runs on past its left edge: no margin box
    words = [*BODY, _word("Paraphe", 560.1, 767.4, 584.6, 6.5), _word("suite", 540.0, 700.0, 565.0)]
    page = SimpleNamespace(width=595.0, height=842.0, rects=[_frame(558.4, 763.1, 586.1, 799.1)])
    assert margin_box_words(words, page) == set()


def test_an_unframed_margin_word_or_a_box_in_the_text_column_is_kept() -> None:
    words = [*BODY, _word("Paraphe", 560.1, 767.4, 584.6, 6.5)]
    page = SimpleNamespace(width=595.0, height=842.0, rects=[])
    assert margin_box_words(words, page) == set()
    inner = SimpleNamespace(width=595.0, height=842.0, rects=[_frame(150.0, 760.0, 240.0, 790.0)])
    assert margin_box_words(words, inner) == set()
