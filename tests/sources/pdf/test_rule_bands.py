"""Steps rows pasted with their own cell borders (sources.pdf.rule_bands): a row ruled above
and under only, then a row with no border at all, under a boxed grid, are rows of that grid;
a fields table's label | value rows under a steps grid are not."""

from __future__ import annotations

from typing import Any

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.engine import ENGINE_ENV, ENGINES, iter_plumber_pages
from sources.pdf.rule_bands import band_rules
from tests.sources.pdf.hand_pages import BOUNDS, HEIGHT, HandPages

ROWS = [
    ("Lancer une phase", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),
    ("Définir une stratégie", "Choisir les filières.", "2020", "interne", "GACdG", "ADEME"),
    ("Animer le réseau", "Deux rencontres par an.", "2021", "12000", "Service", "CMA"),
]


def _plan(*, fields_under: bool = False) -> bytes:
    """Fiche 1.1.1: a boxed header and first row; the second row ruled above and under only
    (grey); the third with no border; then fiche 1.1.2 (``fields_under``: its label | value
    fields table, boxed, right under the steps)."""
    pages = HandPages()
    pages.fiche_head()
    c = pages.c
    top = 150.0
    boxed = pages.steps_table(top, ROWS[:1])  # header and first row, every side ruled
    c.setStrokeColorRGB(0.5, 0.5, 0.5)
    c.line(BOUNDS[0], HEIGHT - (boxed + 18.0), BOUNDS[-1], HEIGHT - (boxed + 18.0))  # under row 2
    for x, cell in zip(BOUNDS, ROWS[1], strict=False):
        pages.text(x + 3.0, boxed + 4.0, cell, size=8.0)
    for x, cell in zip(BOUNDS, ROWS[2], strict=False):  # row 3: no border
        pages.text(x + 3.0, boxed + 22.0, cell, size=8.0)
    c.setStrokeColorRGB(0, 0, 0)
    bottom = boxed + 36.0
    if fields_under:
        pages.text(57.0, bottom + 30.0, "FICHE 1.1.2", bold=True, size=12.0)
        y = bottom + 50.0
        for label, value in (("Contexte", "Un réseau à créer."), ("Publics cibles", "Entreprises")):
            c.line(57.0, HEIGHT - y, 538.0, HEIGHT - y)
            c.line(57.0, HEIGHT - (y + 16.0), 538.0, HEIGHT - (y + 16.0))
            for x in (57.0, 180.0, 538.0):
                c.line(x, HEIGHT - y, x, HEIGHT - (y + 16.0))
            pages.text(60.0, y + 4.0, label, size=8.0)
            pages.text(183.0, y + 4.0, value, size=8.0)
            y += 16.0
    else:
        pages.next_fiche(bottom)
    c.showPage()
    return pages.save()


def _first_page(data: bytes) -> Any:
    return next(iter_plumber_pages(data, max_pages=1))


def test_column_rules_run_down_through_the_pasted_rows() -> None:
    page = _first_page(_plan())
    try:
        verticals, closing = band_rules(page)
    finally:
        page.close()
    boxed = 150.0 + 16.0 + 18.0
    assert sorted({round(e["x0"]) for e in verticals}) == [round(x) for x in BOUNDS]
    assert {round(e["top"]) for e in verticals} == {round(boxed)}
    # down past the grey rule, to the borderless row's last line and a closing rule there
    assert len(closing) == 1 and boxed + 18.0 + 8.0 < closing[0]["top"] < boxed + 36.0 + 4.0
    assert all(e["bottom"] == closing[0]["top"] for e in verticals)


