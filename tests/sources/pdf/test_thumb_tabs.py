"""A thumb-index tab at the paper's side edge (sources.pdf.thumb_tabs): its words are page
furniture, told by the tab's shape and place, never by their text."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sources.pdf.thumb_tabs import thumb_tab_words

W, H = 595.3, 841.9


def _word(text: str, x0: float, top: float, width: float = 30.0) -> dict[str, Any]:
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + 11.0}


def _page(*shapes: tuple[float, float, float, float], kind: str = "curves") -> Any:
    boxes = [
        {"x0": x0, "top": top, "x1": x1, "bottom": bottom, "fill": True, "stroke": False}
        for x0, top, x1, bottom in shapes
    ]
    shapes_of = {"rects": [], "curves": [], kind: boxes}
    return SimpleNamespace(width=W, height=H, **shapes_of)


BODY = [_word("Objectif", 57.0, 143.3, 440.0), _word("circulaire", 57.0, 161.1, 120.0)]


def test_tab_at_the_right_edge_is_furniture() -> None:
    words = [*BODY, _word("1.1", 567.8, 143.3, 15.0)]
    page = _page((555.5, 130.0, W, 203.7))
    assert thumb_tab_words(words, page) == {2}
    # as a rectangle, and at the left edge
    left = [_word("2", 12.0, 300.0, 6.0), *BODY]
    assert thumb_tab_words(left, _page((0.0, 290.0, 40.0, 360.0), kind="rects")) == {0}


def test_no_tab_without_the_shape_at_the_edge() -> None:
    words = [*BODY, _word("1.1", 567.8, 143.3, 15.0)]
    # the same text on no shape, on a shape short of the edge, or on a tall band
    assert thumb_tab_words(words, _page()) == set()
    assert thumb_tab_words(words, _page((555.5, 130.0, 590.0, 203.7))) == set()
    assert thumb_tab_words(words, _page((555.5, 0.0, W, H))) == set()
    # a table's coloured last column reaching the edge, its text beside the body's
    near = [*BODY, _word("2021", 500.0, 143.3, 20.0)]
    assert thumb_tab_words(near, _page((495.0, 130.0, W, 203.7))) == set()
