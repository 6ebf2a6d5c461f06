"""A spreadsheet's data bar printed as hair-thin filled slices (sources.pdf.gradient_slices):
set aside before the grid finder snaps a grid's column rule into the middle of the bar, in
that grid and in every other grid of the page. Negative: a few thin rectangles (a grid's
rules drawn as rectangles) are no gradient. Drawn with reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.pdf.gradient_slices import slice_ids
from tests.sources.pdf.hand_pages import BOUNDS, HEIGHT, HandPages

ROWS = (
    ("Lancer un test", "Auditer", "2019", "18000", "GACdG", "CCI"),
    ("Définir", "Choisir", "2020", "interne", "GACdG", "ADEME"),
)


def _plan(bars: bool) -> bytes:
    pages = HandPages()
    pages.fiche_head()
    bottom = pages.steps_table(150.0, ROWS)
    if bars:  # a data bar behind each budget: 120 slices 0.2 pt wide from the cell's left
        for k in range(len(ROWS)):
            top = 150.0 + 16.0 + 18.0 * k + 3.0
            for i in range(120):
                shade = 0.4 + 0.5 * i / 120
                pages.c.setFillColorRGB(shade, shade, 1.0)
                pages.c.rect(
                    BOUNDS[3] - 2.0 + 0.25 * i, HEIGHT - top - 12.0, 0.2, 12.0, stroke=0, fill=1
                )
        pages.c.setFillColorRGB(0, 0, 0)
        for k in range(len(ROWS)):  # the values over the bars, again
            pages.text(BOUNDS[3] + 3.0, 150.0 + 16.0 + 18.0 * k + 4.0, ROWS[k][3], size=8.0)
    pages.text(57.0, bottom + 30.0, "FICHE 1.1.2", bold=True, size=12.0)
    pages.text(57.0, bottom + 50.0, "Objectif opérationnel : Etendre", bold=True, size=12.0)
    pages.c.showPage()
    return pages.save()


def test_data_bars_do_not_move_the_column_rules() -> None:
    doc = parse_action_plan(_plan(bars=True), "plans/barres.pdf", "0" * 64)
    got = [(s.step, s.planning_label, s.budget_label) for s in doc.steps]
    assert got == [("Lancer un test", "2019", "18000"), ("Définir", "2020", "interne")]


def test_few_thin_rectangles_are_no_gradient() -> None:
    rule = {"x0": 100.0, "x1": 100.5, "top": 10.0, "bottom": 60.0, "fill": True}
    rules = [dict(rule, x0=100.0 + 50 * k, x1=100.5 + 50 * k) for k in range(6)]
    assert slice_ids(rules) == set()
    run = [dict(rule, x0=100.0 + 0.3 * k, x1=100.2 + 0.3 * k) for k in range(12)]
    assert slice_ids(run) == {id(r) for r in run}