@pytest.mark.parametrize("engine", ENGINES)
def test_every_pasted_row_is_a_step(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    doc = parse_action_plan(_plan(), "plans/depareille.pdf", "a" * 64)
    steps = [(s.step, s.planning_label, s.budget_label, s.owner) for s in doc.steps]
    assert steps == [(r[0], r[2], r[3], r[4]) for r in ROWS]


def test_a_fields_table_under_the_steps_is_no_row_of_theirs() -> None:
    page = _first_page(_plan(fields_under=True))
    try:
        verticals, closing = band_rules(page)
    finally:
        page.close()
    # the pasted rows still join the grid; the fields rows (rules at two columns only) do not
    assert closing and max(e["bottom"] for e in verticals) < 150.0 + 16.0 + 18.0 + 36.0 + 10.0


def _grid_then(draw_rest: Any) -> list[dict[str, Any]]:
    """Band rules of a page: a boxed header and first row, then ``draw_rest(pages, bottom)``."""
    pages = HandPages()
    pages.fiche_head()
    bottom = pages.steps_table(150.0, ROWS[:1])
    draw_rest(pages, bottom)
    pages.c.showPage()
    page = _first_page(pages.save())
    try:
        verticals, _ = band_rules(page)
    finally:
        page.close()
    return verticals


def test_cells_of_their_own_heights_are_no_pasted_rows() -> None:
    """Inline blocks aligned on their baselines: each cell's side rule starts at its own
    height above the full-width rule under the row; the grid is left as drawn."""

    def rest(pages: HandPages, bottom: float) -> None:
        c = pages.c
        c.line(BOUNDS[0], HEIGHT - (bottom + 30.0), BOUNDS[-1], HEIGHT - (bottom + 30.0))
        for k, x in enumerate(BOUNDS):
            c.line(x, HEIGHT - (bottom + 3.0 + 3.0 * k), x, HEIGHT - (bottom + 30.0))
        for x, cell in zip(BOUNDS, ROWS[1], strict=False):
            pages.text(x + 3.0, bottom + 8.0, cell, size=8.0)

    assert _grid_then(rest) == []


def test_a_borderless_row_running_on_into_other_text_is_none() -> None:
    """Lines under the grid's last rule that run on, with no blank, into a line reaching
    past the grid (a sidenote beside the table): no borderless row is made of them."""

    def rest(pages: HandPages, bottom: float) -> None:
        for k, row in enumerate(ROWS[1:]):
            for x, cell in zip(BOUNDS, row, strict=False):
                pages.text(x + 3.0, bottom + 3.0 + 9.0 * k, cell, size=8.0)
        pages.text(BOUNDS[-1] + 8.0, bottom + 21.0, "1. Une note en marge", size=8.0)

    assert _grid_then(rest) == []


def test_a_ruled_row_cut_by_the_page_foot_is_left_whole() -> None:
    """The last row's side rules run on to the page's foot (no rule under it: the page break
    cut it) and its lines stand far apart (a reading-comfort line height): its first line
    is no borderless row of its own."""

    def rest(pages: HandPages, bottom: float) -> None:
        c = pages.c
        for x in BOUNDS:
            c.line(x, HEIGHT - bottom, x, HEIGHT - (bottom + 120.0))
        for k, row in enumerate(
            [ROWS[1], ("suite du nom", "suite", "", "(financé)", "", "du Gers")]
        ):
            for x, cell in zip(BOUNDS, row, strict=False):
                pages.text(x + 3.0, bottom + 4.0 + 20.0 * k, cell, size=8.0)

    assert _grid_then(rest) == []


def test_twin_tables_ruled_cell_by_cell_stay_apart() -> None:
    """A web table ruling each row's cells on their own (the next row's side rules start
    where the row's end), then, 8 pt under it, a second table on other columns: the gap
    between them is no row, no column rule runs across it."""

    def rest(pages: HandPages, bottom: float) -> None:
        c = pages.c
        y = bottom
        for row in ROWS[1:]:
            c.line(BOUNDS[0], HEIGHT - (y + 18.0), BOUNDS[-1], HEIGHT - (y + 18.0))
            for x in BOUNDS:
                c.line(x, HEIGHT - y, x, HEIGHT - (y + 18.0))
            for x, cell in zip(BOUNDS, row, strict=False):
                pages.text(x + 3.0, y + 4.0, cell, size=8.0)
            y += 18.0
        twin = (57.0, 160.0, 300.0, 538.0)
        c.line(twin[0], HEIGHT - (y + 8.0), twin[-1], HEIGHT - (y + 8.0))
        c.line(twin[0], HEIGHT - (y + 26.0), twin[-1], HEIGHT - (y + 26.0))
        for x in twin:
            c.line(x, HEIGHT - (y + 8.0), x, HEIGHT - (y + 26.0))

    assert _grid_then(rest) == []


def test_a_heading_over_a_fields_table_is_no_pasted_row() -> None:
    """Under the steps grid, the next fiche's heading (its words falling between the column
    places) and its fields table, whose top rule spans the grid's width: that rule opens
    another grid (side rules at two columns only), no row of the steps."""

    def rest(pages: HandPages, bottom: float) -> None:
        c = pages.c
        pages.text(60.0, bottom + 6.0, "FICHE 1.1.2", bold=True, size=8.0)
        pages.text(60.0, bottom + 16.0, "Objectif :", bold=True, size=8.0)
        pages.text(150.0, bottom + 16.0, "Etendre", bold=True, size=8.0)
        y = bottom + 28.0
        c.line(BOUNDS[0], HEIGHT - y, BOUNDS[-1], HEIGHT - y)
        c.line(BOUNDS[0], HEIGHT - (y + 16.0), BOUNDS[-1], HEIGHT - (y + 16.0))
        for x in (BOUNDS[0], 180.0, BOUNDS[-1]):
            c.line(x, HEIGHT - y, x, HEIGHT - (y + 16.0))
        pages.text(60.0, y + 4.0, "Contexte", size=8.0)

    assert _grid_then(rest) == []


def test_a_body_ruled_with_dots_is_no_borderless_row() -> None:
    """Under a header whose column rules end at its foot, body rows parted by dotted rules
    (dots drawn as tiny squares): the text is no borderless row of the header's grid."""

    def rest(pages: HandPages, bottom: float) -> None:
        c = pages.c
        for k, row in enumerate(ROWS[1:]):
            for x, cell in zip(BOUNDS, row, strict=False):
                pages.text(x + 3.0, bottom + 3.0 + 12.0 * k, cell, size=8.0)
        y = bottom + 12.0
        x = BOUNDS[0]
        while x < BOUNDS[-1]:
            c.rect(x, HEIGHT - y, 0.6, 0.6, stroke=0, fill=1)
            x += 2.0

    assert _grid_then(rest) == []
