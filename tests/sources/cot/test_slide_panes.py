"""Slides printed four to a sheet are read pane by pane (sources.cot.slide_panes): the panes
are the slides' own background boxes. Negatives: one slide on its page, and two cards on a
slide whose title stands outside them, are no panes. A handout's two columns of slides: a table's
lines are its own pane's, the objectives beside it on the other column are read."""

from __future__ import annotations

from pathlib import Path

from sources.cot.orientations import _parse_orientations
from sources.cot.pages import _open_pages
from sources.cot.referential import _parse_tables
from sources.cot.slide_panes import pane_of, panes_holding, slide_panes

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


# ---- a handout's two columns of slides (« 6 diapositives par page », cot000_pptxcascade)

HANDOUT = (595.3, 841.9)
SIX = [  # two columns of three framed slides at 35 %, top to bottom then right
    (44.1, 107.2, 296.1, 249.0),
    (299.2, 107.2, 551.2, 249.0),
    (44.1, 350.0, 296.1, 491.8),
    (299.2, 350.0, 551.2, 491.8),
    (44.1, 592.8, 296.1, 734.6),
    (299.2, 592.8, 551.2, 734.6),
]


def test_a_tables_pane_is_the_one_holding_its_row_labels() -> None:
    assert pane_of(SIX, 100.0, 130.0) == 0
    assert pane_of(SIX, 400.0, 130.0) == 1
    assert pane_of(SIX, 20.0, 130.0) is None
    assert panes_holding(SIX, [(60.0, 130.0), (70.0, 370.0)]) == {0, 2}
    assert panes_holding(SIX, [(60.0, 130.0), (20.0, 130.0)]) is None  # one outside


def test_the_handouts_objectives_beside_a_table_are_read() -> None:
    """Page 2 holds the CAE table's slide top left, level with ORIENTATION 1's objectives top
    right: the table's lines run across the sheet, the objectives are not its own."""
    fixture = Path(__file__).parents[2] / "fixtures" / "producers" / "cot000_pptxcascade.pdf"
    pages, _ = _open_pages(fixture.read_bytes())
    tables, used = _parse_tables(pages)
    records = _parse_orientations(pages, used, "CCPAL", "deck.pdf", "c" * 64, tables)
    codes = {r.objective_code for r in records if r.page == 2}
    assert {"1.1", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.6"} <= codes
    assert len([r for r in records if r.objective_code]) == 21
    one = next(r for r in records if r.objective_code == "1.1")
    assert one.objective_label == (
        "Améliorer la transversalité de l'information en interne, et favoriser une "
        "gouvernance partagée à l'échelle de la CCPAL"
    )
    before = _parse_orientations(pages, used, "CCPAL", "deck.pdf", "c" * 64)
    assert "1.1" not in {r.objective_code for r in before}  # without the tables' panes
