"""Slides printed four to a sheet are read pane by pane (sources.cot.slide_panes): the panes
are the slides' own background boxes. Negatives: one slide on its page, and two cards on a
slide whose title stands outside them, are no panes."""

from __future__ import annotations

from sources.cot.slide_panes import slide_panes

SHEET = (841.9, 595.0)
# the four slides' white backgrounds as PDFium imposes them, each drawn twice
QUAD = [
    (0.0, 30.3, 420.94, 267.12),
    (0.0, 30.3, 420.96, 267.14),
    (420.96, 30.3, 841.9, 267.12),
    (420.96, 30.3, 841.92, 267.14),
    (0.0, 327.8, 420.94, 564.6),
    (420.96, 327.8, 841.9, 564.6),
]


def test_four_slides_a_sheet_are_four_panes_in_reading_order() -> None:
    words = [(100.0, 100.0), (600.0, 100.0), (100.0, 400.0), (600.0, 400.0)]
    panes = slide_panes(QUAD, words, *SHEET)
    assert [(round(p[0]), round(p[1])) for p in panes] == [(0, 30), (421, 30), (0, 328), (421, 328)]


def test_one_slide_is_no_pane() -> None:
    assert slide_panes([(0.0, 0.0, 720.0, 405.0)], [(100.0, 100.0)], 720.0, 405.0) == []


def test_cards_under_a_title_are_no_panes() -> None:
    cards = [(20.0, 120.0, 350.0, 330.0), (370.0, 120.0, 700.0, 330.0)]
    title = [(360.0 + k, 40.0) for k in range(10)]  # the slide's title words, above the cards
    inside = [(100.0, 200.0), (500.0, 200.0)]
    assert slide_panes(cards, title + inside, 720.0, 405.0) == []
